package org.mirsad.core.model;

/**
 * A mention of a named entity.
 *
 * @param span      the mention's place in the clean text
 * @param text      the surface text under {@code span}
 * @param type      the entity type
 * @param canonical the fullest name the document gives this entity (never null; the mention's own text if none)
 * @param role      the title or role the text attaches to the mention, or null
 */
public record Entity(Span span, String text, EntityType type, String canonical, String role) implements Annotation {

    /** Validates the fields. */
    public Entity {
        if (span == null || text == null || type == null || canonical == null) {
            throw new IllegalArgumentException("entity span, text, type and canonical must not be null");
        }
    }

    @Override
    public void validateAgainst(String doc) {
        Annotation.checkSurface("entity", span, text, doc);
    }
}
