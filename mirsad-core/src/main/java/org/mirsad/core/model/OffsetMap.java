package org.mirsad.core.model;

import java.util.Arrays;

/**
 * Maps offsets in a clean text back to offsets in the raw input it was cut from.
 *
 * <p>The clean text is a concatenation of segments copied verbatim from the raw input, joined by
 * separators the cleaner inserts (newlines). Each segment records where it starts in both texts.
 * An offset inside a separator maps to the end of the preceding segment in the raw text.
 */
public final class OffsetMap {

    private final int[] cleanStarts;
    private final int[] rawStarts;
    private final int[] lengths;

    private OffsetMap(int[] cleanStarts, int[] rawStarts, int[] lengths) {
        this.cleanStarts = cleanStarts;
        this.rawStarts = rawStarts;
        this.lengths = lengths;
    }

    /** The identity map for a text that was not cut: offsets are the same in both. */
    public static OffsetMap identity(int length) {
        return new OffsetMap(new int[] {0}, new int[] {0}, new int[] {length});
    }

    /** A builder that takes segments in clean-text order. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of copied segments. */
    public int segmentCount() {
        return lengths.length;
    }

    /** Clean-text start of segment {@code i}. */
    public int cleanStart(int i) {
        return cleanStarts[i];
    }

    /** Raw-input start of segment {@code i}. */
    public int rawStart(int i) {
        return rawStarts[i];
    }

    /** Length of segment {@code i}. */
    public int length(int i) {
        return lengths[i];
    }

    /**
     * The raw-input offset of a clean-text offset.
     *
     * @throws IllegalArgumentException for a negative offset
     */
    public int toRaw(int cleanOffset) {
        if (cleanOffset < 0) {
            throw new IllegalArgumentException("negative offset " + cleanOffset);
        }
        if (lengths.length == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(cleanStarts, cleanOffset);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            return rawStarts[0];
        }
        int within = Math.min(cleanOffset - cleanStarts[i], lengths[i]);
        return rawStarts[i] + within;
    }

    /** Maps a clean-text span to the raw input. */
    public Span toRaw(Span clean) {
        int s = toRaw(clean.start());
        int e = Math.max(s, toRaw(clean.end()));
        return new Span(s, e);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && Arrays.equals(cleanStarts, m.cleanStarts)
                && Arrays.equals(rawStarts, m.rawStarts) && Arrays.equals(lengths, m.lengths);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(cleanStarts) + Arrays.hashCode(rawStarts)) + Arrays.hashCode(lengths);
    }

    /** Collects segments in clean-text order. */
    public static final class Builder {
        private int[] c = new int[8];
        private int[] r = new int[8];
        private int[] l = new int[8];
        private int n;

        private Builder() {
        }

        /**
         * Adds a segment copied verbatim.
         *
         * @param cleanStart where the segment starts in the clean text (not before the previous segment's end)
         * @param rawStart   where it starts in the raw input
         * @param length     its length
         * @return this builder
         */
        public Builder add(int cleanStart, int rawStart, int length) {
            if (cleanStart < 0 || rawStart < 0 || length < 0) {
                throw new IllegalArgumentException("negative segment value");
            }
            if (n > 0 && cleanStart < c[n - 1] + l[n - 1]) {
                throw new IllegalArgumentException("segments must be added in clean-text order without overlap");
            }
            if (n == c.length) {
                c = Arrays.copyOf(c, n * 2);
                r = Arrays.copyOf(r, n * 2);
                l = Arrays.copyOf(l, n * 2);
            }
            c[n] = cleanStart;
            r[n] = rawStart;
            l[n] = length;
            n++;
            return this;
        }

        /** The finished map. */
        public OffsetMap build() {
            return new OffsetMap(Arrays.copyOf(c, n), Arrays.copyOf(r, n), Arrays.copyOf(l, n));
        }
    }
}
