package org.mirsad.index.dedup;

import java.util.Arrays;

/**
 * What near-duplicate detection keeps of one article: its MinHash signature, its word count and
 * its count of negation words.
 *
 * @param id        the article's id
 * @param time      publication time in epoch milliseconds (or any order key); the earliest member of
 *                  a group is its original
 * @param signature MinHash values
 * @param words     number of words
 * @param negations number of negation words
 */
public record Fingerprint(String id, long time, long[] signature, int words, int negations) {

    /** Copies the signature. */
    public Fingerprint {
        signature = signature.clone();
    }

    /** Estimated Jaccard similarity of the two articles' shingle sets. */
    public double similarity(Fingerprint other) {
        if (other.signature.length != signature.length) {
            throw new IllegalArgumentException("signatures of different lengths");
        }
        int same = 0;
        for (int i = 0; i < signature.length; i++) {
            if (signature[i] == other.signature[i]) {
                same++;
            }
        }
        return (double) same / signature.length;
    }

    @Override
    public long[] signature() {
        return signature.clone();
    }

    /** The signature value at slot {@code i}, without copying the signature. */
    public long value(int i) {
        return signature[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && f.id.equals(id) && f.time == time && Arrays.equals(f.signature, signature)
                && f.words == words && f.negations == negations;
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + id + ", words=" + words + "]";
    }
}
