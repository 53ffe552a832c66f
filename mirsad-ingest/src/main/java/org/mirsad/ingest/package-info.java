/**
 * Readers that turn raw inputs (HTML pages, feeds, WARC crawls, JSON Lines dumps, archives) into
 * articles, and HTML main-content extraction.
 */
package org.mirsad.ingest;
