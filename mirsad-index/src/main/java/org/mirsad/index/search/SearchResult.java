package org.mirsad.index.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a query.
 *
 * @param query  the query as given
 * @param total  number of matching articles
 * @param hits   the best matches, best first
 * @param facets per facet (outlet, entity, speaker, source, month), values with their counts among
 *               all matches, most frequent first
 * @param millis time taken
 */
public record SearchResult(String query, long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
        double millis) {

    /** A facet value and how many matching articles have it. */
    public record FacetValue(String value, int count) {
    }

    /** Copies the collections. */
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
