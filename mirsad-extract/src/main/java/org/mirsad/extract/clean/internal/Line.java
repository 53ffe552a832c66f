package org.mirsad.extract.clean.internal;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.extract.clean.LineKind;

/**
 * One non-blank raw line with its offsets, key and shape, and the kind decided for it (mutable while the
 * cleaner works; {@code null} = undecided).
 */
public final class Line {

    /** Position among the non-blank lines. */
    public final int index;
    /** The trimmed text, verbatim. */
    public final String text;
    /** Where {@link #text} starts in the raw input. */
    public final int rawStart;
    /** Blank lines directly before this one. */
    public final int blanksBefore;
    /** Matching key ({@link LineKey#of}). */
    public final String key;
    /** Words of the key, split on first use ({@link #words()}): most long lines never need them. */
    private String[] words;
    /** Shape features. */
    public final LineShape shape;
    /** Decided kind, or null. */
    public LineKind kind;
    /** For the first body line: chars of {@link #text} skipped because they hold a dateline/byline. */
    public int skip;

    Line(int index, String text, int rawStart, int blanksBefore) {
        this.index = index;
        this.text = text;
        this.rawStart = rawStart;
        this.blanksBefore = blanksBefore;
        this.key = LineKey.of(text);
        this.shape = LineShape.of(text);
    }

    /** Whether {@code c} is trimmed from line ends: whitespace, NBSP, BOM, zero-width and bidi marks. */
    public static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u061C'
                || c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069' || c == '\u0085';
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                || c == '\u000C';
    }

    /**
     * Splits raw text into trimmed non-blank lines. Breaks are LF, CR, CRLF, U+0085, U+2028, U+2029, VT and FF.
     */
    public static List<Line> split(String raw) {
        List<Line> out = new ArrayList<>();
        int n = raw.length();
        int i = 0;
        int blanks = 0;
        while (i <= n) {
            int start = i;
            while (i < n && !isBreak(raw.charAt(i))) {
                i++;
            }
            int s = start;
            int e = i;
            while (s < e && isTrimmable(raw.charAt(s))) {
                s++;
            }
            while (e > s && isTrimmable(raw.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Line(out.size(), raw.substring(s, e), s, blanks));
                blanks = 0;
            } else if (i < n || start < n) {
                blanks++;
            }
            if (i < n && raw.charAt(i) == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                i++;
            }
            i++;
        }
        return out;
    }

    /** The words of the key ({@link LineKey#words}); the array is shared, callers must not change it. */
    public String[] words() {
        if (words == null) {
            words = LineKey.words(key);
        }
        return words;
    }

    /** Whether the key has no words (the line holds symbols only). */
    public boolean noWords() {
        return key.isEmpty();
    }

    /** Number of words in the key. */
    public int wordCount() {
        return words().length;
    }

    /** Whether the line is still undecided or is body. */
    public boolean open() {
        return kind == null || kind == LineKind.BODY;
    }

    @Override
    public String toString() {
        return index + ":" + kind + ":" + text;
    }
}
