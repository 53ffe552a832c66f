package org.mirsad.app.eval.devset;

import org.mirsad.core.model.Qualifier;
import org.mirsad.core.model.Span;

/**
 * A hand-annotated quantity of the development set.
 *
 * @param span      where the annotated text sits in the body
 * @param text      the annotated text
 * @param value     the value, or null for vague counts and ranges
 * @param low       the low end of a range, or null
 * @param high      the high end of a range, or null
 * @param unit      ISO 4217 code, {@code "%"}, a unit symbol, or null
 * @param counted   what is counted, or null
 * @param qualifier the hedge, or null
 */
public record DevQuantity(Span span, String text, Double value, Double low, Double high, String unit,
                          String counted, Qualifier qualifier) {

    /** True when the annotation is a range ({@code بين 10 و15}). */
    public boolean isRange() {
        return low != null && high != null;
    }
}
