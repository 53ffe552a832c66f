package org.mirsad.index.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.mirsad.index.search.SearchResult;
import org.mirsad.index.store.Fields;

/** Facet counts and the month histogram over an index of several segments. */
class FacetCounterTest {

    private static final String[] OUTLETS = {"صحيفه الساحل", "موقع الضفه", "اذاعه الوادي"};

    /** 90 articles in 3 segments: outlet {@code i % 3}, one per 11 days from 2023-11-20, tag "even" on even i. */
    private static DirectoryReader reader(ByteBuffersDirectory dir) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            for (int i = 0; i < 90; i++) {
                Document d = new Document();
                d.add(new SortedSetDocValuesField(Fields.OUTLET, new BytesRef(OUTLETS[i % 3])));
                d.add(new NumericDocValuesField(Fields.DATE, LocalDate.of(2023, 11, 20).plusDays(11L * i).toEpochDay()));
                d.add(new StringField("tag", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                if (i % 4 != 0) { // several values, or none
                    d.add(new SortedSetDocValuesField(Fields.ENTITY_TYPED, new BytesRef("PERSON:اسم" + i % 5)));
                    d.add(new SortedSetDocValuesField(Fields.ENTITY_TYPED, new BytesRef("PLACE:مكان" + i % 7)));
                }
                w.addDocument(d);
                if (i % 30 == 29) {
                    w.commit();
                }
            }
        }
        return DirectoryReader.open(dir);
    }

    private static Map<String, Integer> counts(List<SearchResult.FacetValue> values) {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        values.forEach(v -> m.put(v.value(), v.count()));
        return m;
    }

    @Test
    void countsAndMonthsOverEveryMatch() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader r = reader(dir)) {
            assertEquals(3, r.leaves().size());
            List<FacetOrdinals> ords = FacetOrdinals.buildAll(r, List.of(Fields.OUTLET));
            FacetCounter c = new IndexSearcher(r).search(new TermQuery(new Term("tag", "even")), FacetCounter.manager(ords, null));
            assertEquals(45, c.total());
            Map<String, List<SearchResult.FacetValue>> f = c.facets(10);
            assertEquals(Map.of(OUTLETS[0], 15, OUTLETS[1], 15, OUTLETS[2], 15), counts(f.get(Fields.OUTLET)));
            Map<String, Integer> months = counts(f.get(FacetCounter.MONTH));
            assertEquals(45, months.values().stream().mapToInt(Integer::intValue).sum());
            List<String> keys = List.copyOf(months.keySet());
            assertEquals("2023-11", keys.get(0));
            assertEquals(keys.stream().sorted().toList(), keys, "months in date order");
            int expectedDec = 0;
            for (int i = 0; i < 90; i += 2) {
                LocalDate d = LocalDate.of(2023, 11, 20).plusDays(11L * i);
                expectedDec += d.getYear() == 2023 && d.getMonthValue() == 12 ? 1 : 0;
            }
            assertEquals(expectedDec, months.get("2023-12"));
        }
    }

    @Test
    void countersOfSeparateSegmentsAddUpToOneCounter() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader r = reader(dir)) {
            List<FacetOrdinals> ords = FacetOrdinals.buildAll(r, List.of(Fields.OUTLET));
            IndexSearcher s = new IndexSearcher(r);
            FacetCounter whole = s.search(new MatchAllDocsQuery(), FacetCounter.manager(ords, null));
            var manager = FacetCounter.manager(ords, DocMonths.build(r));
            Weight weight = s.createWeight(s.rewrite(new MatchAllDocsQuery()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            List<FacetCounter> parts = new java.util.ArrayList<>();
            for (LeafReaderContext leaf : r.leaves()) {
                FacetCounter part = manager.newCollector();
                LeafCollector lc = part.getLeafCollector(leaf);
                weight.bulkScorer(leaf).score(lc, leaf.reader().getLiveDocs());
                parts.add(part);
            }
            FacetCounter sum = manager.reduce(parts);
            assertEquals(90, sum.total());
            assertEquals(whole.facets(10), sum.facets(10));
            assertTrue(sum.facets(10).get(FacetCounter.MONTH).size() > 20);
        }
    }

    @Test
    void inMemoryOrdinalsAndMonthsCountLikeTheDocValues() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader r = reader(dir)) {
            List<FacetOrdinals> memory = List.of(FacetOrdinals.build(r, Fields.OUTLET), FacetOrdinals.build(r, Fields.ENTITY_TYPED));
            List<FacetOrdinals> docValues = List.of(FacetOrdinals.build(r, Fields.OUTLET, 0), FacetOrdinals.build(r, Fields.ENTITY_TYPED, 0));
            assertTrue(memory.get(0).inMemory() && memory.get(1).inMemory());
            assertTrue(!docValues.get(0).inMemory());
            IndexSearcher s = new IndexSearcher(r);
            for (var q : List.of(new TermQuery(new Term("tag", "even")), new TermQuery(new Term("tag", "odd")), new MatchAllDocsQuery())) {
                FacetCounter fast = s.search(q, FacetCounter.manager(memory, DocMonths.build(r)));
                FacetCounter slow = s.search(q, FacetCounter.manager(docValues, null));
                assertEquals(slow.total(), fast.total());
                assertEquals(slow.facets(2), fast.facets(2), q.toString());
                assertEquals(slow.facets(10), fast.facets(10), q.toString());
                assertEquals(12, fast.facets(20).get(Fields.ENTITY_TYPED).size());
            }
        }
    }
}
