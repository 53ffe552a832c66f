package org.mirsad.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed multi-word phrases compiled into a map from the first word's normalized form, matched over
 * {@link Words}: the first word may carry proclitics ({@code وأمس، بنهاية}), later words must match
 * exactly. The longest phrase wins.
 */
public final class PhraseLexicon {

    /**
     * A phrase of the lexicon.
     *
     * @param type  its type (first column of the resource)
     * @param words its normalized words
     * @param value its value (third column)
     */
    public record Phrase(String type, String[] words, String value) {
    }

    /**
     * A match of a phrase at a token.
     *
     * @param phrase the phrase
     * @param first  the first token
     * @param end    the token after the last one
     * @param prefix the normalized proclitics on the first token
     */
    public record Match(Phrase phrase, int first, int end, String prefix) {

        /** The phrase's value. */
        public String value() {
            return phrase.value();
        }
    }

    private final Map<String, List<Phrase>> byFirst = new HashMap<>();

    /** Compiles the rows {@code type, phrase, value} of a resource. */
    public PhraseLexicon(List<String[]> rows) {
        for (String[] r : rows) {
            String[] words = Lexicons.phrase(r[1]);
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(r[0], words, r.length > 2 ? r[2] : ""));
        }
    }

    /** The longest phrase of {@code type} starting at token {@code i}, or null. */
    public Match match(Words w, int i, String type, boolean proclitics) {
        Words.Hit<List<Phrase>> hit = w.lookup(i, byFirst, proclitics, false);
        if (hit == null) {
            return null;
        }
        Match best = null;
        for (Phrase p : hit.value()) {
            if (!p.type().equals(type)) {
                continue;
            }
            int n = p.words().length;
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = w.norm(i + k).equals(p.words()[k]);
            }
            if (ok && (best == null || n > best.end() - best.first())) {
                best = new Match(p, i, i + n, hit.prefix());
            }
        }
        return best;
    }

    /** The normalized first words of the phrases of the given types. */
    public java.util.Set<String> firstWords(String... types) {
        java.util.Set<String> wanted = java.util.Set.of(types);
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Map.Entry<String, List<Phrase>> e : byFirst.entrySet()) {
            for (Phrase p : e.getValue()) {
                if (wanted.contains(p.type())) {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    /** True when a phrase of {@code type} starts at token {@code i} (proclitics allowed). */
    public boolean at(Words w, int i, String type) {
        return match(w, i, type, true) != null;
    }
}
