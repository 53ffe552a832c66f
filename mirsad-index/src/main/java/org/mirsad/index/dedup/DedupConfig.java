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
 * @param shortText    texts with fewer words than this are "short" (headlines, briefs): for them a
 *                     difference in negation words (لا، لم، لن، ليس، نفى ...) means a different claim,
 *                     and one changed word matters, so they must reach {@code shortThreshold}
 * @param seed         seed of the hash functions (fixed: signatures must be stable across runs)
 * @param shortThreshold least similarity of two short texts for them to be duplicates
 */
public record DedupConfig(int hashes, int bands, int shingle, double threshold, int shortText, double shortThreshold,
        long seed) implements java.io.Serializable {

    /**
     * Defaults: 128 hashes in 32 bands of 4, 4-word shingles, similarity 0.5; texts under 80 words
     * need 0.9.
     */
    public static final DedupConfig DEFAULT = new DedupConfig(128, 32, 4, 0.5, 80, 0.9, 0x6D69727361644CL);

    /** Validates the settings. */
    public DedupConfig {
        if (hashes <= 0 || bands <= 0 || hashes % bands != 0) {
            throw new IllegalArgumentException("hashes must be a positive multiple of bands: " + hashes + "/" + bands);
        }
        if (shingle < 1 || threshold <= 0 || threshold > 1 || shortText < 0 || shortThreshold < threshold
                || shortThreshold > 1) {
            throw new IllegalArgumentException("invalid shingle size, threshold or short-text length");
        }
    }

    /** Rows per band. */
    public int rows() {
        return hashes / bands;
    }
}
