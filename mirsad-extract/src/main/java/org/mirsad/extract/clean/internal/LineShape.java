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

    /** {@link #CHAR} bit: white space ({@link Character#isWhitespace} or {@link Character#isSpaceChar}). */
    private static final byte SPACE = 1;
    /** {@link #CHAR} bit: a letter ({@link Character#isLetter}). */
    private static final byte LETTER = 2;
    /** {@link #CHAR} bit: a letter or a digit of any script ({@link Character#isLetterOrDigit}). */
    private static final byte WORD = 4;
    /** {@link #CHAR} bit: an ASCII, Arabic-Indic or Persian digit ({@link LineKey#asciiDigit}). */
    private static final byte DIGIT = 8;
    /** {@link #CHAR} bit: a comma or semicolon (، , ؛ ;). */
    private static final byte COMMA = 16;
    /** {@link #CHAR} bit: a list separator ({@link #isSeparator}). */
    private static final byte SEPARATOR = 32;
    /** {@link #CHAR} bit: a separator only when spaced on both sides (/ &gt; &lt; » « and dashes). */
    private static final byte SPACED_SEPARATOR = 64;
    /** The character classes {@link #of} needs, per UTF-16 unit, decided once. */
    private static final byte[] CHAR = new byte[65536];

    static {
        for (int i = 0; i < CHAR.length; i++) {
            char c = (char) i;
            CHAR[i] = (byte) ((Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : 0)
                    | (Character.isLetter(c) ? LETTER : 0) | (Character.isLetterOrDigit(c) ? WORD : 0)
                    | (LineKey.asciiDigit(c) != 0 ? DIGIT : 0)
                    | (c == '،' || c == ',' || c == '؛' || c == ';' ? COMMA : 0)
                    | (isSeparator(c) ? SEPARATOR : 0)
                    | (c == '/' || c == '>' || c == '<' || c == '»' || c == '«' || isDash(c) ? SPACED_SEPARATOR : 0));
        }
    }

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
            byte k = CHAR[c];
            if ((k & SPACE) != 0) {
                inWord = false;
                wordCounted = false;
                continue;
            }
            if (!inWord) {
                inWord = true;
                wordCounted = false;
            }
            if ((k & LETTER) != 0) {
                letters++;
            } else if ((k & DIGIT) != 0) {
                digits++;
            }
            if ((k & WORD) != 0 && !wordCounted) {
                words++;
                segWords++;
                wordCounted = true;
            }
            if ((k & COMMA) != 0) {
                commas++;
            } else if ((k & SEPARATOR) != 0 || (k & SPACED_SEPARATOR) != 0 && spaced(t, i)) {
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
        boolean url = t.indexOf('@') >= 0 || hasWebAddressMark(t);
        return new LineShape(words, terminal, period, colon, commas, seps, maxSeg, ellipsis, letters, digits, url);
    }

    /**
     * Whether {@code t} lower-cased contains "http", "www." or ".com", in one pass. No character other
     * than an ASCII capital lower-cases to one of their letters, so folding ASCII capitals alone gives
     * the same answer as {@code t.toLowerCase(Locale.ROOT).contains(...)} without copying the line.
     */
    static boolean hasWebAddressMark(String t) {
        for (int i = 0, n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            if ((c == 'h' || c == 'H') && at(t, i, "http") || (c == 'w' || c == 'W') && at(t, i, "www.")
                    || c == '.' && at(t, i, ".com")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} holds {@code lowerAscii} at {@code i}, ignoring the case of ASCII letters. */
    private static boolean at(String t, int i, String lowerAscii) {
        return t.regionMatches(true, i, lowerAscii, 0, lowerAscii.length()) && asciiOnly(t, i, lowerAscii.length());
    }

    private static boolean asciiOnly(String t, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (t.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
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
