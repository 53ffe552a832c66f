package org.mirsad.extract.clean.internal;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.core.model.OffsetMap;
import org.mirsad.extract.clean.LineKind;

/**
 * One non-blank logical line with its offsets, key and shape, and the kind decided for it (mutable while the
 * cleaner works; {@code null} = undecided). A logical line is one raw line, or the raw lines of one paragraph
 * of a hard-wrapped text ({@link HardWraps}) joined by single spaces.
 */
public final class Line {

    /** Position among the non-blank lines. */
    public final int index;
    /** The trimmed text, verbatim (the pieces of a wrapped paragraph joined by one space each). */
    public final String text;
    /** Where {@link #text} starts in the raw input. */
    public final int rawStart;
    /** Where each raw piece starts in {@link #text}: {0} for a line of one piece. */
    private final int[] pieceStarts;
    /** Where each raw piece starts in the raw input. */
    private final int[] pieceRawStarts;
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
        this(index, text, new int[] {0}, new int[] {rawStart}, blanksBefore, LineKey.of(text), LineShape.of(text));
    }

    private Line(int index, String text, int[] pieceStarts, int[] pieceRawStarts, int blanksBefore, String key,
            LineShape shape) {
        this.index = index;
        this.text = text;
        this.rawStart = pieceRawStarts[0];
        this.pieceStarts = pieceStarts;
        this.pieceRawStarts = pieceRawStarts;
        this.blanksBefore = blanksBefore;
        this.key = key;
        this.shape = shape;
    }

    /** This line at another position, with its kind (a line left alone when wrapped lines are joined). */
    Line at(int newIndex) {
        Line l = new Line(newIndex, text, pieceStarts, pieceRawStarts, blanksBefore, key, shape);
        l.kind = kind;
        return l;
    }

    /**
     * The lines {@code from} to {@code to} (exclusive) of a hard-wrapped paragraph joined into one at position
     * {@code newIndex}, each piece parted from the next by one space; undecided.
     */
    static Line joined(List<Line> lines, int from, int to, int newIndex) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[to - from];
        int[] rawStarts = new int[to - from];
        for (int k = from; k < to; k++) {
            Line l = lines.get(k);
            if (k > from) {
                text.append(' ');
            }
            starts[k - from] = text.length();
            rawStarts[k - from] = l.rawStart;
            text.append(l.text);
        }
        String t = text.toString();
        return new Line(newIndex, t, starts, rawStarts, lines.get(from).blanksBefore, LineKey.of(t), LineShape.of(t));
    }

    /** Whether this line joins several raw lines of a wrapped paragraph. */
    public boolean joined() {
        return pieceStarts.length > 1;
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

    /**
     * Adds the text of this line from character {@code from} on to {@code map} as segments of the raw input,
     * one per raw piece (the spaces that join the pieces of a wrapped paragraph have no raw counterpart).
     *
     * @param map        the body's map
     * @param cleanStart where character {@code from} of the text lands in the body
     * @param from       the first character of the text taken (after a skipped dateline)
     */
    public void mapInto(OffsetMap.Builder map, int cleanStart, int from) {
        for (int k = 0; k < pieceStarts.length; k++) {
            int s = pieceStarts[k];
            int e = k + 1 < pieceStarts.length ? pieceStarts[k + 1] - 1 : text.length();
            int a = Math.max(s, from);
            if (a < e) {
                map.add(cleanStart + a - from, pieceRawStarts[k] + a - s, e - a);
            }
        }
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
