package org.mirsad.index.story;

import java.time.LocalDate;
import java.util.List;

/**
 * A story: articles about the same running event, in date order.
 *
 * @param id       stable id: the id of the story's first article
 * @param articles the articles, by date then id
 * @param terms    the words that characterize the story, strongest first
 */
public record Story(String id, List<StoryArticle> articles, List<String> terms) {

    /** Copies the lists. */
    public Story {
        articles = List.copyOf(articles);
        terms = List.copyOf(terms);
    }

    /** Date of the first article. */
    public LocalDate first() {
        return articles.get(0).published();
    }

    /** Date of the last article. */
    public LocalDate last() {
        return articles.get(articles.size() - 1).published();
    }

    /** Distinct outlets, in order of first appearance. */
    public List<String> outlets() {
        return articles.stream().map(StoryArticle::outlet).filter(o -> o != null && !o.isBlank()).distinct().toList();
    }
}
