package org.mirsad.core.model;

/**
 * A piece of text that is part of a larger annotation (a quote's speaker or cue).
 *
 * @param span      where it sits in the clean text
 * @param text      the surface text under {@code span}
 * @param canonical the canonical name of the entity it refers to, or null
 */
public record Mention(Span span, String text, String canonical) {

    /** Validates the fields. */
    public Mention {
        if (span == null || text == null) {
            throw new IllegalArgumentException("mention span and text must not be null");
        }
    }
}
