package org.mirsad.index.search.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.mirsad.index.search.SearchResult;
import org.mirsad.index.store.Fields;

/**
 * Counts facet values over every matching document on global ordinals ({@link FacetOrdinals}), and
 * a month histogram from the date doc values; only the top values are turned into strings. One
 * instance per search; not thread-safe.
 */
public final class FacetCounter extends SimpleCollector {

    /** Name of the month histogram facet. */
    public static final String MONTH = "month";

    private final List<FacetOrdinals> ordinals;
    private final int[][] counts;
    private final int[][] touched;
    private final int[] touchedSize;
    private final Map<String, Integer> months = new HashMap<>();
    private final SortedSetDocValues[] values;
    private final LongValues[] toGlobal;
    private NumericDocValues dates;
    private int total;

    /** A counter over the given facet ordinals. */
    public FacetCounter(List<FacetOrdinals> ordinals) {
        this.ordinals = List.copyOf(ordinals);
        int n = ordinals.size();
        counts = new int[n][];
        touched = new int[n][];
        touchedSize = new int[n];
        values = new SortedSetDocValues[n];
        toGlobal = new LongValues[n];
        for (int i = 0; i < n; i++) {
            counts[i] = new int[ordinals.get(i).valueCount()];
            touched[i] = new int[64];
        }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        for (int i = 0; i < ordinals.size(); i++) {
            values[i] = DocValues.getSortedSet(context.reader(), ordinals.get(i).field());
            toGlobal[i] = ordinals.get(i).globalOrds(context.ord);
        }
        dates = DocValues.getNumeric(context.reader(), Fields.DATE);
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        for (int i = 0; i < values.length; i++) {
            SortedSetDocValues v = values[i];
            if (v.advanceExact(doc)) {
                int[] c = counts[i];
                for (int k = 0; k < v.docValueCount(); k++) {
                    int g = (int) toGlobal[i].get(v.nextOrd());
                    if (c[g]++ == 0) {
                        if (touchedSize[i] == touched[i].length) {
                            touched[i] = Arrays.copyOf(touched[i], touched[i].length * 2);
                        }
                        touched[i][touchedSize[i]++] = g;
                    }
                }
            }
        }
        if (dates.advanceExact(doc)) {
            months.merge(LocalDate.ofEpochDay(dates.longValue()).toString().substring(0, 7), 1, Integer::sum);
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Matching documents counted. */
    public int total() {
        return total;
    }

    /** The top {@code limit} values of each facet (ties by value); the month histogram in date order. */
    public Map<String, List<SearchResult.FacetValue>> facets(int limit) throws IOException {
        Map<String, List<SearchResult.FacetValue>> out = new HashMap<>();
        for (int i = 0; i < ordinals.size(); i++) {
            int[] c = counts[i];
            int n = touchedSize[i];
            Integer[] order = new Integer[n];
            for (int k = 0; k < n; k++) {
                order[k] = touched[i][k];
            }
            // global ordinals follow the values' sort order, so ties by ordinal are ties by value
            Arrays.sort(order, (x, y) -> c[x] != c[y] ? Integer.compare(c[y], c[x]) : Integer.compare(x, y));
            List<SearchResult.FacetValue> list = new ArrayList<>();
            for (int k = 0; k < Math.min(limit, n); k++) {
                list.add(new SearchResult.FacetValue(ordinals.get(i).value(order[k]), c[order[k]]));
            }
            out.put(ordinals.get(i).field(), List.copyOf(list));
        }
        List<SearchResult.FacetValue> hist = new ArrayList<>();
        months.forEach((k, v) -> hist.add(new SearchResult.FacetValue(k, v)));
        hist.sort((a, b) -> a.value().compareTo(b.value()));
        out.put(MONTH, List.copyOf(hist));
        return out;
    }
}
