package org.mirsad.index.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.index.store.Fields;

/**
 * The fields a search hit shows (id, title, outlet, date, source, clean text), read from an
 * article's stored analysis and remembered by document number for one reader. Reading them costs
 * decompressing the whole stored article (layers and raw input included) and scanning its JSON;
 * articles that come up again in other searches are not read again. Bounded by
 * {@link #MAX_CHARS} characters of text (forgotten all at once beyond that); thread-safe.
 */
public final class StoredHitFields {

    /** Characters of article text remembered before the cache is emptied. */
    public static final long MAX_CHARS = 8_000_000;

    /** The fields of one article; absent string fields are null, an absent text is empty. */
    public record Shown(String id, String title, String outlet, String published, String source, String text) {
    }

    private static final Set<String> HIT_FIELDS = Set.of("title", "outlet", "published", "source", "text");

    private final IndexSearcher searcher;
    private final Map<Integer, Shown> known = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();
    private final long maxChars;

    /**
     * Fields of the documents of {@code searcher}'s reader, remembering at most {@code maxChars}
     * characters of text (none when {@code maxChars} is 0: every call reads the store).
     */
    public StoredHitFields(IndexSearcher searcher, long maxChars) {
        this.searcher = searcher;
        this.maxChars = maxChars;
    }

    /** The fields of document {@code doc}. */
    public Shown get(int doc) throws IOException {
        Shown f = known.get(doc);
        if (f != null) {
            return f;
        }
        f = read(doc);
        if (maxChars <= 0) {
            return f;
        }
        if (chars.addAndGet(f.text().length() + 64L) > maxChars) {
            known.clear();
            chars.set(f.text().length() + 64L);
        }
        known.put(doc, f);
        return f;
    }

    /** Number of articles remembered. */
    public int size() {
        return known.size();
    }

    private Shown read(int doc) throws IOException {
        org.apache.lucene.document.Document d = searcher.storedFields().document(doc, Set.of(Fields.ID, Fields.JSON));
        Map<String, String> f = topLevelStrings(d.getBinaryValue(Fields.JSON));
        return new Shown(d.get(Fields.ID), f.get("title"), f.get("outlet"), f.get("published"), f.get("source"),
                f.getOrDefault("text", ""));
    }

    /** The top-level string fields a hit shows, read from the stored JSON without building the whole document. */
    private static Map<String, String> topLevelStrings(BytesRef json) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (com.fasterxml.jackson.core.JsonParser p = DocumentJson.mapper().getFactory().createParser(json.bytes, json.offset, json.length)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                throw new IOException("stored analysis is not a JSON object");
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.currentName();
                com.fasterxml.jackson.core.JsonToken v = p.nextToken();
                if (v == com.fasterxml.jackson.core.JsonToken.VALUE_STRING && HIT_FIELDS.contains(name)) {
                    out.put(name, p.getText());
                } else {
                    p.skipChildren();
                }
            }
        }
        return out;
    }
}
