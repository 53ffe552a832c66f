package org.mirsad.arabic.internal;

import java.util.Set;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.arabic.NormalizationRule;

/**
 * The matching forms of Arabic words (normalized form and safe clitic split), computed with
 * reusable buffers and remembered in a small direct-mapped cache of recent words, so frequent
 * words (في، من، على، أن ...) cost one hash and one comparison and share their strings.
 *
 * <p>Not thread-safe: each thread uses its own instance ({@link #forThread()}).
 */
public final class WordForms {

    /** Number of cache slots (a power of two). */
    public static final int CACHE_SLOTS = 16384;
    /** Longest word kept in the cache. */
    public static final int MAX_CACHED_LENGTH = 16;

    private static final ArabicNormalizer SKELETON = ArabicNormalizer.of(Set.of(
            NormalizationRule.REMOVE_DIACRITICS, NormalizationRule.REMOVE_TATWEEL,
            NormalizationRule.REMOVE_FORMAT_CHARS, NormalizationRule.FOLD_PRESENTATION_FORMS));
    private static final ArabicNormalizer STANDARD = ArabicNormalizer.standard();
    private static final ThreadLocal<WordForms> PER_THREAD = ThreadLocal.withInitial(WordForms::new);

    /** The forms of one word. */
    public static final class Forms {

        private final String norm;
        private final String prefix;
        private final String stem;
        private final String suffix;

        Forms(String norm, String prefix, String stem, String suffix) {
            this.norm = norm;
            this.prefix = prefix;
            this.stem = stem;
            this.suffix = suffix;
        }

        /** The normalized word. */
        public String norm() {
            return norm;
        }

        /** The normalized proclitics split off, or "". */
        public String prefix() {
            return prefix;
        }

        /** The normalized word without its clitics. */
        public String stem() {
            return stem;
        }

        /** The normalized enclitic pronoun split off, or "". */
        public String suffix() {
            return suffix;
        }
    }

    /*
     * The cache, direct-mapped by a hash of the surface: slot i holds a word of lengths[i] chars (0 = empty)
     * at keys[i * MAX_CACHED_LENGTH] and its forms at forms[i]. The surfaces sit in one flat array, so a
     * lookup compares against memory that stays in the processor's cache instead of chasing a pointer
     * to a word object somewhere in the heap.
     */
    private final char[] keys = new char[CACHE_SLOTS * MAX_CACHED_LENGTH];
    private final byte[] lengths = new byte[CACHE_SLOTS];
    private final Forms[] forms = new Forms[CACHE_SLOTS];
    private char[] skel = new char[64];
    private char[] norm = new char[64];

    /** This thread's instance. */
    public static WordForms forThread() {
        return PER_THREAD.get();
    }

    /** The forms of the word {@code text[start, end)}. */
    public Forms of(String text, int start, int end) {
        return of(text.toCharArray(), text, start, end);
    }

    /** The forms of the word {@code chars[start, end)}, where {@code chars} holds the characters of {@code text}. */
    public Forms of(char[] chars, String text, int start, int end) {
        int len = end - start;
        if (len > MAX_CACHED_LENGTH) {
            return compute(text, start, end);
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + chars[i];
        }
        int slot = (h ^ h >>> 15) & (CACHE_SLOTS - 1);
        int at = slot * MAX_CACHED_LENGTH;
        if (lengths[slot] == len && sameChars(keys, at, chars, start, len)) {
            return forms[slot];
        }
        Forms f = compute(text, start, end);
        System.arraycopy(chars, start, keys, at, len);
        lengths[slot] = (byte) len;
        forms[slot] = f;
        return f;
    }

    /** A plain loop: words are shorter than what a vectorized comparison pays off for. */
    private static boolean sameChars(char[] a, int from, char[] b, int start, int len) {
        for (int i = 0; i < len; i++) {
            if (a[from + i] != b[start + i]) {
                return false;
            }
        }
        return true;
    }

    private Forms compute(String text, int start, int end) {
        String surface = text.substring(start, end);
        int len = end - start;
        if (skel.length < len * 4 + 32) {
            skel = new char[len * 4 + 32];
            norm = new char[len * 4 + 32];
        }
        int sl = SKELETON.applyTo(text, start, end, skel);
        int nl = sl < 0 ? -1 : STANDARD.applyTo(skel, sl, norm);
        if (sl < 0 || nl != sl) {
            String n = STANDARD.apply(surface);
            return new Forms(n, "", n, "");
        }
        String n = sameAs(surface, norm, nl) ? surface : new String(norm, 0, nl);
        int split = CliticRules.safeSplit(skel, sl);
        if (split == 0) {
            return new Forms(n, "", n, "");
        }
        int p = split >>> 8;
        int s = split & 0xFF;
        return new Forms(n, n.substring(0, p), n.substring(p, nl - s), n.substring(nl - s));
    }

    private static boolean sameAs(String s, char[] chars, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }
}
