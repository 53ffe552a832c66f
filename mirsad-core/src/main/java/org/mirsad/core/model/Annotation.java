package org.mirsad.core.model;

/**
 * A fact found in a document's clean text, anchored by a {@link Span}.
 *
 * <p>The set of annotation kinds is closed: tokens and sentences from the text layer, and the
 * extracted entities, quotes, quantities and dates.
 */
public sealed interface Annotation permits Token, Sentence, Entity, Quote, Quantity, DateMention {

    /** Where the annotation sits in the clean text. */
    Span span();

    /**
     * Checks the annotation against the text it annotates: every span fits, and any stored surface
     * text equals the text under its span.
     *
     * @throws IllegalArgumentException naming the first problem found
     */
    default void validateAgainst(String text) {
        span().checkWithin(text.length());
    }

    /** Shared check that a stored surface string matches the text under its span. */
    static void checkSurface(String kind, Span span, String surface, String text) {
        span.checkWithin(text.length());
        if (surface != null && !text.regionMatches(span.start(), surface, 0, surface.length())
                || surface != null && surface.length() != span.length()) {
            throw new IllegalArgumentException(kind + " text '" + surface + "' does not match the text at "
                    + span + ": '" + span.in(text) + "'");
        }
    }
}
