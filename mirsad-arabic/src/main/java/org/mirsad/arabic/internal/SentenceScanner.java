package org.mirsad.arabic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.core.model.Sentence;
import org.mirsad.core.model.Span;

/**
 * The sentence splitter's scanner. Rules:
 * <ol>
 *   <li>a line break always ends a sentence (scraped and cleaned text keeps one paragraph per
 *       line);</li>
 *   <li>{@code . ! ? ؟ … ۔} end a sentence, and runs of them ({@code .. ... ؟! !!}) count as one
 *       terminator; closing quotes and brackets right after it belong to the sentence;</li>
 *   <li>a period ends a sentence only when white space or the end of text follows, so decimals,
 *       dotted abbreviations (ج.م.ع), URLs and e-mail addresses stay whole;</li>
 *   <li>a period after an abbreviation does not end a sentence: a single letter (د. for doctor,
 *       م. for engineer, initials J.), or a word in {@link #ABBREVIATIONS};</li>
 *   <li>a period after a list number at the start of a sentence ({@code 1. }) does not end it;</li>
 *   <li>inside quotation marks that close later in the same paragraph («...» “...”), terminators do
 *       not end the sentence, so a quoted statement stays with its attribution;</li>
 *   <li>sentences are trimmed of white space and format characters; empty ones are dropped.</li>
 * </ol>
 */
public final class SentenceScanner {

    /** Abbreviations (normalized to lower case) after which a period does not end a sentence. */
    public static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "inc", "ltd",
            "co", "corp", "no", "vol", "pp", "fig", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
            "u.s", "u.k", "u.n", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /** The longest span a quotation may cover while it holds back sentence ends. */
    public static final int MAX_QUOTE_LENGTH = 1200;

    /**
     * Characters the scanner has nothing to decide on: not a line break, an opening quote, a terminator,
     * or a mark that can close a quotation ({@link #findClose}). Most of a text; skipped with one lookup.
     */
    private static final boolean[] PLAIN = new boolean[65536];

    static {
        for (int i = 0; i < PLAIN.length; i++) {
            char c = (char) i;
            PLAIN[i] = !CharClasses.isLineBreak(c) && !isOpeningQuote(c) && !isTerminator(c)
                    && c != '\u00BB' && c != '\u201D' && c != '"';
        }
    }

    private final String text;
    private final char[] chars;
    private final List<Sentence> out = new ArrayList<>();

    private SentenceScanner(String text) {
        this.text = text;
        this.chars = text.toCharArray();
    }

    /** The sentences of {@code text}. */
    public static List<Sentence> scan(String text) {
        SentenceScanner s = new SentenceScanner(text);
        s.run();
        return s.out;
    }

    private void run() {
        int n = text.length();
        int start = 0;
        int quoteClose = -1; // offset of the closing mark of the quotation we are in, or -1
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (PLAIN[c]) {
                continue; // letters, digits, spaces, most marks: nothing to decide
            }
            if (CharClasses.isLineBreak(c)) {
                emit(start, i);
                start = i + 1;
                quoteClose = -1;
                continue;
            }
            if (i == quoteClose) {
                quoteClose = -1;
                continue; // the closing mark, not a new opening
            }
            if (quoteClose < 0 && isOpeningQuote(c)) {
                quoteClose = findClose(i);
                continue;
            }
            if (!isTerminator(c)) {
                continue;
            }
            int j = i + 1;
            while (j < n && isTerminator(chars[j])) {
                j++;
            }
            boolean single = j == i + 1;
            while (j < n && isCloser(chars[j])) {
                if (j == quoteClose) {
                    quoteClose = -1;
                }
                j++;
            }
            boolean atEnd = j >= n || isBreakingSpace(chars[j]);
            if (quoteClose >= 0 || c == '.' && single && (!atEnd || isAbbreviation(start, i))) {
                i = j - 1;
                continue;
            }
            if (c == '.' && !atEnd) {
                i = j - 1;
                continue;
            }
            if (!atEnd && j < n && Character.isDigit(text.charAt(j))) {
                i = j - 1;
                continue;
            }
            emit(start, j);
            start = j;
            i = j - 1;
        }
        emit(start, n);
    }

    private void emit(int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isTrimmable(text.charAt(s))) {
            s++;
        }
        while (e > s && isTrimmable(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(new Span(s, e)));
        }
    }

    private static boolean isTrimmable(char c) {
        return CharClasses.isSpace(c) || CharClasses.isFormatChar(c) || Character.isWhitespace(c);
    }

    private static boolean isBreakingSpace(char c) {
        return CharClasses.isSpace(c) || Character.isWhitespace(c) || CharClasses.isFormatChar(c);
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '\u00AB' || c == '\u201C' || c == '"';
    }

    private static boolean isCloser(char c) {
        return c == '\u00BB' || c == '\u201D' || c == '"' || c == '\'' || c == '\u2019' || c == ')' || c == ']'
                || c == '}';
    }

    /** The offset of the mark closing the quotation opened at {@code open}, within the paragraph; -1 if none. */
    private int findClose(int open) {
        char o = text.charAt(open);
        char close = o == '\u00AB' ? '\u00BB' : o == '\u201C' ? '\u201D' : '"';
        int limit = Math.min(text.length(), open + MAX_QUOTE_LENGTH);
        for (int k = open + 1; k < limit; k++) {
            char c = chars[k];
            if (CharClasses.isLineBreak(c)) {
                return -1;
            }
            if (c == close) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the period at {@code dot} follows an abbreviation or a leading list number. */
    private boolean isAbbreviation(int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && isWordChar(text.charAt(w - 1))) {
            w--;
        }
        int letters = 0;
        boolean digitsOnly = true;
        for (int k = w; k < dot; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c) && c != CharClasses.TATWEEL) {
                letters++;
            }
            if (!Character.isDigit(c)) {
                digitsOnly = false;
            }
        }
        if (w == dot) {
            return false;
        }
        if (letters == 1 && !digitsOnly) {
            return true;
        }
        if (digitsOnly && dot - w <= 2 && onlySpaceBetween(sentenceStart, w)) {
            return true;
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }

    private boolean onlySpaceBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isTrimmable(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
