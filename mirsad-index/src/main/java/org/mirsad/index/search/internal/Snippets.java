package org.mirsad.index.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.arabic.ArabicTokenizer;
import org.mirsad.arabic.LightStemmer;
import org.mirsad.arabic.internal.CharClasses;
import org.mirsad.core.model.Span;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;

/**
 * Highlights query words in an article's clean text (by light stem or exact normalized form, so
 * clitic-attached and differently spelled forms light up) and picks the passage with the most
 * matches.
 *
 * <p>Only the words that can match are tokenized: a word's stem is a part of its normalized form
 * and normalization maps each character on its own, so a word matches only where the normalized
 * text holds one of the query's stems or exact forms. The text is normalized once, those places
 * are found by string search, and only the white-space-delimited runs around them are tokenized
 * and tested; the highlights are the same as tokenizing the whole text.
 */
public final class Snippets {

    /** Length of a snippet, in characters. */
    public static final int LENGTH = 240;

    private Snippets() {
    }

    /** Spans of the words of {@code text} matching {@code stems} or {@code exact} forms, in text order. */
    public static List<Span> highlights(String text, Set<String> stems, Set<String> exact) {
        List<Span> out = new ArrayList<>();
        if (stems.isEmpty() && exact.isEmpty()) {
            return out;
        }
        if (stems.contains("") || exact.contains("")) {
            addMatches(text, 0, text.length(), stems, exact, out);
            return out;
        }
        NormalizedText norm = NormalizedText.of(text);
        int[] runs = candidateRuns(text, norm, stems, exact);
        for (int r = 0; r < runs.length; r += 2) {
            addMatches(text, runs[r], runs[r + 1], stems, exact, out);
        }
        return out;
    }

    /**
     * The white-space-delimited runs of {@code text} where the normalized text holds a query form,
     * as sorted, disjoint {@code [start, end)} pairs.
     */
    static int[] candidateRuns(String text, NormalizedText norm, Set<String> stems, Set<String> exact) {
        boolean[] marked = null;
        for (Set<String> forms : List.of(stems, exact)) {
            for (String q : forms) {
                for (int at = norm.text().indexOf(q); at >= 0; at = norm.text().indexOf(q, at + 1)) {
                    if (marked == null) {
                        marked = new boolean[text.length() + 1];
                    }
                    marked[norm.source(at)] = true;
                }
            }
        }
        if (marked == null) {
            return new int[0];
        }
        int[] runs = new int[16];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            if (!marked[i]) {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && !isSpace(text.charAt(start - 1))) {
                start--;
            }
            int end = i;
            while (end < text.length() && (!isSpace(text.charAt(end)))) {
                end++;
            }
            if (n + 2 > runs.length) {
                runs = java.util.Arrays.copyOf(runs, runs.length * 2);
            }
            runs[n++] = start;
            runs[n++] = end;
            i = Math.max(end, i + 1);
        }
        return java.util.Arrays.copyOf(runs, n);
    }

    /** White space as the tokenizer reads it: no token holds or crosses it. */
    static boolean isSpace(char c) {
        return CharClasses.isSpace(c) || Character.isWhitespace(c);
    }

    private static void addMatches(String text, int start, int end, Set<String> stems, Set<String> exact, List<Span> out) {
        for (Token t : ArabicTokenizer.tokenize(text, start, end)) {
            if (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL) {
                continue;
            }
            if (exact.contains(t.norm()) || stems.contains(LightStemmer.stem(t))) {
                out.add(t.span());
            }
        }
    }

    /** The start of the {@link #LENGTH}-character window holding the most highlights, at a word boundary. */
    public static int bestStart(String text, List<Span> highlights) {
        if (highlights.isEmpty() || text.length() <= LENGTH) {
            return 0;
        }
        int best = 0;
        int bestCount = -1;
        int j = 0;
        for (int i = 0; i < highlights.size(); i++) {
            int start = highlights.get(i).start();
            while (j < highlights.size() && highlights.get(j).end() <= start + LENGTH) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = start;
            }
        }
        int s = Math.max(0, best - LENGTH / 4);
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** The end of a snippet starting at {@code start}, at a word boundary. */
    public static int end(String text, int start) {
        int e = Math.min(text.length(), start + LENGTH);
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return e;
    }

    /**
     * A text normalized character by character ({@link ArabicNormalizer}), with the offset in the
     * original text of each normalized character.
     *
     * @param text    the normalized text
     * @param sources for each character of {@code text}, the offset of the character it came from
     */
    record NormalizedText(String text, int[] sources) {

        /** Normalized form of each character: one character, or none / several (then {@link #KIND} says which). */
        private static final char[] ONE = new char[65536];
        /** 0: maps to {@link #ONE}; 1: dropped; 2: expands to several characters. */
        private static final byte[] KIND = new byte[65536];

        static {
            for (int c = 0; c < 65536; c++) {
                String m = ArabicNormalizer.normalize(String.valueOf((char) c));
                if (m.length() == 1) {
                    ONE[c] = m.charAt(0);
                } else {
                    KIND[c] = (byte) (m.isEmpty() ? 1 : 2);
                }
            }
        }

        /** Normalizes {@code original} one character at a time. */
        static NormalizedText of(String original) {
            int n = original.length();
            char[] out = new char[n + 16];
            int[] src = new int[n + 16];
            int o = 0;
            for (int i = 0; i < n; i++) {
                char c = original.charAt(i);
                byte kind = KIND[c];
                if (kind == 1) {
                    continue;
                }
                String m = kind == 0 ? null : ArabicNormalizer.normalize(original, i, i + 1);
                int len = m == null ? 1 : m.length();
                if (o + len > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2 + len);
                    src = java.util.Arrays.copyOf(src, out.length);
                }
                for (int k = 0; k < len; k++) {
                    out[o] = m == null ? ONE[c] : m.charAt(k);
                    src[o++] = i;
                }
            }
            return new NormalizedText(new String(out, 0, o), src);
        }

        /** Offset in the original text of normalized character {@code at}. */
        int source(int at) {
            return sources[at];
        }
    }
}
