package org.mirsad.core.model;

/**
 * A quantity stated in the text.
 *
 * @param span      where it sits in the clean text
 * @param text      the surface text under {@code span}
 * @param value     the numeric value, or null for vague counts (عشرات، مئات) and ranges
 * @param unit      the unit: an ISO 4217 code for money, {@code "%"} for percentages, a unit symbol
 *                  ({@code t, km, MW, bbl ...}), or null
 * @param counted   what is counted (e.g. {@code "لاجئًا"}), or null
 * @param qualifier the hedge, or null when exact
 * @param range     the bounds of a range ({@code بين 10 و15}), or null
 */
public record Quantity(Span span, String text, Double value, String unit, String counted, Qualifier qualifier,
                       Range range) implements Annotation {

    /**
     * The bounds of a stated range.
     *
     * @param low  the lower bound
     * @param high the upper bound
     */
    public record Range(double low, double high) {
    }

    /** Validates the fields. */
    public Quantity {
        if (span == null || text == null) {
            throw new IllegalArgumentException("quantity span and text must not be null");
        }
    }

    /** A quantity that is not a range. */
    public Quantity(Span span, String text, Double value, String unit, String counted, Qualifier qualifier) {
        this(span, text, value, unit, counted, qualifier, null);
    }

    @Override
    public void validateAgainst(String doc) {
        Annotation.checkSurface("quantity", span, text, doc);
    }
}
