package org.mirsad.app.eval.devset;

import org.mirsad.core.model.Span;

/**
 * A hand-annotated date or time expression of the development set.
 *
 * @param span  where the annotated text sits in the body
 * @param text  the annotated text
 * @param value the ISO-8601 value, or null when not resolvable
 */
public record DevDate(Span span, String text, String value) {
}
