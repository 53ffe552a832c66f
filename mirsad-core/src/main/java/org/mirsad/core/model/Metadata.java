package org.mirsad.core.model;

import java.time.LocalDate;

/**
 * What is known about an article apart from its body.
 *
 * @param id        stable identifier (derived from the content when the input gives none)
 * @param source    where the article came from: the path or URL as given
 * @param outlet    the publishing outlet, or null
 * @param title     the headline, or null
 * @param byline    the author line, or null
 * @param dateline  the place line that opens a wire story (e.g. {@code "بيروت"}), or null
 * @param published the publication date, or null
 * @param language  ISO 639-1 language code of the body ({@code "ar"}), or {@code "und"}
 */
public record Metadata(String id, String source, String outlet, String title, String byline, String dateline,
                       LocalDate published, String language) {

    /** Validates the fields. */
    public Metadata {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("metadata needs an id");
        }
        if (language == null) {
            language = "und";
        }
    }

    /** A copy with another publication date. */
    public Metadata withPublished(LocalDate date) {
        return new Metadata(id, source, outlet, title, byline, dateline, date, language);
    }

    /** A copy with another outlet. */
    public Metadata withOutlet(String newOutlet) {
        return new Metadata(id, source, newOutlet, title, byline, dateline, published, language);
    }
}
