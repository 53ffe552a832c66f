package org.mirsad.extract.clean;

import org.mirsad.extract.clean.internal.CleaningRun;

/**
 * Cleans scraped plain-text news articles: finds the title and the body, and keeps out the debris
 * scrapers leave (mastheads, staff lines, navigation, date stamps, share bars, related-links blocks, tags,
 * copyright footers, comment prompts, repeated lines, image captions and their truncated prefixes).
 * Datelines and bylines go to their own fields, whether on their own line or opening the first paragraph.
 *
 * <p>How it decides, in short (details in {@code org.mirsad.extract.clean.internal}):
 * <ul>
 *   <li>each line gets shape features (words, sentence-final mark, commas, separators, ellipsis, digits);</li>
 *   <li>cue lists (resource files under {@code org/mirsad/extract/clean/cues/}) are features combined with
 *       shape: a share word in a long sentence is content, a short line of share words is a share bar;</li>
 *   <li>lines the outlet's {@link BoilerplateProfile} has seen in other articles are boilerplate;</li>
 *   <li>the body is the densest run of long, sentence-like lines (maximum-sum run of per-line scores); the
 *       title is the first headline-shaped line before the first strong sentence.</li>
 * </ul>
 *
 * <p>The body is made of trimmed raw lines copied verbatim and joined by {@code "\n"}; the
 * {@link CleanArticle#map()} maps it back to the raw input. Deterministic and thread-safe; never throws
 * on any string (null is treated as empty).
 */
public final class TextArticleCleaner {

    private final BoilerplateProfile profile;

    /** A cleaner that knows no outlet profile. */
    public TextArticleCleaner() {
        this(BoilerplateProfile.empty());
    }

    /**
     * A cleaner that also drops lines the profile has learned as boilerplate.
     *
     * @param profile the outlet's profile ({@link BoilerplateProfile#empty()} for none)
     */
    public TextArticleCleaner(BoilerplateProfile profile) {
        if (profile == null) {
            throw new IllegalArgumentException("profile is required; use BoilerplateProfile.empty()");
        }
        this.profile = profile;
    }

    /** The profile this cleaner uses. */
    public BoilerplateProfile profile() {
        return profile;
    }

    /** Cleans one raw article. */
    public CleanArticle clean(String raw) {
        return CleaningRun.clean(raw, profile, CleaningHints.NONE);
    }

    /**
     * Cleans one raw article whose container gave some of its fields: a given title is the title (the
     * raw text opens with it), a given credit fills the byline and dateline.
     */
    public CleanArticle clean(String raw, CleaningHints hints) {
        return CleaningRun.clean(raw, profile, hints == null ? CleaningHints.NONE : hints);
    }
}
