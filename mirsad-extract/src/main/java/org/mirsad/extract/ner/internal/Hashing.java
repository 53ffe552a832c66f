package org.mirsad.extract.ner.internal;

/** 64-bit string hashing and mixing for feature hashing; fixed forever, since models depend on it. */
public final class Hashing {

    private Hashing() {
    }

    /** FNV-1a over the UTF-16 units of {@code s}, then mixed. */
    public static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finalizer. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A feature id: a template number combined with one value hash. */
    public static long feature(int template, long value) {
        return mix(value + 0x9E3779B97F4A7C15L * (template + 1));
    }

    /** A feature id: a template number combined with two value hashes. */
    public static long feature(int template, long a, long b) {
        return mix(a * 31 + mix(b) + 0x9E3779B97F4A7C15L * (template + 1));
    }
}
