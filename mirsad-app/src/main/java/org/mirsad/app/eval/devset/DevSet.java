package org.mirsad.app.eval.devset;

import java.util.List;

/**
 * The articles of a development-set folder that could be read, and a message for each that could not.
 *
 * @param articles the articles read, sorted by name
 * @param problems one message per unreadable article (naming the file and the problem)
 */
public record DevSet(List<DevArticle> articles, List<String> problems) {

    /** Copies the lists. */
    public DevSet {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
