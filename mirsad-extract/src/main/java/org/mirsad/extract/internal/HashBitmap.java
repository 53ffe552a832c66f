package org.mirsad.extract.internal;

import java.util.Collection;

/**
 * A filter in front of a hash lookup that runs on every token: one bit per slice of the string-hash space,
 * set where a key falls (eight bits per key, so about one absent word in eight gets through). It answers
 * most "not there" from a few kilobytes that stay in the processor's cache; token forms are shared strings
 * whose hash is computed once, so a probe costs a multiply, a shift and a load. Never says no to a key.
 * Immutable.
 */
public final class HashBitmap {

    /** Bitmap bits per key (at least). */
    private static final int BITS_PER_KEY = 8;

    private final int shift;
    private final long[] bits;

    /** A filter over {@code keys}. */
    public HashBitmap(Collection<String> keys) {
        int size = Math.max(12, 32 - Integer.numberOfLeadingZeros(Math.max(1, keys.size() * BITS_PER_KEY - 1)));
        this.shift = 32 - size;
        this.bits = new long[Math.max(1, (1 << size) / 64)];
        for (String k : keys) {
            int b = bit(k);
            bits[b >>> 6] |= 1L << b;
        }
    }

    private int bit(String s) {
        return (s.hashCode() * 0x9E3779B9) >>> shift;
    }

    /** False when {@code s} is certainly no key; true when it may be one. */
    public boolean mayContain(String s) {
        int b = bit(s);
        return (bits[b >>> 6] & (1L << b)) != 0;
    }
}
