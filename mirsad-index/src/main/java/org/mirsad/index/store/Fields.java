package org.mirsad.index.store;

/** Field names of the corpus index. */
public final class Fields {

    private Fields() {
    }

    /** Store id of the article (first content id seen for it). */
    public static final String ID = "id";
    /** Re-ingest key: the URL, or the input origin when there is none. */
    public static final String KEY = "key";
    /** Content id: hash of the normalized title and body. */
    public static final String CONTENT = "content";
    /** Title, light-stemmed. */
    public static final String TITLE = "title";
    /** Title, exact normalized words. */
    public static final String TITLE_EXACT = "title_exact";
    /** Body, light-stemmed. */
    public static final String BODY = "body";
    /** Body, exact normalized words. */
    public static final String BODY_EXACT = "body_exact";
    /** Outlet name (keyword). */
    public static final String OUTLET = "outlet";
    /** Publication day as epoch day (point + doc values). */
    public static final String DATE = "date";
    /** Entity canonical names, normalized (keyword, multi-valued). */
    public static final String ENTITY = "entity";
    /** Entity canonical names with their type, {@code TYPE:name} (keyword, multi-valued). */
    public static final String ENTITY_TYPED = "entity_typed";
    /** Entity types present (keyword, multi-valued). */
    public static final String TYPE = "type";
    /** Quote speakers, normalized (keyword, multi-valued), and their words (stemmed). */
    public static final String SPEAKER = "speaker";
    /** Speaker names as words, light-stemmed, for partial speaker queries. */
    public static final String SPEAKER_TEXT = "speaker_text";
    /** Cited sources, normalized (keyword, multi-valued). */
    public static final String SOURCE = "source";
    /** The analysis as JSON (stored). */
    public static final String JSON = "json";
    /** The raw input bytes (stored). */
    public static final String RAW = "raw";
    /** Where the article came from (stored). */
    public static final String ORIGIN = "origin";
}
