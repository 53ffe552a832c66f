package org.mirsad.extract.clean.internal;

/** The outlet name of a masthead line: its first separator-delimited segment, without decoration. */
public final class Outlets {

    private Outlets() {
    }

    /** The outlet name in a masthead line, or null when it holds no letters. */
    public static String name(String raw) {
        String line = Credits.clean(raw);
        int end = line.length();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (LineShape.isSeparator(c) || (LineShape.isDash(c) || c == '/' || c == ':')
                    && (i == 0 || Character.isWhitespace(line.charAt(i - 1)) || c == ':')) {
                end = i;
                break;
            }
        }
        String s = Credits.clean(line.substring(0, end));
        return Credits.words(s) == 0 ? null : s;
    }
}
