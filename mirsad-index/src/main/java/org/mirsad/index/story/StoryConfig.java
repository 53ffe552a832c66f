package org.mirsad.index.story;

/**
 * Settings of story clustering.
 *
 * @param windowDays    an article joins a story only if the story had an article within this many
 *                      days before it (a running story stays open while it keeps being reported)
 * @param threshold     least cosine similarity between an article and a story's centroid
 * @param leadWords     words of the body read after the title (the lead carries the event)
 * @param titleWeight   weight of title words relative to body words
 * @param entityWeight  weight of each named entity (canonical name) relative to a body word
 * @param centroidTerms terms kept in a story's centroid
 */
public record StoryConfig(int windowDays, double threshold, int leadWords, double titleWeight, double entityWeight,
        int centroidTerms) {

    /** Defaults tuned on the project's own written test stories. */
    public static final StoryConfig DEFAULT = new StoryConfig(7, 0.25, 120, 3.0, 2.0, 60);

    /** Validates the settings. */
    public StoryConfig {
        if (windowDays < 0 || threshold <= 0 || threshold >= 1 || leadWords < 1 || centroidTerms < 1) {
            throw new IllegalArgumentException("invalid story settings");
        }
    }
}
