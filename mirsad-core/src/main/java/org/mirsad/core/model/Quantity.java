package org.mirsad.core.model;

/**
 * A quantity stated in the text.
 *
 * @param span      where it sits in the clean text
 * @param text      the surface text under {@code span}
 * @param value     the numeric value, or null for vague counts (عشرات، مئات)
 * @param unit      the unit: an ISO 4217 code for money, {@code "%"} for percentages, or null
 * @param counted   what is counted (e.g. {@code "لاجئًا"}), or null
 * @param qualifier the hedge, or null when exact
 */
public record Quantity(Span span, String text, Double value, String unit, String counted, Qualifier qualifier)
        implements Annotation {

    /** Validates the fields. */
    public Quantity {
        if (span == null || text == null) {
            throw new IllegalArgumentException("quantity span and text must not be null");
        }
    }

    @Override
    public void validateAgainst(String doc) {
        Annotation.checkSurface("quantity", span, text, doc);
    }
}
