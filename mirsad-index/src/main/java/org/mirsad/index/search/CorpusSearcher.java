package org.mirsad.index.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Span;
import org.mirsad.index.search.internal.DocMonths;
import org.mirsad.index.search.internal.FacetCounter;
import org.mirsad.index.search.internal.MirsadQueryParser;
import org.mirsad.index.search.internal.Snippets;
import org.mirsad.index.search.internal.StoredHitFields;
import org.mirsad.index.store.Fields;

/**
 * Search over a corpus folder: Arabic queries (see {@link MirsadQueryParser} for the syntax),
 * facets over all matches, and highlighted snippets with offsets into each article's clean text.
 * Reads the last committed state; thread-safe.
 */
public final class CorpusSearcher implements Closeable {

    /** Facet fields reported with every result. */
    public static final List<String> FACETS = List.of(Fields.OUTLET, Fields.ENTITY_TYPED, Fields.SPEAKER, Fields.SOURCE);

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private final List<org.mirsad.index.search.internal.FacetOrdinals> facetOrdinals;
    private final DocMonths docMonths;
    private final StoredHitFields hitFields;

    private CorpusSearcher(FSDirectory directory, DirectoryReader reader, long hitCacheChars) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.facetOrdinals = org.mirsad.index.search.internal.FacetOrdinals.buildAll(reader, FACETS);
        this.docMonths = DocMonths.build(reader);
        this.hitFields = new StoredHitFields(searcher, hitCacheChars);
    }

    /** Opens the corpus under {@code dataDir} for reading. */
    public static CorpusSearcher open(Path dataDir) throws IOException {
        return open(dataDir, StoredHitFields.MAX_CHARS);
    }

    /**
     * Opens the corpus under {@code dataDir} for reading, remembering the shown fields of hits up to
     * {@code hitCacheChars} characters of text (0: every hit is read from the store, as benchmarks
     * of a cold server want).
     */
    public static CorpusSearcher open(Path dataDir, long hitCacheChars) throws IOException {
        Path index = dataDir.resolve("index");
        if (!Files.isDirectory(index)) {
            throw new IOException(dataDir + " holds no corpus (run `mirsad ingest --data " + dataDir + " ...` first)");
        }
        FSDirectory dir = FSDirectory.open(index);
        try {
            return new CorpusSearcher(dir, DirectoryReader.open(dir), hitCacheChars);
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            dir.close();
            throw new IOException(dataDir + " holds no committed corpus yet", e);
        }
    }

    /** The underlying Lucene searcher (for benchmarks and tools). */
    public IndexSearcher rawSearcher() {
        return searcher;
    }

    /** Number of articles. */
    public int size() {
        return reader.numDocs();
    }

    /** Parses a query; a syntax error becomes an {@link IllegalArgumentException} with a clear message. */
    public static Query parse(String query) {
        try {
            return new MirsadQueryParser().parse(query);
        } catch (ParseException e) {
            String m = e.getMessage();
            int nl = m.indexOf('\n');
            throw new IllegalArgumentException("cannot read the query '" + query + "': " + (nl > 0 ? m.substring(0, nl) : m), e);
        }
    }

    /** The best {@code limit} matches of {@code query}, with the top {@code facetLimit} values of each facet. */
    public SearchResult search(String query, int limit, int facetLimit) throws IOException {
        long t0 = System.nanoTime();
        Query q = parse(query);
        // one pass over the matches feeds both the top hits and the facet counts
        Object[] both = searcher.search(q, new MultiCollectorManager(
                new TopScoreDocCollectorManager(Math.max(1, limit), null, Integer.MAX_VALUE), FacetCounter.manager(facetOrdinals, docMonths)));
        TopDocs top = (TopDocs) both[0];
        FacetCounter facets = (FacetCounter) both[1];
        Set<String> stems = new HashSet<>();
        Set<String> exact = new HashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    if (t.field().equals(Fields.BODY) || t.field().equals(Fields.TITLE)) {
                        stems.add(t.text());
                    } else if (t.field().equals(Fields.BODY_EXACT) || t.field().equals(Fields.TITLE_EXACT)) {
                        exact.add(t.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(hit(sd, stems, exact));
        }
        Map<String, List<SearchResult.FacetValue>> f = facets.facets(facetLimit);
        return new SearchResult(query, facets.total(), hits, f, (System.nanoTime() - t0) / 1e6);
    }

    private SearchHit hit(ScoreDoc sd, Set<String> stems, Set<String> exact) throws IOException {
        StoredHitFields.Shown f = hitFields.get(sd.doc);
        String text = f.text();
        List<Span> marks = Snippets.highlights(text, stems, exact);
        int start = Snippets.bestStart(text, marks);
        int end = Snippets.end(text, start);
        return new SearchHit(f.id(), sd.score, f.title(), f.outlet(), f.published() == null ? null : java.time.LocalDate.parse(f.published()),
                f.source(), text.substring(start, end), start, marks);
    }

    /** The stored analysis of article {@code id}, or null. */
    public Document document(String id) throws IOException {
        TopDocs top = searcher.search(new org.apache.lucene.search.TermQuery(new Term(Fields.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        BytesRef json = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.JSON)).getBinaryValue(Fields.JSON);
        return DocumentJson.fromJsonLine(new String(json.bytes, json.offset, json.length, StandardCharsets.UTF_8));
    }

    /** Calls {@code action} with the id and stored analysis of every article, in index order. */
    public void forEachDocument(java.util.function.BiConsumer<String, Document> action) throws IOException {
        org.apache.lucene.index.StoredFields stored = reader.storedFields();
        org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        for (int i = 0; i < reader.maxDoc(); i++) {
            if (live != null && !live.get(i)) {
                continue;
            }
            org.apache.lucene.document.Document d = stored.document(i, Set.of(Fields.ID, Fields.JSON));
            BytesRef json = d.getBinaryValue(Fields.JSON);
            action.accept(d.get(Fields.ID),
                    DocumentJson.fromJsonLine(new String(json.bytes, json.offset, json.length, StandardCharsets.UTF_8)));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
