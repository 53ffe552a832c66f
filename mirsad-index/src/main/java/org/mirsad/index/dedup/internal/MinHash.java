package org.mirsad.index.dedup.internal;

import java.util.Arrays;
import java.util.List;
import org.mirsad.index.dedup.Fingerprint;

/**
 * MinHash over word shingles with seeded 64-bit mixing functions (murmur3's finalizer), one per
 * signature slot. Deterministic for a given seed.
 */
public final class MinHash {

    private final long[] seeds;

    /** {@code hashes} functions derived from {@code seed}. */
    public MinHash(int hashes, long seed) {
        seeds = new long[hashes];
        long s = seed;
        for (int i = 0; i < hashes; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s;
        }
    }

    /**
     * The signature of the shingles of {@code words} ({@code k} words each; a text shorter than
     * {@code k} words is one shingle). An empty text has a signature of {@link Long#MAX_VALUE}s.
     */
    public long[] signature(List<String> words, int k) {
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        int n = words.size();
        if (n == 0) {
            return sig;
        }
        long[] wordHashes = new long[n];
        for (int i = 0; i < n; i++) {
            wordHashes[i] = mix(words.get(i).hashCode() * 0xC2B2AE3D27D4EB4FL + words.get(i).length());
        }
        int size = Math.min(k, n);
        for (int start = 0; start + size <= n; start++) {
            long h = 0x165667B19E3779F9L;
            for (int j = start; j < start + size; j++) {
                h = mix(h * 31 + wordHashes[j]);
            }
            for (int i = 0; i < seeds.length; i++) {
                long v = mix(h ^ seeds[i]);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** The LSH bucket key of band rows {@code [from, from + rows)} of a fingerprint. */
    public static long bandKey(Fingerprint f, int from, int rows) {
        long h = 0x27D4EB2F165667C5L ^ from;
        for (int i = from; i < from + rows; i++) {
            h = mix(h * 31 + f.value(i));
        }
        return h;
    }

    /** Murmur3's 64-bit finalizer. */
    public static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB93FE1A85EC3L;
        x ^= x >>> 33;
        return x;
    }
}
