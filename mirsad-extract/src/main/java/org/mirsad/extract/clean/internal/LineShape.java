package org.mirsad.extract.clean.internal;

/**
 * Shape features of one trimmed line, computed in one pass over its characters.
 *
 * <ul>
 *   <li>{@code words}: whitespace-separated chunks holding a letter or digit;</li>
 *   <li>{@code terminal}: the last visible mark (after closing quotes/brackets) ends a sentence: . ! ? ؟ …;</li>
 *   <li>{@code period}: that mark is a full stop (. or …), the usual end of a body paragraph;</li>
 *   <li>{@code colonEnd}: the line ends with a colon;</li>
 *   <li>{@code commas}: count of ، , ؛ ;</li>
 *   <li>{@code separators}: count of list separators | ¦ • · ● ▪ ■ ► ◄ ▶ ◀ › ‹ ⋮, and / &gt; &lt; » « or a dash
 *       when spaced on both sides (a bar or breadcrumb);</li>
 *   <li>{@code maxSegmentWords}: most words between two separators;</li>
 *   <li>{@code ellipsisEnd}: ends with … or ...;</li>
 *   <li>{@code letters}, {@code digits}: counts; {@code url}: contains http, www. or an @handle.</li>
 * </ul>
 */
public final class LineShape {

    /** Words. */
    public final int words;
    /** Sentence-final mark at the end. */
    public final boolean terminal;
    /** Full stop at the end. */
    public final boolean period;
    /** Colon at the end. */
    public final boolean colonEnd;
    /** Commas and semicolons. */
    public final int commas;
    /** List separators. */
    public final int separators;
    /** Most words in one separator-delimited segment. */
    public final int maxSegmentWords;
    /** Ends with an ellipsis. */
    public final boolean ellipsisEnd;
    /** Letters. */
    public final int letters;
    /** Digits. */
    public final int digits;
    /** Looks like it holds a URL or handle. */
    public final boolean url;

    private LineShape(int words, boolean terminal, boolean period, boolean colonEnd, int commas, int separators,
                      int maxSegmentWords, boolean ellipsisEnd, int letters, int digits, boolean url) {
        this.words = words;
        this.terminal = terminal;
        this.period = period;
        this.colonEnd = colonEnd;
        this.commas = commas;
        this.separators = separators;
        this.maxSegmentWords = maxSegmentWords;
        this.ellipsisEnd = ellipsisEnd;
        this.letters = letters;
        this.digits = digits;
        this.url = url;
    }

    /** Whether {@code c} separates items of a navigation bar. */
    public static boolean isSeparator(char c) {
        return switch (c) {
            case '|', '¦', '•', '·', '●', '▪', '■', '►', '◄', '▶', '◀', '›', '‹', '⋮', '▸', '◂', '∙', '♦', '◆' -> true;
            default -> false;
        };
    }

    /** Whether {@code c} is a dash that can separate a dateline from a credit. */
    public static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—' || c == 'ـ' || c == '‒' || c == '―';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '›'
                || c == '*' || c == '\u200F' || c == '\u200E';
    }

    /** Computes the shape of a trimmed line. */
    public static LineShape of(String t) {
        int n = t.length();
        int words = 0;
        int segWords = 0;
        int maxSeg = 0;
        int commas = 0;
        int seps = 0;
        int letters = 0;
        int digits = 0;
        boolean inWord = false;
        boolean wordCounted = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (space) {
                inWord = false;
                wordCounted = false;
                continue;
            }
            if (!inWord) {
                inWord = true;
                wordCounted = false;
            }
            if (Character.isLetter(c)) {
                letters++;
            } else if (LineKey.asciiDigit(c) != 0) {
                digits++;
            }
            if ((Character.isLetterOrDigit(c)) && !wordCounted) {
                words++;
                segWords++;
                wordCounted = true;
            }
            if (c == '،' || c == ',' || c == '؛' || c == ';') {
                commas++;
            } else if (isSeparator(c) || (c == '/' || c == '>' || c == '<' || c == '»' || c == '«' || isDash(c))
                    && spaced(t, i)) {
                seps++;
                maxSeg = Math.max(maxSeg, segWords);
                segWords = 0;
            }
        }
        maxSeg = Math.max(maxSeg, segWords);
        int end = n - 1;
        while (end >= 0 && (isClosing(t.charAt(end)) || Character.isWhitespace(t.charAt(end)))) {
            end--;
        }
        char last = end >= 0 ? t.charAt(end) : 0;
        boolean ellipsis = last == '…' || t.endsWith("..");
        boolean period = last == '.' || last == '…' || last == '۔';
        boolean terminal = period || last == '!' || last == '?' || last == '؟';
        boolean colon = last == ':';
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        boolean url = lower.contains("http") || lower.contains("www.") || lower.contains(".com") || t.indexOf('@') >= 0;
        return new LineShape(words, terminal, period, colon, commas, seps, maxSeg, ellipsis, letters, digits, url);
    }

    private static boolean spaced(String t, int i) {
        return i > 0 && i < t.length() - 1 && Character.isWhitespace(t.charAt(i - 1))
                && Character.isWhitespace(t.charAt(i + 1));
    }

    /**
     * A sentence-like line: it ends a sentence, or is long and has clause punctuation, or is very long.
     */
    public boolean sentenceLike() {
        return terminal && words >= 2 || colonEnd && words >= 4 || commas > 0 && words >= 14 || words >= 25;
    }

    /** A strong content line: sentence-like and at least 12 words. */
    public boolean strong() {
        return sentenceLike() && words >= 12;
    }
}
