package org.mirsad.extract.clean.internal;

import org.mirsad.arabic.ArabicNormalizer;

/**
 * The matching key of a line: {@link ArabicNormalizer#normalize} plus folding for comparison.
 *
 * <p>Rules, applied after {@code ArabicNormalizer.normalize}:
 * <ol>
 *   <li>Arabic-Indic and Persian digits become ASCII digits;</li>
 *   <li>letters are lower-cased ({@code Locale.ROOT} semantics, per char);</li>
 *   <li>combining marks and tatweel are dropped;</li>
 *   <li>a letter next to a digit is a word break ("15مارس" = "15 مارس");</li>
 *   <li>every other non-letter, non-digit character is a word break; runs of breaks collapse to one space;
 *       the key has no leading or trailing space.</li>
 * </ol>
 * The profile key additionally masks every run of digits as a single {@code 0}, so date stamps of
 * different days share a key.
 */
public final class LineKey {

    /** {@link #FOLD} value: the character is dropped (combining marks, tatweel). */
    private static final char SKIP = '\uFFFF';
    /** {@link #FOLD} value: the character is a word break. */
    private static final char BREAK = '\uFFFE';
    /**
     * Rules 1–3 and 5 for each UTF-16 unit, decided once: an ASCII digit, a lower-cased letter, {@link #SKIP}
     * or {@link #BREAK} (surrogates and every other non-letter). Neither sentinel is a letter or a digit.
     */
    private static final char[] FOLD = new char[65536];
    /** {@link #KEY} value: the normalizer expands the character into several (presentation-form ligatures). */
    private static final char EXPAND = '\uFFFD';
    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
    /**
     * {@link #FOLD} of each character's normalized form ({@link ArabicNormalizer#map}): {@link #SKIP} when the
     * normalizer drops it, {@link #EXPAND} when it expands it.
     */
    private static final char[] KEY = new char[65536];

    static {
        for (int c = 0; c < FOLD.length; c++) {
            FOLD[c] = foldOne((char) c);
        }
        for (int c = 0; c < KEY.length; c++) {
            int m = NORMALIZER.map((char) c);
            KEY[c] = m == -1 ? SKIP : m == -2 ? EXPAND : FOLD[m];
        }
    }

    private LineKey() {
    }

    private static char foldOne(char c) {
        int t = Character.getType(c);
        if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || c == '\u0640') {
            return SKIP;
        }
        char d = asciiDigit(c);
        if (d != 0) {
            return d;
        }
        if (Character.isLetter(c)) {
            return Character.toLowerCase(c);
        }
        return BREAK;
    }

    /** The key of {@code text}. */
    public static String of(CharSequence text) {
        return new Folder(text.length(), false).feed(text).result();
    }

    /** The key of {@code text} with digit runs masked, for cross-article comparison. */
    public static String profileKey(CharSequence text) {
        return new Folder(text.length(), true).feed(text).result();
    }

    /**
     * Builds a key in one pass: each character is normalized and folded on the fly ({@link #KEY}), so no
     * normalized copy of the text is made.
     */
    private static final class Folder {

        private final boolean maskDigits;
        private char[] out;
        private int length;
        private boolean pendingSpace;
        private boolean lastDigit;
        private boolean lastLetter;

        Folder(int capacity, boolean maskDigits) {
            this.out = new char[Math.max(16, capacity)];
            this.maskDigits = maskDigits;
        }

        Folder feed(CharSequence text) {
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                char f = KEY[c];
                if (f != EXPAND) {
                    fold(f);
                } else {
                    String expansion = NORMALIZER.apply(String.valueOf(c));
                    for (int k = 0; k < expansion.length(); k++) {
                        fold(FOLD[expansion.charAt(k)]);
                    }
                }
            }
            return this;
        }

        /** Adds one character, given as its {@link #FOLD} value. */
        private void fold(char f) {
            if (f == SKIP) {
                return;
            }
            if (f == BREAK) {
                pendingSpace = true;
                lastDigit = false;
                lastLetter = false;
            } else if (f >= '0' && f <= '9') {
                if ((pendingSpace || lastLetter) && length > 0) {
                    append(' ');
                }
                pendingSpace = false;
                lastLetter = false;
                if (!maskDigits) {
                    append(f);
                } else if (!lastDigit) {
                    append('0');
                }
                lastDigit = true;
            } else {
                if ((pendingSpace || lastDigit) && length > 0) {
                    append(' ');
                }
                pendingSpace = false;
                append(f);
                lastDigit = false;
                lastLetter = true;
            }
        }

        private void append(char c) {
            if (length == out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[length++] = c;
        }

        String result() {
            return new String(out, 0, length);
        }
    }

    /** The ASCII digit of an ASCII, Arabic-Indic or Persian digit, else 0. */
    public static char asciiDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return 0;
    }

    /** The space-separated words of a key (an empty key has none). */
    public static String[] words(String key) {
        if (key.isEmpty()) {
            return new String[0];
        }
        int count = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                count++;
            }
        }
        String[] out = new String[count];
        int k = 0;
        int start = 0;
        for (int i = 0; i <= key.length(); i++) {
            if (i == key.length() || key.charAt(i) == ' ') {
                out[k++] = key.substring(start, i);
                start = i + 1;
            }
        }
        return out;
    }
}
