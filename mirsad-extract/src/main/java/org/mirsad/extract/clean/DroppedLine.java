package org.mirsad.extract.clean;

/**
 * A raw line the cleaner kept out of the body.
 *
 * @param line     the line's text (trimmed, verbatim from the raw input)
 * @param kind     what the cleaner took the line for
 * @param rawStart where the trimmed line starts in the raw input
 */
public record DroppedLine(String line, LineKind kind, int rawStart) {

    /** Checks the fields. */
    public DroppedLine {
        if (line == null || kind == null || rawStart < 0) {
            throw new IllegalArgumentException("dropped line needs text, kind and a non-negative offset");
        }
    }

    /** Why it was removed: the kind's label, e.g. {@code "navigation"}, {@code "caption"}. */
    public String reason() {
        return kind.label();
    }
}
