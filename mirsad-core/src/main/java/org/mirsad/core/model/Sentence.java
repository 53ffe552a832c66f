package org.mirsad.core.model;

/**
 * A sentence of the clean text.
 *
 * @param span where the sentence sits, trimmed of surrounding white space
 */
public record Sentence(Span span) implements Annotation {

    /** Validates the fields. */
    public Sentence {
        if (span == null) {
            throw new IllegalArgumentException("sentence span must not be null");
        }
    }
}
