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
    public static final int CACHE_SLOTS = 131072;
    /** Longest word kept in the cache. */
    public static final int MAX_CACHED_LENGTH = 24;

    private static final ArabicNormalizer SKELETON = ArabicNormalizer.of(Set.of(
            NormalizationRule.REMOVE_DIACRITICS, NormalizationRule.REMOVE_TATWEEL,
            NormalizationRule.REMOVE_FORMAT_CHARS, NormalizationRule.FOLD_PRESENTATION_FORMS));
    private static final ArabicNormalizer STANDARD = ArabicNormalizer.standard();
    private static final ThreadLocal<WordForms> PER_THREAD = ThreadLocal.withInitial(WordForms::new);

    /** The forms of one word. */
    public record Forms(String surface, String norm, String prefix, String stem, String suffix) {
    }

    /** A cache slot: the surface characters and their forms. */
    private record Entry(char[] surface, Forms forms) {
    }

    private final Entry[] cache = new Entry[CACHE_SLOTS];
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
        int slot = -1;
        if (len <= MAX_CACHED_LENGTH) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + chars[i];
            }
            slot = (h ^ h >>> 15) & (CACHE_SLOTS - 1);
            Entry e = cache[slot];
            if (e != null && e.surface.length == len && java.util.Arrays.equals(e.surface, 0, len, chars, start, end)) {
                return e.forms;
            }
        }
        Forms f = compute(text, start, end);
        if (slot >= 0) {
            cache[slot] = new Entry(java.util.Arrays.copyOfRange(chars, start, end), f);
        }
        return f;
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
            return new Forms(surface, n, "", n, "");
        }
        String n = sameAs(surface, norm, nl) ? surface : new String(norm, 0, nl);
        int split = CliticRules.safeSplit(skel, sl);
        if (split == 0) {
            return new Forms(surface, n, "", n, "");
        }
        int p = split >>> 8;
        int s = split & 0xFF;
        return new Forms(surface, n, n.substring(0, p), n.substring(p, nl - s), n.substring(nl - s));
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
