package org.mirsad.core.model;

/**
 * A date or time expression.
 *
 * @param span  where it sits in the clean text
 * @param text  the surface text under {@code span}
 * @param value ISO-8601 value when it can be resolved, else null
 */
public record DateMention(Span span, String text, String value) implements Annotation {

    /** Validates the fields. */
    public DateMention {
        if (span == null || text == null) {
            throw new IllegalArgumentException("date span and text must not be null");
        }
    }

    @Override
    public void validateAgainst(String doc) {
        Annotation.checkSurface("date", span, text, doc);
    }
}
