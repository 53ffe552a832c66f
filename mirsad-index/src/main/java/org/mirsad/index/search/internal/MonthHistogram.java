package org.mirsad.index.search.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mirsad.index.search.SearchResult;

/**
 * Counts of days by calendar month, kept as numbers (months since year 0) in a growable array, so
 * counting a matching article makes no string and no map entry; the months become {@code YYYY-MM}
 * labels only at the end. Not thread-safe.
 */
final class MonthHistogram {

    private int[] counts = new int[0];
    private int base;

    /** Counts one article published on epoch day {@code day}. */
    void add(long day) {
        addMonth(DocMonths.month(day), 1);
    }

    /** Counts {@code count} articles of {@code month} (months since year 0). */
    void addMonth(int month, int count) {
        if (counts.length == 0) {
            base = month;
            counts = new int[16];
        } else if (month < base) {
            int shift = Math.max(base - month, 16);
            int[] grown = new int[counts.length + shift];
            System.arraycopy(counts, 0, grown, shift, counts.length);
            counts = grown;
            base -= shift;
        } else if (month - base >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(counts.length * 2, month - base + 16));
        }
        counts[month - base] += count;
    }

    /** Adds the counts of {@code other}. */
    void addAll(MonthHistogram other) {
        for (int i = 0; i < other.counts.length; i++) {
            int c = other.counts[i];
            if (c > 0) {
                addMonth(other.base + i, c);
            }
        }
    }

    /** The months with at least one article, in date order, labelled {@code YYYY-MM}. */
    List<SearchResult.FacetValue> values() {
        List<SearchResult.FacetValue> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                int month = base + i;
                out.add(new SearchResult.FacetValue(YearMonth.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1).toString(), counts[i]));
            }
        }
        return List.copyOf(out);
    }
}
