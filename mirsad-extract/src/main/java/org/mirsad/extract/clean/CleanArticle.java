package org.mirsad.extract.clean;

import java.util.List;
import org.mirsad.core.model.OffsetMap;

/**
 * The result of cleaning a scraped text article.
 *
 * @param title    the headline, or null when none was found
 * @param body     the clean body text (title, byline, dateline and debris removed)
 * @param byline   the author line, or null
 * @param dateline the place that opens the story (e.g. {@code "بيروت"}), or null
 * @param outlet   the outlet named by a masthead line, or null
 * @param map      offsets of {@code body} back to the raw input
 * @param dropped  the raw lines that were removed, each with the reason
 */
public record CleanArticle(String title, String body, String byline, String dateline, String outlet,
                           OffsetMap map, List<DroppedLine> dropped) {

    /** Copies the list. */
    public CleanArticle {
        dropped = List.copyOf(dropped);
    }
}
