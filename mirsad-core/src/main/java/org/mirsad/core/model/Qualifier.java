package org.mirsad.core.model;

import java.util.Locale;

/** How sure the text is of a quantity. */
public enum Qualifier {
    /** About (قرابة، نحو، حوالي). */
    APPROX,
    /** More than (أكثر من، ما يزيد على). */
    MORE_THAN,
    /** Less than (أقل من). */
    LESS_THAN;

    /** The JSON name: {@code approx}, {@code more_than}, {@code less_than}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a JSON name; null for null. */
    public static Qualifier fromJson(String name) {
        return name == null ? null : valueOf(name.toUpperCase(Locale.ROOT));
    }
}
