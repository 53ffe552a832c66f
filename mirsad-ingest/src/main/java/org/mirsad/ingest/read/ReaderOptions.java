package org.mirsad.ingest.read;

import java.util.List;

/**
 * Options of {@link InputReader}.
 *
 * @param maxItemBytes  largest single item (file, archive entry, WARC record) read; larger ones fail
 * @param titleFields   JSON field names tried, in order, for the title
 * @param textFields    JSON field names tried for the body text
 * @param urlFields     JSON field names tried for the URL
 * @param dateFields    JSON field names tried for the publication date
 * @param sourceFields  JSON field names tried for the outlet
 * @param maxDepth      deepest nesting of archives in archives
 * @param fetch         fetch inputs given as URLs, and the articles of feed entries that carry only
 *                      a summary (politely: see the fetcher); false reads local files only
 */
public record ReaderOptions(long maxItemBytes, List<String> titleFields, List<String> textFields,
        List<String> urlFields, List<String> dateFields, List<String> sourceFields, int maxDepth, boolean fetch) {

    /** Defaults: 32 MB per item, common field names, archives nested 3 deep. */
    public static final ReaderOptions DEFAULT = new ReaderOptions(32L * 1024 * 1024,
            List.of("title", "headline", "name"),
            List.of("text", "content", "body", "article", "maintext"),
            List.of("url", "link", "canonical_url"),
            List.of("date", "published", "date_publish", "publication_date", "pubDate", "date_extracted", "time"),
            List.of("source", "outlet", "site", "site_name", "publisher"),
            3, true);

    /** Copies the lists. */
    public ReaderOptions {
        titleFields = List.copyOf(titleFields);
        textFields = List.copyOf(textFields);
        urlFields = List.copyOf(urlFields);
        dateFields = List.copyOf(dateFields);
        sourceFields = List.copyOf(sourceFields);
    }

    /** These options with other JSON field names; null keeps the defaults for that field. */
    public ReaderOptions withFields(String title, String text, String url, String date, String source) {
        return new ReaderOptions(maxItemBytes, pick(title, titleFields), pick(text, textFields), pick(url, urlFields),
                pick(date, dateFields), pick(source, sourceFields), maxDepth, fetch);
    }

    /** These options with fetching turned on or off. */
    public ReaderOptions withFetch(boolean on) {
        return new ReaderOptions(maxItemBytes, titleFields, textFields, urlFields, dateFields, sourceFields, maxDepth, on);
    }

    private static List<String> pick(String given, List<String> defaults) {
        return given == null ? defaults : List.of(given);
    }
}
