package org.mirsad.arabic;

/**
 * Normalization of Arabic text for matching. (Initial version; the full rule set is to come.)
 *
 * <p>Never used to rewrite the text offsets point into: normalized forms live beside the text.
 */
public final class ArabicNormalizer {

    private ArabicNormalizer() {
    }

    /** The normalized form of {@code s} for matching. */
    public static String normalize(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u064B' && c <= '\u0652' || c == '\u0640' || c == '\u0670') {
                continue;
            }
            switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> b.append('\u0627');
                case '\u0649' -> b.append('\u064A');
                case '\u0629' -> b.append('\u0647');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
