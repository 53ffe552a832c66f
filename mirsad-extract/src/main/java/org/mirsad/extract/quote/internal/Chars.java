package org.mirsad.extract.quote.internal;

/**
 * Per-character facts computed once and shared: whether {@link Lexicon#norm} drops a character
 * (diacritics, tatweel ...), and one shared {@code String} per character for one-character tokens.
 * Both tables fill lazily; racing threads compute the same values, so no locking is needed.
 */
final class Chars {

    /** Per character: 0 not yet known, 1 kept by normalization, 2 dropped. */
    private static final byte[] DROPPED = new byte[Character.MAX_VALUE + 1];
    private static final String[] STRINGS = new String[Character.MAX_VALUE + 1];

    private Chars() {
    }

    /** True when {@code Lexicon.norm(String.valueOf(c))} is empty. */
    static boolean dropped(char c) {
        byte d = DROPPED[c];
        if (d == 0) {
            d = (byte) (Lexicon.norm(String.valueOf(c)).isEmpty() ? 2 : 1);
            DROPPED[c] = d;
        }
        return d == 2;
    }

    /** {@code String.valueOf(c)}, shared. */
    static String string(char c) {
        String s = STRINGS[c];
        if (s == null) {
            s = String.valueOf(c);
            STRINGS[c] = s;
        }
        return s;
    }
}
