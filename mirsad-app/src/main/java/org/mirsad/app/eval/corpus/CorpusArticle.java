package org.mirsad.app.eval.corpus;

/**
 * An article of a third-party evaluation corpus, as the corpus gives it.
 *
 * @param id     the corpus's id (or URL) of the article
 * @param outlet the source/outlet name
 * @param url    the article's URL, or empty
 * @param date   the publication (or extraction) date as ISO-8601 {@code yyyy-MM-dd}, or empty
 * @param title  the title
 * @param body   the body text
 */
public record CorpusArticle(String id, String outlet, String url, String date, String title, String body) {
}
