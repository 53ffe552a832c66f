package org.mirsad.core.model;

/** What a token is made of. */
public enum TokenKind {
    /** A run of Arabic letters (possibly with diacritics and tatweel). */
    ARABIC,
    /** A run of Latin (or other non-Arabic) letters, possibly with inner apostrophes or hyphens. */
    LATIN,
    /** A number in Western, Arabic-Indic or Extended Arabic-Indic digits, with separators. */
    NUMBER,
    /** A URL. */
    URL,
    /** An e-mail address. */
    EMAIL,
    /** A punctuation mark. */
    PUNCT,
    /** Any other symbol (currency signs, emoji, ...). */
    SYMBOL
}
