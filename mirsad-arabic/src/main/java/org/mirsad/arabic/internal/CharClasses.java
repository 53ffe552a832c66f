package org.mirsad.arabic.internal;

/**
 * Character classes shared by the normalizer, the tokenizer and the sentence splitter.
 *
 * <p>All tests are table or range lookups on UTF-16 code units; no regular expressions.
 */
public final class CharClasses {

    private CharClasses() {
    }

    /** Arabic harakat and tanwin, shadda, sukun and related small marks (U+064B–U+065F). */
    public static boolean isHaraka(char c) {
        return c >= '\u064B' && c <= '\u065F';
    }

    /** Superscript alef (U+0670). */
    public static final char SUPERSCRIPT_ALEF = '\u0670';

    /** Tatweel / kashida (U+0640). */
    public static final char TATWEEL = '\u0640';

    /** Quranic annotation marks and small high letters (U+0610–U+061A, U+06D6–U+06ED). */
    public static boolean isQuranicMark(char c) {
        return c >= '\u0610' && c <= '\u061A' || c >= '\u06D6' && c <= '\u06ED' && c != '\u06E5'
                && c != '\u06E6';
    }

    /** Any mark {@link org.mirsad.arabic.NormalizationRule#REMOVE_DIACRITICS} removes. */
    public static boolean isArabicDiacritic(char c) {
        return isHaraka(c) || c == SUPERSCRIPT_ALEF || isQuranicMark(c) || c >= '\u08D3' && c <= '\u08FF'
                && c != '\u08E2';
    }

    /** Arabic-Indic digit ٠-٩. */
    public static boolean isArabicIndicDigit(char c) {
        return c >= '\u0660' && c <= '\u0669';
    }

    /** Extended Arabic-Indic (Persian/Urdu) digit ۰-۹. */
    public static boolean isExtendedArabicIndicDigit(char c) {
        return c >= '\u06F0' && c <= '\u06F9';
    }

    /** A letter of the Arabic script, a diacritic or tatweel: what an Arabic word is made of. */
    public static boolean isArabicWordChar(char c) {
        if (c >= '\u0620' && c <= '\u065F') {
            return true; // letters, tatweel, harakat
        }
        if (c >= '\u066E' && c <= '\u06D3' || c == '\u06D5' || c >= '\u06D6' && c <= '\u06ED'
                || c >= '\u06EE' && c <= '\u06EF' || c >= '\u06FA' && c <= '\u06FF') {
            return true;
        }
        if (c >= '\u0610' && c <= '\u061A') {
            return true;
        }
        if (c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08FF') {
            return true;
        }
        return isArabicPresentationLetter(c);
    }

    /** A letter of the Arabic presentation-form blocks (not their punctuation or ornaments). */
    public static boolean isArabicPresentationLetter(char c) {
        return c >= '\uFB50' && c <= '\uFDFF' && c != '\uFD3E' && c != '\uFD3F'
                || c >= '\uFE70' && c <= '\uFEFC';
    }

    /** A bidi control or other invisible format character that carries no text. */
    public static boolean isFormatChar(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || c == '\u061C' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
    }

    /** A space character other than the ASCII space (NBSP, en/em spaces, narrow NBSP, ...). */
    public static boolean isOddSpace(char c) {
        return c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F'
                || c == '\u3000' || c == '\u1680';
    }

    /** White space of any kind, including odd spaces and line/paragraph separators. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B'
                || c == '\u0085' || c == '\u2028' || c == '\u2029' || isOddSpace(c);
    }

    /** A line break: LF, CR, NEL, line or paragraph separator. */
    public static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
