package org.mirsad.core.model;

/**
 * A token of the clean text with its forms for matching.
 *
 * @param span     where the token sits in the clean text
 * @param kind     what the token is made of
 * @param norm     the normalized surface form (see the Arabic normalizer), never null
 * @param prefix   normalized proclitics split off for matching (e.g. {@code "وبال"}), empty if none
 * @param stem     the normalized form with clitics removed, used for lexicon matching
 * @param suffix   normalized enclitic pronoun split off (e.g. {@code "ها"}), empty if none
 */
public record Token(Span span, TokenKind kind, String norm, String prefix, String stem, String suffix)
        implements Annotation {

    /** Validates the fields. */
    public Token {
        if (span == null || kind == null || norm == null || prefix == null || stem == null || suffix == null) {
            throw new IllegalArgumentException("token fields must not be null");
        }
    }

    /** A token whose stem is its normalized form, with no clitics. */
    public static Token simple(Span span, TokenKind kind, String norm) {
        return new Token(span, kind, norm, "", norm, "");
    }

    /** Start offset in the clean text. */
    public int start() {
        return span.start();
    }

    /** End offset (exclusive) in the clean text. */
    public int end() {
        return span.end();
    }

    /** The surface form under the span. */
    public String text(String text) {
        return span.in(text);
    }
}
