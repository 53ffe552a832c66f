package org.mirsad.arabic;

/**
 * The rules of {@link ArabicNormalizer}, each a named, separately testable character mapping.
 *
 * <p>Every rule maps one character to one character, to nothing, or (only
 * {@link #FOLD_PRESENTATION_FORMS}) to a short string. Targets are fixed points of the whole rule
 * set, so normalization is idempotent.
 */
public enum NormalizationRule {

    /** Harakat, tanwin, shadda, sukun, superscript alef and Quranic annotation marks are removed. */
    REMOVE_DIACRITICS,
    /** Tatweel (kashida, U+0640), used to stretch words, is removed. */
    REMOVE_TATWEEL,
    /** Alef with hamza above or below, alef madda and alef wasla become bare alef (ا). */
    UNIFY_ALEF,
    /** Alef maksura (ى) becomes yeh (ي). */
    ALEF_MAKSURA_TO_YEH,
    /** Teh marbuta (ة) becomes heh (ه). */
    TEH_MARBUTA_TO_HEH,
    /** Persian keheh (ک), Farsi yeh (ی) and Arabic heh goal/ae forms become their Arabic letters. */
    FOLD_PERSIAN_LETTERS,
    /** Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits become ASCII digits. */
    ASCII_DIGITS,
    /**
     * Arabic punctuation becomes its ASCII counterpart: ، → , ؛ → ; ؟ → ? ٪ → % ٫ → . ٬ → ,
     * and the Urdu full stop ۔ → . .
     */
    ASCII_PUNCTUATION,
    /** No-break space and the other Unicode space characters become a plain space. */
    UNIFY_SPACES,
    /**
     * Invisible format characters are removed: bidi marks and embeddings (LRM, RLM, ALM, LRE…RLO,
     * isolates), zero-width space/joiner/non-joiner, byte order mark and soft hyphen.
     */
    REMOVE_FORMAT_CHARS,
    /** Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) fold to the letters they draw. */
    FOLD_PRESENTATION_FORMS,
    /** Latin letters are lower-cased (locale independent). */
    LOWERCASE_LATIN
}
