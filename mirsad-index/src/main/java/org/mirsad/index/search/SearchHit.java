package org.mirsad.index.search;

import java.time.LocalDate;
import java.util.List;
import org.mirsad.core.model.Span;

/**
 * One search result.
 *
 * @param id         store id of the article
 * @param score      relevance score
 * @param title      headline, or null
 * @param outlet     outlet, or null
 * @param published  publication date, or null
 * @param source     where the article came from (URL or input path)
 * @param snippet    a passage of the body around the best matches
 * @param snippetAt  offset of the snippet in the article's clean text
 * @param highlights matched words, as spans into the article's clean text
 */
public record SearchHit(String id, float score, String title, String outlet, LocalDate published, String source,
        String snippet, int snippetAt, List<Span> highlights) {

    /** Copies the list. */
    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
