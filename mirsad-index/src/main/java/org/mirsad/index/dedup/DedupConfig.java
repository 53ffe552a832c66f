package org.mirsad.index.dedup;

/**
 * Settings of near-duplicate detection.
 *
 * @param hashes       MinHash signature length (must equal {@code bands * rows})
 * @param bands        LSH bands; with {@code rows = hashes / bands} the candidate threshold is about
 *                     {@code (1 / bands) ^ (1 / rows)}
 * @param shingle      words per shingle
 * @param threshold    least estimated Jaccard similarity of two articles' shingle sets for them to be
 *                     duplicates
 * @param shortText    articles with fewer words than this are "short": for them a difference in
 *                     negation words (لا، لم، لن، ليس، نفى ...) means a different claim, not a copy
 * @param seed         seed of the hash functions (fixed: signatures must be stable across runs)
 */
public record DedupConfig(int hashes, int bands, int shingle, double threshold, int shortText, long seed) {

    /** Defaults: 128 hashes in 32 bands of 4, 4-word shingles, similarity 0.5, short under 80 words. */
    public static final DedupConfig DEFAULT = new DedupConfig(128, 32, 4, 0.5, 80, 0x6D69727361644CL);

    /** Validates the settings. */
    public DedupConfig {
        if (hashes <= 0 || bands <= 0 || hashes % bands != 0) {
            throw new IllegalArgumentException("hashes must be a positive multiple of bands: " + hashes + "/" + bands);
        }
        if (shingle < 1 || threshold <= 0 || threshold > 1 || shortText < 0) {
            throw new IllegalArgumentException("invalid shingle size, threshold or short-text length");
        }
    }

    /** Rows per band. */
    public int rows() {
        return hashes / bands;
    }
}
