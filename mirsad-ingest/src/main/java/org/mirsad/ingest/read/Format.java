package org.mirsad.ingest.read;

/** What a raw item holds, which decides how it is turned into a clean article. */
public enum Format {
    /** A scraped plain-text article (title, debris and body in one text): cleaned by the text cleaner. */
    TEXT,
    /** An HTML page: main content extracted from the markup. */
    HTML,
    /** A record whose title and body fields are given (JSON dump, TREC document, full-text feed item). */
    FIELDS
}
