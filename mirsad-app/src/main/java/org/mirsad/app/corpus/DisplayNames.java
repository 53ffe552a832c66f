package org.mirsad.app.corpus;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Quote;
import org.mirsad.index.store.ArticleMapper;
import org.mirsad.index.store.Fields;

/**
 * The written form of facet values. The index keeps names normalized for matching (alef and hamza
 * forms folded, ة written ه, ى written ي), which is not how a reader expects to see them; this finds
 * the spelling an article uses for a value and remembers it. Thread-safe; bounded.
 */
final class DisplayNames {

    /** Values remembered before the cache is emptied. */
    static final int MAX = 100_000;

    private final Map<String, String> known = new ConcurrentHashMap<>();

    /** The remembered spelling of {@code value} in {@code field}, or null. */
    String get(String field, String value) {
        return known.get(field + '\u0000' + value);
    }

    /** Finds the spelling of {@code value} (a normalized keyword of {@code field}) in {@code doc}; null when absent. */
    String learn(String field, String value, Document doc) {
        String found = find(field, value, doc);
        if (found != null) {
            if (known.size() >= MAX) {
                known.clear();
            }
            known.put(field + '\u0000' + value, found);
        }
        return found;
    }

    private static String find(String field, String value, Document doc) {
        switch (field) {
            case Fields.OUTLET:
                return doc.meta().outlet() == null ? null : doc.meta().outlet().strip();
            case Fields.ENTITY_TYPED: {
                int colon = value.indexOf(':');
                String name = value.substring(colon + 1);
                for (Entity e : doc.getOrEmpty(Layer.ENTITIES)) {
                    if (ArticleMapper.keyword(e.canonical()).equals(name)) {
                        return value.substring(0, colon + 1) + e.canonical();
                    }
                }
                return null;
            }
            case Fields.SPEAKER:
                for (Quote q : doc.getOrEmpty(Layer.QUOTES)) {
                    if (q.speaker() != null) {
                        String n = q.speaker().canonical() != null ? q.speaker().canonical() : q.speaker().text();
                        if (ArticleMapper.keyword(n).equals(value)) {
                            return n;
                        }
                    }
                }
                return null;
            case Fields.SOURCE:
                for (String s : doc.getOrEmpty(Layer.SOURCES)) {
                    if (ArticleMapper.keyword(s).equals(value)) {
                        return s;
                    }
                }
                return null;
            default:
                return null;
        }
    }
}
