package org.mirsad.app.corpus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mirsad.core.model.Span;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mirsad.index.search.SearchHit;
import org.mirsad.index.search.SearchResult;

/**
 * The JSON of a search result, the same for {@code mirsad search --json} and the HTTP API: query, total,
 * millis, the hits (id, score, title, outlet, published as an ISO date or null, source, the snippet with
 * its offset in the clean text, and the highlighted words inside the snippet as offsets into the clean
 * text) and the facets (value, display label when one is given, count).
 */
public final class SearchJson {

    private SearchJson() {
    }

    /**
     * Writes {@code r} into {@code o}.
     *
     * @param labels per facet, display labels by value (values without one are shown as they are), or
     *               null to write no labels
     */
    public static ObjectNode result(ObjectNode o, SearchResult r, Map<String, Map<String, String>> labels) {
        o.put("query", r.query());
        o.put("total", r.total());
        o.put("millis", Math.round(r.millis() * 100) / 100.0);
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : r.hits()) {
            write(hits.addObject(), h);
        }
        ObjectNode f = o.putObject("facets");
        for (Map.Entry<String, List<SearchResult.FacetValue>> e : new TreeMap<>(r.facets()).entrySet()) {
            ArrayNode a = f.putArray(e.getKey());
            Map<String, String> shown = labels == null ? null : labels.getOrDefault(e.getKey(), Map.of());
            for (SearchResult.FacetValue v : e.getValue()) {
                ObjectNode x = a.addObject().put("value", v.value());
                if (shown != null) {
                    x.put("label", shown.getOrDefault(v.value(), v.value()));
                }
                x.put("count", v.count());
            }
        }
        return o;
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
