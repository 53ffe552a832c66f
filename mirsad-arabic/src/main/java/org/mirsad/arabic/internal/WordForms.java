package org.mirsad.arabic.internal;

import java.util.Set;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.arabic.NormalizationRule;

/**
 * The matching forms of Arabic words (normalized form and safe clitic split), computed with
 * reusable buffers and remembered in a direct-mapped cache of recent words, so frequent
 * words (في، من، على، أن ...) cost one hash and one comparison and share their strings.
 *
 * <p>Not thread-safe: each thread uses its own instance ({@link #forThread()}).
 */
public final class WordForms {

    /** Number of cache slots (a power of two). */
    public static final int CACHE_SLOTS = 131072;
    /** Longest word kept in the cache. */
    public static final int MAX_CACHED_LENGTH = 24;

    private static final ArabicNormalizer SKELETON = ArabicNormalizer.of(Set.of(
            NormalizationRule.REMOVE_DIACRITICS, NormalizationRule.REMOVE_TATWEEL,
            NormalizationRule.REMOVE_FORMAT_CHARS, NormalizationRule.FOLD_PRESENTATION_FORMS));
    private static final ArabicNormalizer STANDARD = ArabicNormalizer.standard();
    private static final ThreadLocal<WordForms> PER_THREAD = ThreadLocal.withInitial(WordForms::new);

    /** Slot that holds the forms of a word too long to cache, until the next lookup. */
    private static final int SCRATCH = CACHE_SLOTS;

    /*
     * The cache, direct-mapped by a hash of the surface: slot i holds a word of lengths[i] chars (0 = empty)
     * at keys[i * MAX_CACHED_LENGTH] and its norm, prefix, stem and suffix at forms[4 * i .. 4 * i + 3].
     * Everything sits in flat arrays, so a lookup reads a few lines of compact memory that stay in the
     * processor's cache instead of chasing pointers to word objects all over the heap.
     */
    private final char[] keys = new char[CACHE_SLOTS * MAX_CACHED_LENGTH];
    private final byte[] lengths = new byte[CACHE_SLOTS];
    private final String[] forms = new String[4 * (CACHE_SLOTS + 1)];
    private char[] skel = new char[64];
    private char[] norm = new char[64];

    /** This thread's instance. */
    public static WordForms forThread() {
        return PER_THREAD.get();
    }

    /**
     * Looks up (or computes) the forms of the word {@code chars[start, end)}, where {@code chars} holds the
     * characters of {@code text}, and returns the slot holding them for {@link #norm}, {@link #prefix},
     * {@link #stem} and {@link #suffix}. The slot is valid until the next lookup.
     */
    public int find(char[] chars, String text, int start, int end) {
        int len = end - start;
        if (len > MAX_CACHED_LENGTH) {
            compute(text, start, end, SCRATCH);
            return SCRATCH;
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + chars[i];
        }
        int slot = (h ^ h >>> 15) & (CACHE_SLOTS - 1);
        int at = slot * MAX_CACHED_LENGTH;
        if (lengths[slot] == len && sameChars(keys, at, chars, start, len)) {
            return slot;
        }
        compute(text, start, end, slot);
        System.arraycopy(chars, start, keys, at, len);
        lengths[slot] = (byte) len;
        return slot;
    }

    /** The normalized word in {@code slot}. */
    public String norm(int slot) {
        return forms[4 * slot];
    }

    /** The normalized proclitics split off the word in {@code slot}, or "". */
    public String prefix(int slot) {
        return forms[4 * slot + 1];
    }

    /** The normalized word in {@code slot} without its clitics. */
    public String stem(int slot) {
        return forms[4 * slot + 2];
    }

    /** The normalized enclitic pronoun split off the word in {@code slot}, or "". */
    public String suffix(int slot) {
        return forms[4 * slot + 3];
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

    /** Computes the forms of {@code text[start, end)} into {@code slot}. */
    private void compute(String text, int start, int end, int slot) {
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
            put(slot, n, "", n, "");
            return;
        }
        String n = sameAs(surface, norm, nl) ? surface : new String(norm, 0, nl);
        int split = CliticRules.safeSplit(skel, sl);
        if (split == 0) {
            put(slot, n, "", n, "");
            return;
        }
        int p = split >>> 8;
        int s = split & 0xFF;
        put(slot, n, n.substring(0, p), n.substring(p, nl - s), n.substring(nl - s));
    }

    private void put(int slot, String n, String prefix, String stem, String suffix) {
        forms[4 * slot] = n;
        forms[4 * slot + 1] = prefix;
        forms[4 * slot + 2] = stem;
        forms[4 * slot + 3] = suffix;
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
