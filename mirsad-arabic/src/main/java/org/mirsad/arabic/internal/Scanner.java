package org.mirsad.arabic.internal;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.core.model.Span;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;

/**
 * The tokenizer's scanner: one left-to-right pass with a character-class table.
 *
 * <p>Token rules, in the order they are tried at a token start:
 * <ol>
 *   <li>{@code URL}: {@code http://}, {@code https://} or {@code www.} up to white space, with
 *       trailing punctuation and closing brackets/quotes left out;</li>
 *   <li>{@code EMAIL}: local part, {@code @}, a dotted domain with a final label of 2+ letters;</li>
 *   <li>{@code ARABIC}: Arabic letters with their diacritics and tatweel (zero-width joiners inside
 *       kept), segmented into clitics;</li>
 *   <li>{@code NUMBER}: digits of any script with inner decimal/thousands separators
 *       ({@code . , ٫ ٬}) between digits; a number directly followed by Latin letters
 *       ({@code 5G}) is a {@code LATIN} token;</li>
 *   <li>{@code LATIN}: letters and digits of other scripts, with inner apostrophes and hyphens
 *       ({@code O'Neil}, {@code COVID-19});</li>
 *   <li>{@code PUNCT}: one mark, except runs of periods ({@code .. ...}) and of {@code ! ? ؟}
 *       that stay together;</li>
 *   <li>{@code SYMBOL}: any other code point (surrogate pairs kept whole).</li>
 * </ol>
 * White space and invisible format characters separate tokens and belong to none.
 */
public final class Scanner {

    private static final byte SPACE = 0;
    private static final byte FORMAT = 1;
    private static final byte ARABIC = 2;
    private static final byte DIGIT = 3;
    private static final byte LETTER = 4;
    private static final byte MARK = 5;
    private static final byte PUNCT = 6;
    private static final byte SYMBOL = 7;
    private static final byte HIGH_SURROGATE = 8;

    private static final byte[] CLASS = new byte[65536];

    /** The normalized form of each one-character mark up to U+06FF, shared by all such tokens. */
    private static final String[] ONE_CHAR_NORM = new String[0x0700];

    static {
        for (int i = 0; i < CLASS.length; i++) {
            CLASS[i] = classify((char) i);
        }
        for (int i = 0; i < ONE_CHAR_NORM.length; i++) {
            ONE_CHAR_NORM[i] = ArabicNormalizer.normalize(String.valueOf((char) i));
        }
    }

    private final String text;
    private final char[] chars;
    private final int end;
    private final List<Token> out;
    private final WordForms forms = WordForms.forThread();

    private Scanner(String text, int start, int end) {
        this.text = text;
        this.chars = text.toCharArray();
        this.end = end;
        // news text runs about 4.9 chars per token: a quarter rarely has to grow (a fifth usually did)
        this.out = new ArrayList<>(Math.max(16, (end - start) / 4));
    }

    /** The tokens of {@code text[start, end)}, offsets relative to {@code text}. */
    public static List<Token> scan(String text, int start, int end) {
        Scanner s = new Scanner(text, start, end);
        s.run(start);
        return s.out;
    }

    private static byte classify(char c) {
        if (CharClasses.isSpace(c) || Character.isWhitespace(c)) {
            return SPACE;
        }
        if (CharClasses.isFormatChar(c)) {
            return FORMAT;
        }
        if (Character.isHighSurrogate(c)) {
            return HIGH_SURROGATE;
        }
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        if (CharClasses.isArabicWordChar(c) && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || c == CharClasses.TATWEEL || Character.getType(c) == Character.OTHER_LETTER
                || Character.getType(c) == Character.MODIFIER_LETTER)) {
            return ARABIC;
        }
        if (Character.isLetter(c)) {
            return LETTER;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return MARK;
        }
        if (type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION) {
            return PUNCT;
        }
        return SYMBOL;
    }

    private byte cls(int i) {
        return CLASS[chars[i]];
    }

    private void run(int i) {
        while (i < end) {
            byte c = cls(i);
            switch (c) {
                case SPACE, FORMAT -> i++;
                case ARABIC -> i = arabic(i);
                case DIGIT -> i = startsEmail(i) ? email(i) : number(i);
                case LETTER -> i = startsUrl(i) ? url(i) : startsEmail(i) ? email(i) : latin(i);
                case PUNCT -> i = punct(i);
                default -> i = symbol(i);
            }
        }
    }

    private int arabic(int start) {
        int i = start + 1;
        while (i < end) {
            byte c = cls(i);
            if (c == ARABIC || c == MARK) {
                i++;
            } else if (c == FORMAT && i + 1 < end && cls(i + 1) == ARABIC && isJoiner(text.charAt(i))) {
                i++;
            } else {
                break;
            }
        }
        int slot = forms.find(chars, text, start, i);
        out.add(new Token(new Span(start, i), TokenKind.ARABIC, forms.norm(slot), forms.prefix(slot), forms.stem(slot),
                forms.suffix(slot)));
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '\u200C' || c == '\u200D';
    }

    private int number(int start) {
        int i = start + 1;
        while (i < end) {
            byte c = cls(i);
            if (c == DIGIT) {
                i++;
            } else if (isNumberSeparator(text.charAt(i)) && i + 1 < end && cls(i + 1) == DIGIT) {
                i += 2;
            } else {
                break;
            }
        }
        if (isSingleCapitalSuffix(i)) {
            return latinFrom(start, i);
        }
        String norm = ArabicNormalizer.normalize(text, start, i);
        out.add(Token.simple(new Span(start, i), TokenKind.NUMBER, norm));
        return i;
    }

    /** A digit run followed by one capital letter and no more letters ({@code 5G}, {@code 3D}). */
    private boolean isSingleCapitalSuffix(int i) {
        if (i >= end || text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
            return false;
        }
        return i + 1 >= end || cls(i + 1) != LETTER && cls(i + 1) != DIGIT;
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private int latin(int start) {
        return latinFrom(start, start);
    }

    private int latinFrom(int start, int from) {
        int i = from;
        while (i < end) {
            byte c = cls(i);
            if (c == LETTER || c == DIGIT || c == MARK) {
                i++;
            } else if (isWordJoiner(text.charAt(i)) && i > start && i + 1 < end
                    && (cls(i + 1) == LETTER || cls(i + 1) == DIGIT)) {
                i++;
            } else {
                break;
            }
        }
        String norm = ArabicNormalizer.normalize(text, start, i);
        out.add(Token.simple(new Span(start, i), TokenKind.LATIN, norm));
        return i;
    }

    private static boolean isWordJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    private boolean startsUrl(int i) {
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4);
    }

    private int url(int start) {
        int i = start;
        while (i < end && cls(i) != SPACE && !isUrlStop(text.charAt(i))) {
            i++;
        }
        while (i > start + 1 && isUrlTrailer(text.charAt(i - 1))) {
            i--;
        }
        out.add(Token.simple(new Span(start, i), TokenKind.URL, text.substring(start, i)));
        return i;
    }

    private static boolean isUrlStop(char c) {
        return c == '<' || c == '>' || c == '"' || c == '\u00AB' || c == '\u00BB' || c == '\u201C'
                || c == '\u201D' || c == '\u060C' || c == '\u061B' || c == '\u061F' || Character.isWhitespace(c);
    }

    private static boolean isUrlTrailer(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '}' || c == '\'' || c == '\u2019';
    }

    /** Whether an e-mail address starts at {@code i}: local@domain.tld, checked without regex. */
    private boolean startsEmail(int i) {
        return emailEnd(i) > 0;
    }

    private int emailEnd(int start) {
        int i = start;
        while (i < end && isEmailLocal(text.charAt(i))) {
            i++;
        }
        if (i == start || i >= end || text.charAt(i) != '@') {
            return -1;
        }
        int domainStart = ++i;
        int lastDot = -1;
        while (i < end && (isAsciiLetter(text.charAt(i)) || text.charAt(i) >= '0' && text.charAt(i) <= '9'
                || text.charAt(i) == '-' || text.charAt(i) == '.' && i + 1 < end && isDomainChar(text.charAt(i + 1)))) {
            if (text.charAt(i) == '.') {
                lastDot = i;
            }
            i++;
        }
        if (lastDot <= domainStart || i - lastDot - 1 < 2) {
            return -1;
        }
        for (int k = lastDot + 1; k < i; k++) {
            if (!isAsciiLetter(text.charAt(k))) {
                return -1;
            }
        }
        return i;
    }

    private static boolean isDomainChar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '-';
    }

    private static boolean isEmailLocal(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private int email(int start) {
        int i = emailEnd(start);
        out.add(Token.simple(new Span(start, i), TokenKind.EMAIL, text.substring(start, i).toLowerCase(java.util.Locale.ROOT)));
        return i;
    }

    private int punct(int start) {
        char c = text.charAt(start);
        int i = start + 1;
        if (c == '.') {
            while (i < end && text.charAt(i) == '.') {
                i++;
            }
        } else if (isQuestionOrBang(c)) {
            while (i < end && isQuestionOrBang(text.charAt(i))) {
                i++;
            }
        }
        String norm = i == start + 1 && c < ONE_CHAR_NORM.length ? ONE_CHAR_NORM[c]
                : ArabicNormalizer.normalize(text, start, i);
        out.add(Token.simple(new Span(start, i), TokenKind.PUNCT, norm));
        return i;
    }

    private static boolean isQuestionOrBang(char c) {
        return c == '!' || c == '?' || c == '\u061F';
    }

    private int symbol(int start) {
        int i = start + 1;
        if (Character.isHighSurrogate(text.charAt(start)) && i < end && Character.isLowSurrogate(text.charAt(i))) {
            i++;
        }
        while (i < end && cls(i) == MARK) {
            i++;
        }
        out.add(Token.simple(new Span(start, i), TokenKind.SYMBOL, text.substring(start, i)));
        return i;
    }
}
