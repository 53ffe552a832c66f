package org.mirsad.index.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Global ordinals of one keyword facet field across all segments of a reader, built once when the
 * corpus is opened (thread-safe after that): counting then works on dense global numbers, and only the few values shown are
 * turned back into strings.
 *
 * <p>When the field has at most {@link #IN_MEMORY_LIMIT} values over all documents, the global
 * ordinals of every document are also kept in memory (four bytes a value), so counting a match
 * reads two plain arrays instead of decoding doc values; a larger field is counted from its doc
 * values. The values shown are remembered once turned into strings.
 */
public final class FacetOrdinals {

    private final String field;
    private final OrdinalMap map;
    private final List<LeafReaderContext> leaves;
    private final long valueCount;
    private final int[] docStarts;
    private final int[] docOrds;
    private final AtomicReferenceArray<String> strings;

    /** Most values of one field, over all documents, kept in memory per document. */
    public static final long IN_MEMORY_LIMIT = 50_000_000L;

    private FacetOrdinals(String field, OrdinalMap map, List<LeafReaderContext> leaves, int[][] perDoc) {
        this.field = field;
        this.map = map;
        this.leaves = leaves;
        this.valueCount = map.getValueCount();
        this.docStarts = perDoc == null ? null : perDoc[0];
        this.docOrds = perDoc == null ? null : perDoc[1];
        this.strings = new AtomicReferenceArray<>(valueCount());
    }

    /** Builds the global ordinals of {@code field} over {@code reader}. */
    public static FacetOrdinals build(DirectoryReader reader, String field) throws IOException {
        return build(reader, field, IN_MEMORY_LIMIT);
    }

    /** Builds the global ordinals of {@code field}, kept per document when it has at most {@code inMemoryLimit} values. */
    static FacetOrdinals build(DirectoryReader reader, String field, long inMemoryLimit) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
        }
        OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
        return new FacetOrdinals(field, map, leaves, perDocument(reader, field, map, inMemoryLimit));
    }

    /** {@code {starts, ords}}: the global ordinals of document d are {@code ords[starts[d] .. starts[d+1])}; null over the limit. */
    private static int[][] perDocument(DirectoryReader reader, String field, OrdinalMap map, long limit) throws IOException {
        long total = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues v = DocValues.getSortedSet(leaf.reader(), field);
            for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
                total += v.docValueCount();
            }
        }
        if (total > limit || reader.maxDoc() == Integer.MAX_VALUE) {
            return null;
        }
        int[] starts = new int[reader.maxDoc() + 1];
        int[] ords = new int[(int) total];
        int o = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues v = DocValues.getSortedSet(leaf.reader(), field);
            LongValues toGlobal = map.getGlobalOrds(leaf.ord);
            int next = 0;
            for (int d = v.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = v.nextDoc()) {
                for (; next <= d; next++) {
                    starts[leaf.docBase + next] = o;
                }
                for (int k = v.docValueCount(); k > 0; k--) {
                    ords[o++] = (int) toGlobal.get(v.nextOrd());
                }
            }
            for (; next < leaf.reader().maxDoc(); next++) {
                starts[leaf.docBase + next] = o;
            }
        }
        starts[reader.maxDoc()] = o;
        return new int[][] {starts, ords};
    }

    /** Whether the global ordinals of every document are in memory ({@link #docStarts}, {@link #docOrds}). */
    boolean inMemory() {
        return docStarts != null;
    }

    /** Where the ordinals of each document (by its index-wide number) begin in {@link #docOrds}; one more entry at the end. */
    int[] docStarts() {
        return docStarts;
    }

    /** The global ordinals of all documents, in document order. */
    int[] docOrds() {
        return docOrds;
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
        String known = strings.get((int) globalOrd);
        if (known != null) {
            return known;
        }
        String v = lookup(globalOrd);
        strings.set((int) globalOrd, v);
        return v;
    }

    private String lookup(long globalOrd) throws IOException {
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
