package org.mirsad.arabic;

/**
 * A word split into normalized proclitics, stem and enclitic pronoun, for matching.
 *
 * @param prefix proclitics in normalized form ({@code "وبال"}), empty if none
 * @param stem   the normalized stem
 * @param suffix the normalized enclitic pronoun ({@code "ها"}), empty if none
 */
public record Segmentation(String prefix, String stem, String suffix) {

    /** Validates the fields. */
    public Segmentation {
        if (prefix == null || stem == null || suffix == null) {
            throw new IllegalArgumentException("segmentation parts must not be null");
        }
    }

    /** Whether the proclitics include the definite article (ال, or لل for ل + ال). */
    public boolean hasArticle() {
        return prefix.endsWith("ال") || prefix.endsWith("لل");
    }

    /** The stem with the definite article if the word had one ({@code "بالقاهره"} → {@code "القاهره"}). */
    public String definiteStem() {
        return hasArticle() ? "ال" + stem : stem;
    }

    /** The whole normalized word: prefix, stem and suffix joined. */
    public String word() {
        return prefix + stem + suffix;
    }
}
