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

    private LineKey() {
    }

    /** The key of {@code text}. */
    public static String of(CharSequence text) {
        return fold(ArabicNormalizer.normalize(text), false);
    }

    /** The key of {@code text} with digit runs masked, for cross-article comparison. */
    public static String profileKey(CharSequence text) {
        return fold(ArabicNormalizer.normalize(text), true);
    }

    private static String fold(String n, boolean maskDigits) {
        StringBuilder b = new StringBuilder(n.length());
        boolean pendingSpace = false;
        boolean lastDigit = false;
        boolean lastLetter = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int t = Character.getType(c);
            if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || c == '\u0640') {
                continue;
            }
            char d = asciiDigit(c);
            if (d != 0) {
                if ((pendingSpace || lastLetter) && b.length() > 0) {
                    b.append(' ');
                }
                pendingSpace = false;
                lastLetter = false;
                if (maskDigits) {
                    if (!lastDigit) {
                        b.append('0');
                    }
                } else {
                    b.append(d);
                }
                lastDigit = true;
            } else if (Character.isLetter(c)) {
                if ((pendingSpace || lastDigit) && b.length() > 0) {
                    b.append(' ');
                }
                pendingSpace = false;
                b.append(Character.toLowerCase(c));
                lastDigit = false;
                lastLetter = true;
            } else if (Character.isSurrogate(c)) {
                // emoji and other supplementary symbols are breaks
                pendingSpace = true;
                lastDigit = false;
                lastLetter = false;
            } else {
                pendingSpace = true;
                lastDigit = false;
                lastLetter = false;
            }
        }
        return b.toString();
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
