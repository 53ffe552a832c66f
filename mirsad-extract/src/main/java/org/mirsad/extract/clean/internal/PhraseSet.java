package org.mirsad.extract.clean.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of cue phrases held as {@link LineKey} keys, matched against line keys word-wise through a
 * word trie (one hash lookup per word tried, no strings built while matching).
 *
 * <p>Loaded from a UTF-8 resource with one phrase per line; blank lines and {@code #} comments are ignored.
 */
public final class PhraseSet {

    private final Set<String> phrases;
    private final Set<String> singleWords;
    private final Node root = new Node();

    /** A trie node: the phrases continuing with each next word, and whether a phrase ends here. */
    private static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private boolean end;
    }

    private PhraseSet(Set<String> phrases) {
        this.phrases = Collections.unmodifiableSet(phrases);
        Set<String> singles = new HashSet<>();
        for (String p : phrases) {
            String[] w = LineKey.words(p);
            if (w.length == 1) {
                singles.add(p);
            }
            Node node = root;
            for (String word : w) {
                node = node.next.computeIfAbsent(word, k -> new Node());
            }
            node.end = true;
        }
        this.singleWords = singles;
    }

    /** The phrases of {@code lines} (already read), keyed. */
    public static PhraseSet of(List<String> lines) {
        Set<String> set = new HashSet<>();
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String k = LineKey.of(t);
            if (!k.isEmpty()) {
                set.add(k);
            }
        }
        return new PhraseSet(set);
    }

    /** Loads a cue resource relative to this package's {@code cues/} folder. */
    public static PhraseSet load(String name) {
        return of(readResource(name));
    }

    /** Raw lines of a cue resource (comments included). */
    static List<String> readResource(String name) {
        return readAnyResource("/org/mirsad/extract/clean/cues/" + name);
    }

    /** Raw lines of the class-path resource at {@code path} (comments included). */
    static List<String> readAnyResource(String path) {
        try (InputStream in = PhraseSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing cue resource " + path);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    out.add(l);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cue resource " + path, e);
        }
    }

    /** Whether the whole key is one of the phrases. */
    public boolean matches(String key) {
        return phrases.contains(key);
    }

    /** Whether a single word is one of the one-word phrases. */
    public boolean containsWord(String word) {
        return singleWords.contains(word);
    }

    /**
     * The number of words of the longest phrase that starts {@code words} at {@code from}, or 0.
     */
    public int matchAt(String[] words, int from) {
        int best = 0;
        Node node = root;
        for (int i = from; i < words.length; i++) {
            node = node.next.get(words[i]);
            if (node == null) {
                break;
            }
            if (node.end) {
                best = i - from + 1;
            }
        }
        return best;
    }

    /** The number of words of the longest phrase that opens the key's words, or 0. */
    public int prefixLength(String[] words) {
        return matchAt(words, 0);
    }

    /** The word count of the longest phrase occurring anywhere in the words, or 0. */
    public int longestOccurrence(String[] words) {
        int best = 0;
        for (int i = 0; i < words.length; i++) {
            best = Math.max(best, matchAt(words, i));
        }
        return best;
    }

    /** Whether some phrase occurs anywhere in the words. */
    public boolean occursIn(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (matchAt(words, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Number of phrases. */
    public int size() {
        return phrases.size();
    }
}
