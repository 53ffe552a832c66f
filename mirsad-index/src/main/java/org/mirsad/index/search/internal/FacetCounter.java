package org.mirsad.index.search.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.mirsad.index.search.SearchResult;
import org.mirsad.index.store.Fields;

/**
 * Counts facet values (keyword doc values) and a month histogram (date doc values) over every
 * matching document. One instance per search; not thread-safe.
 */
public final class FacetCounter extends SimpleCollector {

    /** Name of the month histogram facet. */
    public static final String MONTH = "month";

    private final List<String> fields;
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private SortedSetDocValues[] values;
    private int[][] leafCounts;
    private NumericDocValues dates;
    private int total;

    /** A counter of {@code fields}. */
    public FacetCounter(List<String> fields) {
        this.fields = List.copyOf(fields);
        for (String f : fields) {
            counts.put(f, new HashMap<>());
        }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flushLeaf();
        values = new SortedSetDocValues[fields.size()];
        leafCounts = new int[fields.size()][];
        for (int i = 0; i < fields.size(); i++) {
            values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
            leafCounts[i] = new int[(int) Math.min(Integer.MAX_VALUE - 8, values[i].getValueCount())];
        }
        dates = DocValues.getNumeric(context.reader(), Fields.DATE);
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        for (int i = 0; i < values.length; i++) {
            SortedSetDocValues v = values[i];
            if (v.advanceExact(doc)) {
                for (int k = 0; k < v.docValueCount(); k++) {
                    leafCounts[i][(int) v.nextOrd()]++;
                }
            }
        }
        if (dates.advanceExact(doc)) {
            LocalDate d = LocalDate.ofEpochDay(dates.longValue());
            months.merge(d.toString().substring(0, 7), 1, Integer::sum);
        }
    }

    private void flushLeaf() throws IOException {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            Map<String, Integer> m = counts.get(fields.get(i));
            for (int ord = 0; ord < leafCounts[i].length; ord++) {
                if (leafCounts[i][ord] > 0) {
                    m.merge(values[i].lookupOrd(ord).utf8ToString(), leafCounts[i][ord], Integer::sum);
                }
            }
        }
        values = null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Matching documents counted. */
    public int total() {
        return total;
    }

    /** The top {@code limit} values of each facet; the month histogram in date order. */
    public Map<String, List<SearchResult.FacetValue>> facets(int limit) throws IOException {
        flushLeaf();
        Map<String, List<SearchResult.FacetValue>> out = new HashMap<>();
        for (String f : fields) {
            List<SearchResult.FacetValue> list = new ArrayList<>();
            counts.get(f).forEach((k, v) -> list.add(new SearchResult.FacetValue(k, v)));
            list.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
            out.put(f, List.copyOf(list.subList(0, Math.min(limit, list.size()))));
        }
        List<SearchResult.FacetValue> hist = new ArrayList<>();
        months.forEach((k, v) -> hist.add(new SearchResult.FacetValue(k, v)));
        hist.sort((a, b) -> a.value().compareTo(b.value()));
        out.put(MONTH, List.copyOf(hist));
        return out;
    }
}
