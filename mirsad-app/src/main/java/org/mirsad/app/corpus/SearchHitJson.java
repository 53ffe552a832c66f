package org.mirsad.app.corpus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mirsad.core.model.Span;
import org.mirsad.index.search.SearchHit;

/**
 * The JSON of one search hit, the same for {@code mirsad search --json} and the HTTP API: id, score, title,
 * outlet, published (ISO date or null), source, the snippet with its offset in the clean text, and the
 * highlighted words that fall inside the snippet, as offsets into the clean text.
 */
public final class SearchHitJson {

    private SearchHitJson() {
    }

    /** Writes {@code h} into {@code x}. */
    public static ObjectNode write(ObjectNode x, SearchHit h) {
        x.put("id", h.id());
        x.put("score", h.score());
        x.put("title", h.title());
        x.put("outlet", h.outlet());
        x.put("published", h.published() == null ? null : h.published().toString());
        x.put("source", h.source());
        x.put("snippet", h.snippet());
        x.put("snippet_start", h.snippetAt());
        ArrayNode hl = x.putArray("highlights");
        for (Span s : h.highlights()) {
            if (s.start() >= h.snippetAt() && s.end() <= h.snippetAt() + h.snippet().length()) {
                hl.addObject().put("start", s.start()).put("end", s.end());
            }
        }
        return x;
    }
}
