package org.mirsad.index.story;

import java.time.LocalDate;
import java.util.List;

/**
 * What story clustering reads of an article.
 *
 * @param id        the article's id
 * @param published publication date (undated articles are clustered as if published on the day
 *                  before the first dated one)
 * @param outlet    the outlet, or null
 * @param title     the headline, or empty
 * @param body      the clean body
 * @param entities  canonical names of the entities it mentions
 */
public record StoryArticle(String id, LocalDate published, String outlet, String title, String body, List<String> entities) {

    /** Copies the list. */
    public StoryArticle {
        entities = List.copyOf(entities);
        title = title == null ? "" : title;
    }
}
