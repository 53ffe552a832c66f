package org.mirsad.index.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.mirsad.index.search.SearchResult;
import org.mirsad.index.store.Fields;

/**
 * Counts facet values over every matching document on global ordinals ({@link FacetOrdinals}), and
 * a month histogram from the date doc values ({@link MonthHistogram}); only the top values are
 * turned into strings. One instance per search (per slice, when a search runs in parallel: see
 * {@link #manager}); not thread-safe.
 */
public final class FacetCounter extends SimpleCollector {

    /** Name of the month histogram facet. */
    public static final String MONTH = "month";

    private final List<FacetOrdinals> ordinals;
    private final int[][] counts;
    private final int[][] touched;
    private final int[] touchedSize;
    private final MonthHistogram months = new MonthHistogram();
    private final SortedSetDocValues[] values;
    private final LongValues[] toGlobal;
    private final DocMonths docMonths;
    private NumericDocValues dates;
    private int docBase;
    private int total;

    /** A counter over the given facet ordinals, months read from the date doc values. */
    public FacetCounter(List<FacetOrdinals> ordinals) {
        this(ordinals, null);
    }

    /** A counter over the given facet ordinals, months read from {@code docMonths} (from the doc values when null). */
    public FacetCounter(List<FacetOrdinals> ordinals, DocMonths docMonths) {
        this.ordinals = List.copyOf(ordinals);
        this.docMonths = docMonths;
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
        docBase = context.docBase;
        for (int i = 0; i < ordinals.size(); i++) {
            FacetOrdinals o = ordinals.get(i);
            values[i] = o.inMemory() ? null : DocValues.getSortedSet(context.reader(), o.field());
            toGlobal[i] = o.inMemory() ? null : o.globalOrds(context.ord);
        }
        dates = docMonths != null ? null : DocValues.getNumeric(context.reader(), Fields.DATE);
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        int globalDoc = docBase + doc;
        for (int i = 0; i < values.length; i++) {
            SortedSetDocValues v = values[i];
            if (v == null) {
                int[] starts = ordinals.get(i).docStarts();
                int[] ords = ordinals.get(i).docOrds();
                int[] c = counts[i];
                for (int k = starts[globalDoc], end = starts[globalDoc + 1]; k < end; k++) {
                    if (c[ords[k]]++ == 0) {
                        touch(i, ords[k]);
                    }
                }
            } else if (v.advanceExact(doc)) {
                int[] c = counts[i];
                for (int k = 0; k < v.docValueCount(); k++) {
                    int g = (int) toGlobal[i].get(v.nextOrd());
                    if (c[g]++ == 0) {
                        touch(i, g);
                    }
                }
            }
        }
        if (docMonths != null) {
            int m = docMonths.of(globalDoc);
            if (m != DocMonths.NONE) {
                months.addMonth(m, 1);
            }
        } else if (dates.advanceExact(doc)) {
            months.add(dates.longValue());
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

    /**
     * The {@code limit} best of the first {@code n} ordinals in {@code ords}, best first: higher count,
     * then lower ordinal (global ordinals follow the values' sort order, so ties go by value). A
     * bounded heap, so a facet with thousands of matching values is not sorted whole.
     */
    static int[] top(int[] counts, int[] ords, int n, int limit) {
        int k = Math.min(limit, n);
        if (k <= 0) {
            return new int[0];
        }
        int[] heap = new int[k]; // worst of the kept ordinals at the root
        int size = 0;
        for (int j = 0; j < n; j++) {
            int g = ords[j];
            if (size < k) {
                heap[size] = g;
                int x = size++;
                while (x > 0 && better(counts, heap[(x - 1) / 2], heap[x])) {
                    swap(heap, x, (x - 1) / 2);
                    x = (x - 1) / 2;
                }
            } else if (better(counts, g, heap[0])) {
                heap[0] = g;
                int x = 0;
                while (true) {
                    int l = 2 * x + 1;
                    int r = l + 1;
                    int w = x;
                    if (l < k && better(counts, heap[w], heap[l])) {
                        w = l;
                    }
                    if (r < k && better(counts, heap[w], heap[r])) {
                        w = r;
                    }
                    if (w == x) {
                        break;
                    }
                    swap(heap, x, w);
                    x = w;
                }
            }
        }
        Integer[] sorted = new Integer[k];
        for (int j = 0; j < k; j++) {
            sorted[j] = heap[j];
        }
        Arrays.sort(sorted, (x, y) -> better(counts, x, y) ? -1 : better(counts, y, x) ? 1 : 0);
        int[] out = new int[k];
        for (int j = 0; j < k; j++) {
            out[j] = sorted[j];
        }
        return out;
    }

    private static boolean better(int[] counts, int x, int y) {
        return counts[x] != counts[y] ? counts[x] > counts[y] : x < y;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** The top {@code limit} values of each facet (ties by value); the month histogram in date order. */
    public Map<String, List<SearchResult.FacetValue>> facets(int limit) throws IOException {
        Map<String, List<SearchResult.FacetValue>> out = new HashMap<>();
        for (int i = 0; i < ordinals.size(); i++) {
            int[] c = counts[i];
            int n = touchedSize[i];
            int[] top = top(c, touched[i], n, limit);
            List<SearchResult.FacetValue> list = new ArrayList<>();
            for (int g : top) {
                list.add(new SearchResult.FacetValue(ordinals.get(i).value(g), c[g]));
            }
            out.put(ordinals.get(i).field(), List.copyOf(list));
        }
        out.put(MONTH, months.values());
        return out;
    }

    /** Adds the counts of {@code other} (a counter over the same ordinals) to this one. */
    void addAll(FacetCounter other) {
        total += other.total;
        for (int i = 0; i < counts.length; i++) {
            int[] c = counts[i];
            for (int j = 0; j < other.touchedSize[i]; j++) {
                int g = other.touched[i][j];
                if (c[g] == 0) {
                    touch(i, g);
                }
                c[g] += other.counts[i][g];
            }
        }
        months.addAll(other.months);
    }

    private void touch(int facet, int g) {
        if (touchedSize[facet] == touched[facet].length) {
            touched[facet] = Arrays.copyOf(touched[facet], touched[facet].length * 2);
        }
        touched[facet][touchedSize[facet]++] = g;
    }

    /**
     * Counters for a search that collects into several at once (one per slice of the index); the
     * result is their sum. {@code docMonths} may be null (months then come from the doc values).
     */
    public static CollectorManager<FacetCounter, FacetCounter> manager(List<FacetOrdinals> ordinals, DocMonths docMonths) {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter(ordinals, docMonths);
            }

            @Override
            public FacetCounter reduce(Collection<FacetCounter> collectors) {
                if (collectors.size() == 1) {
                    return collectors.iterator().next();
                }
                FacetCounter sum = new FacetCounter(ordinals, docMonths);
                for (FacetCounter c : collectors) {
                    sum.addAll(c);
                }
                return sum;
            }
        };
    }
}
