package org.mirsad.index.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.index.search.SearchResult;

/** Months counted as numbers come out as YYYY-MM labels in date order, whatever order the days came in. */
class MonthHistogramTest {

    private static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void daysInAnyOrderGiveSortedMonths() {
        MonthHistogram h = new MonthHistogram();
        for (String d : List.of("2024-03-31", "2024-03-01", "1999-12-31", "2024-04-01", "2031-07-15", "1999-12-01", "2024-03-15")) {
            h.add(day(d));
        }
        assertEquals(List.of(new SearchResult.FacetValue("1999-12", 2), new SearchResult.FacetValue("2024-03", 3),
                new SearchResult.FacetValue("2024-04", 1), new SearchResult.FacetValue("2031-07", 1)), h.values());
    }

    @Test
    void histogramsAdd() {
        MonthHistogram a = new MonthHistogram();
        MonthHistogram b = new MonthHistogram();
        a.add(day("2024-01-05"));
        b.add(day("2023-06-05"));
        b.add(day("2024-01-20"));
        a.addAll(b);
        assertEquals(List.of(new SearchResult.FacetValue("2023-06", 1), new SearchResult.FacetValue("2024-01", 2)), a.values());
        assertEquals(List.of(), new MonthHistogram().values());
    }
}
