package org.mirsad.index.store;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Quote;

/** Turns an analyzed {@link Document} into the Lucene document of the corpus index. */
public final class ArticleMapper {

    private ArticleMapper() {
    }

    /** The keyword form of a name: normalized, inner white space collapsed. */
    public static String keyword(String name) {
        return ArabicNormalizer.normalize(name).strip().replaceAll("\\s+", " ");
    }

    /** The Lucene document for {@code doc} stored under {@code id}. */
    public static org.apache.lucene.document.Document map(String id, String key, String origin, Document doc, byte[] raw) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(Fields.ID, id, Field.Store.YES));
        d.add(new StringField(Fields.KEY, key, Field.Store.YES));
        d.add(new StringField(Fields.CONTENT, doc.meta().id(), Field.Store.YES));
        d.add(new StoredField(Fields.ORIGIN, origin));
        String title = doc.meta().title() == null ? "" : doc.meta().title();
        d.add(new TextField(Fields.TITLE, title, Field.Store.NO));
        d.add(new TextField(Fields.TITLE_EXACT, title, Field.Store.NO));
        d.add(new TextField(Fields.BODY, doc.text(), Field.Store.NO));
        d.add(new TextField(Fields.BODY_EXACT, doc.text(), Field.Store.NO));
        if (doc.meta().outlet() != null && !doc.meta().outlet().isBlank()) {
            keywordFacet(d, Fields.OUTLET, keyword(doc.meta().outlet()));
        }
        if (doc.meta().published() != null) {
            long day = doc.meta().published().toEpochDay();
            d.add(new LongPoint(Fields.DATE, day));
            d.add(new NumericDocValuesField(Fields.DATE, day));
        }
        Set<String> entities = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (Entity e : doc.getOrEmpty(Layer.ENTITIES)) {
            String name = keyword(e.canonical() != null ? e.canonical() : e.text());
            if (entities.add(e.type() + ":" + name)) {
                keywordFacet(d, Fields.ENTITY, name);
                keywordFacet(d, Fields.ENTITY_TYPED, e.type() + ":" + name);
            }
            if (types.add(e.type().name())) {
                keywordFacet(d, Fields.TYPE, e.type().name());
            }
        }
        Set<String> speakers = new LinkedHashSet<>();
        for (Quote q : doc.getOrEmpty(Layer.QUOTES)) {
            if (q.speaker() != null) {
                String name = q.speaker().canonical() != null ? q.speaker().canonical() : q.speaker().text();
                if (speakers.add(keyword(name))) {
                    keywordFacet(d, Fields.SPEAKER, keyword(name));
                    d.add(new TextField(Fields.SPEAKER_TEXT, name, Field.Store.NO));
                }
            }
        }
        Set<String> sources = new LinkedHashSet<>();
        for (String s : doc.getOrEmpty(Layer.SOURCES)) {
            if (sources.add(keyword(s))) {
                keywordFacet(d, Fields.SOURCE, keyword(s));
            }
        }
        d.add(new StoredField(Fields.JSON, DocumentJson.toJsonLine(doc).getBytes(StandardCharsets.UTF_8)));
        if (raw != null) {
            d.add(new StoredField(Fields.RAW, raw));
        }
        return d;
    }

    private static void keywordFacet(org.apache.lucene.document.Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.NO));
        d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
