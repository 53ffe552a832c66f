package org.mirsad.index.search.internal;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.mirsad.index.store.Fields;

/**
 * The publication month of every document of a reader (months since year 0, by index-wide document
 * number), read once from the date doc values when the corpus is opened so the month histogram of a
 * search reads one array. Four bytes a document; thread-safe after it is built.
 */
public final class DocMonths {

    /** Month of a document without a date. */
    static final int NONE = Integer.MIN_VALUE;

    private final int[] months;

    private DocMonths(int[] months) {
        this.months = months;
    }

    /** Reads the months of every document of {@code reader}. */
    public static DocMonths build(DirectoryReader reader) throws IOException {
        int[] months = new int[reader.maxDoc()];
        java.util.Arrays.fill(months, NONE);
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues dates = DocValues.getNumeric(leaf.reader(), Fields.DATE);
            for (int d = dates.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dates.nextDoc()) {
                months[leaf.docBase + d] = month(dates.longValue());
            }
        }
        return new DocMonths(months);
    }

    /** Months since year 0 of epoch day {@code day}. */
    static int month(long day) {
        LocalDate d = LocalDate.ofEpochDay(day);
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }

    /** The month of document {@code doc} (index-wide number), or {@link #NONE}. */
    int of(int doc) {
        return months[doc];
    }
}
