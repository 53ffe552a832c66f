package org.mirsad.index.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Global ordinals of one keyword facet field across all segments of a reader, built once when the
 * corpus is opened (thread-safe after that): counting then works on dense global numbers, and only the few values shown are
 * turned back into strings.
 */
public final class FacetOrdinals {

    private final String field;
    private final OrdinalMap map;
    private final List<LeafReaderContext> leaves;
    private final long valueCount;

    private FacetOrdinals(String field, OrdinalMap map, List<LeafReaderContext> leaves, long valueCount) {
        this.field = field;
        this.map = map;
        this.leaves = leaves;
        this.valueCount = valueCount;
    }

    /** Builds the global ordinals of {@code field} over {@code reader}. */
    public static FacetOrdinals build(DirectoryReader reader, String field) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
        }
        OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
        return new FacetOrdinals(field, map, leaves, map.getValueCount());
    }

    /** The field. */
    public String field() {
        return field;
    }

    /** Number of distinct values in the corpus. */
    public int valueCount() {
        return (int) Math.min(Integer.MAX_VALUE - 8, valueCount);
    }

    /** Segment-to-global ordinal mapping of leaf {@code leaf}. */
    public LongValues globalOrds(int leaf) {
        return map.getGlobalOrds(leaf);
    }

    /** The value of a global ordinal. */
    public String value(long globalOrd) throws IOException {
        int segment = map.getFirstSegmentNumber(globalOrd);
        long segOrd = map.getFirstSegmentOrd(globalOrd);
        BytesRef b = freshValues(segment).lookupOrd(segOrd);
        return b.utf8ToString();
    }

    /** Doc values are stateful iterators: each lookup takes its own, so searches may run in parallel. */
    private SortedSetDocValues freshValues(int segment) throws IOException {
        return DocValues.getSortedSet(leaves.get(segment).reader(), field);
    }

    /** The facet ordinals of every field over a reader. */
    public static List<FacetOrdinals> buildAll(DirectoryReader reader, List<String> fields) throws IOException {
        List<FacetOrdinals> out = new ArrayList<>(fields.size());
        for (String f : fields) {
            out.add(build(reader, f));
        }
        return out;
    }
}
