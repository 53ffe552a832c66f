package org.mirsad.ingest.read;

/**
 * One article-sized unit of raw input found by {@link InputReader}.
 *
 * @param origin where it came from: a path, {@code archive!entry}, {@code dump.jsonl#12}, a URL
 * @param format how to turn it into an article
 * @param bytes  the raw bytes for {@link Format#TEXT} and {@link Format#HTML} (decoded later, so
 *               encoding problems are reported per item), else null
 * @param text   the body text for {@link Format#FIELDS}, else null
 * @param hints  metadata the container gave (URL, title, outlet, date), never null
 */
public record RawItem(String origin, Format format, byte[] bytes, String text, Hints hints) {

    /** Metadata given by the container of an item; any field may be null. */
    public record Hints(String url, String title, String outlet, String published, String byline) {

        /** No metadata. */
        public static final Hints NONE = new Hints(null, null, null, null, null);
    }

    /** Validates the fields. */
    public RawItem {
        if (origin == null || format == null || hints == null) {
            throw new IllegalArgumentException("origin, format and hints are required");
        }
        if ((format == Format.FIELDS) != (text != null) || (format != Format.FIELDS) != (bytes != null)) {
            throw new IllegalArgumentException(origin + ": " + format + " items carry "
                    + (format == Format.FIELDS ? "text" : "bytes"));
        }
    }

    /** Size in bytes (or characters for text), for limits and progress. */
    public long size() {
        return bytes != null ? bytes.length : text.length();
    }

    /** A stable key for re-ingest: the URL when known, else the origin. */
    public String key() {
        return hints.url() != null && !hints.url().isBlank() ? hints.url() : origin;
    }
}
