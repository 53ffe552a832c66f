package org.mirsad.ingest.html;

import java.util.List;

/**
 * What {@link HtmlArticleExtractor} finds in a page; any field but {@code body} may be null.
 *
 * @param title     the headline (og:title, the first h1, or the page title without the site suffix)
 * @param body      the main content, one block (paragraph, heading, list item) per line
 * @param published the publication date as ISO {@code yyyy-MM-dd}
 * @param author    the byline's author
 * @param site      the site or outlet name
 * @param url       the canonical URL
 * @param captions  image captions, kept apart from the body
 * @param language  the page's declared language
 */
public record HtmlArticle(String title, String body, String published, String author, String site, String url,
        List<String> captions, String language) {

    /** Copies the list. */
    public HtmlArticle {
        captions = List.copyOf(captions);
    }
}
