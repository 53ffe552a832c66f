package org.mirsad.core.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a document's clean text.
 *
 * <p>The constructor rejects negative offsets and inverted ranges; {@link #checkWithin(int)} rejects
 * spans that run past the end of a text. Spans order by start, then by end.
 *
 * @param start first UTF-16 index, inclusive
 * @param end   last UTF-16 index, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {

    /** Validates the range. */
    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start is negative: [" + start + ", " + end + ")");
        }
        if (end < start) {
            throw new IllegalArgumentException("span end precedes start: [" + start + ", " + end + ")");
        }
    }

    /** Shorthand for {@code new Span(start, end)}. */
    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** Number of UTF-16 units covered. */
    public int length() {
        return end - start;
    }

    /** True when the span covers nothing. */
    public boolean isEmpty() {
        return start == end;
    }

    /** True when the two spans share at least one position. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** True when {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    /**
     * Throws when this span does not fit a text of the given length.
     *
     * @return this span, for chaining
     */
    public Span checkWithin(int textLength) {
        if (end > textLength) {
            throw new IllegalArgumentException(
                    "span [" + start + ", " + end + ") runs past the end of a text of length " + textLength);
        }
        return this;
    }

    /** The covered characters of {@code text}. */
    public String in(CharSequence text) {
        checkWithin(text.length());
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
