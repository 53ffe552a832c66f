package org.mirsad.app.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.mirsad.app.Engine;
import org.mirsad.app.ingest.Ingest;
import org.mirsad.app.ingest.IngestReport;
import org.mirsad.app.ingest.ItemAnalyzer;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.core.model.Document;
import org.mirsad.index.search.CorpusSearcher;
import org.mirsad.index.search.SearchResult;
import org.mirsad.index.store.CorpusStore;
import org.mirsad.index.store.Fields;
import org.mirsad.ingest.read.ReaderOptions;

/**
 * The corpus as a long-running process (the HTTP server) reads and grows it: search, articles with
 * their raw input, the corpus-wide views (duplicates, stories, statements, entities, computed once
 * per committed state), and ingest of uploads and URLs.
 *
 * <p>Thread-safe. Reads see the last commit; a commit made by this process, or by a {@code mirsad
 * ingest} run beside it, is picked up within {@link #REFRESH_MILLIS}. Writes are serialized and
 * hold the corpus's write lock only while they run. The last {@value Generation#SEARCHES_KEPT} search
 * answers of a state are kept (paging, facet clicks and the back button repeat queries).
 */
public final class LiveCorpus implements Closeable {

    /** How often, at most, the corpus folder is checked for a newer commit. */
    public static final long REFRESH_MILLIS = 1000;

    /** A page of search results with the written form of each facet value. */
    public record SearchPage(SearchResult result, int offset, Map<String, Map<String, String>> labels) {
    }

    /** A stored article: its analysis and whether its raw input is kept. */
    public record StoredArticle(String id, Document doc, boolean hasRaw) {
    }

    /** What an ingest request did: the report and the ids of the articles it stored. */
    public record IngestResult(IngestReport report, List<ArticleRef> stored) {
    }

    private final Path data;
    private final Engine engine;
    private final AtomicReference<Generation> current = new AtomicReference<>();
    private final DisplayNames names = new DisplayNames();
    private final Object writeLock = new Object();
    private final LiveViews views = new LiveViews(this);
    private volatile long checkedAt;
    private volatile boolean warm;

    private LiveCorpus(Path data, Engine engine) {
        this.data = data;
        this.engine = engine;
    }

    /** Opens the corpus under {@code data}, creating an empty one when the folder holds none. */
    public static LiveCorpus open(Path data, Engine engine) throws IOException {
        if (lastCommit(data) < 0) {
            CorpusStore.open(data).close();
        }
        LiveCorpus c = new LiveCorpus(data, engine);
        c.refresh(true);
        return c;
    }

    /**
     * Whether each new committed state has its corpus-wide views (stories, duplicates) computed in
     * the background right away, so the first reader of an article page does not wait for them.
     * Off by default (benchmarks want a quiet machine); the server turns it on.
     */
    public void warmViews(boolean on) {
        warm = on;
        if (on) {
            warm(current.get());
        }
    }

    private void warm(Generation g) {
        if (g == null || !g.tryAcquire()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                views.compute(g);
            } catch (IOException | RuntimeException e) {
                // computed again, with its error reported, when a request needs it
            } finally {
                g.release();
            }
        }, "mirsad-warm-views");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The corpus folder. */
    public Path dir() {
        return data;
    }

    /** The analysis engine (for analyses that are not stored). */
    public Engine engine() {
        return engine;
    }

    private static long lastCommit(Path data) throws IOException {
        Path index = data.resolve("index");
        if (!Files.isDirectory(index)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(index)) {
            return SegmentInfos.getLastCommitGeneration(files.map(p -> p.getFileName().toString()).toArray(String[]::new));
        }
    }

    private synchronized void refresh(boolean force) throws IOException {
        checkedAt = System.currentTimeMillis();
        long commit = lastCommit(data);
        Generation old = current.get();
        if (!force && old != null && old.commit == commit) {
            return;
        }
        Generation fresh = new Generation(CorpusSearcher.open(data), commit);
        current.set(fresh);
        if (old != null) {
            old.release();
        }
        if (warm) {
            warm(fresh);
        }
    }

    /** A computation on one generation. */
    interface Read<T> {
        T apply(Generation g) throws IOException;
    }

    /** Runs {@code f} on the current generation (the newest commit, checked at most every {@link #REFRESH_MILLIS}). */
    <T> T read(Read<T> f) throws IOException {
        if (System.currentTimeMillis() - checkedAt > REFRESH_MILLIS) {
            refresh(false);
        }
        while (true) {
            Generation g = current.get();
            if (g.tryAcquire()) {
                try {
                    return f.apply(g);
                } finally {
                    g.release();
                }
            }
        }
    }

    /** Number of articles. */
    public int size() throws IOException {
        return read(g -> g.searcher.size());
    }

    /**
     * Results {@code offset .. offset+limit} of {@code query}, with the top {@code facetLimit} values
     * of each facet.
     *
     * @throws IllegalArgumentException for a query that cannot be read
     */
    public SearchPage search(String query, int offset, int limit, int facetLimit) throws IOException {
        long t0 = System.nanoTime();
        return read(g -> {
            String key = query + '\u0000' + (offset + limit) + '\u0000' + facetLimit;
            SearchResult all = g.cachedSearch(key);
            if (all == null) {
                all = g.searcher.search(query, offset + limit, facetLimit);
                g.cacheSearch(key, all);
            }
            List<org.mirsad.index.search.SearchHit> hits = all.hits().subList(Math.min(offset, all.hits().size()), all.hits().size());
            SearchResult page = new SearchResult(all.query(), all.total(), hits, all.facets(), (System.nanoTime() - t0) / 1e6);
            Map<String, Map<String, String>> labels = new LinkedHashMap<>();
            for (Map.Entry<String, List<SearchResult.FacetValue>> f : all.facets().entrySet()) {
                Map<String, String> m = new LinkedHashMap<>();
                for (SearchResult.FacetValue v : f.getValue()) {
                    String label = label(g, f.getKey(), v.value());
                    if (label != null) {
                        m.put(v.value(), label);
                    }
                }
                labels.put(f.getKey(), m);
            }
            return new SearchPage(page, offset, labels);
        });
    }

    private String label(Generation g, String field, String value) throws IOException {
        if (!CorpusSearcher.FACETS.contains(field)) {
            return null;
        }
        String known = names.get(field, value);
        if (known != null) {
            return known;
        }
        IndexSearcher s = g.searcher.rawSearcher();
        TopDocs top = s.search(new TermQuery(new Term(field, value)), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        return names.learn(field, value, stored(s, top.scoreDocs[0].doc));
    }

    private static Document stored(IndexSearcher s, int doc) throws IOException {
        BytesRef json = s.storedFields().document(doc, Set.of(Fields.JSON)).getBinaryValue(Fields.JSON);
        return DocumentJson.fromJsonLine(new String(json.bytes, json.offset, json.length, StandardCharsets.UTF_8));
    }

    /** The {@code n} most recent articles. */
    public List<ArticleRef> latest(int n) throws IOException {
        return read(g -> {
            IndexSearcher s = g.searcher.rawSearcher();
            SortField byDate = new SortField(Fields.DATE, SortField.Type.LONG, true);
            byDate.setMissingValue(Long.MIN_VALUE);
            TopDocs top = s.search(new MatchAllDocsQuery(), Math.max(1, n), new Sort(byDate));
            return refs(s, top);
        });
    }

    static List<ArticleRef> refs(IndexSearcher s, TopDocs top) throws IOException {
        List<ArticleRef> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            org.apache.lucene.document.Document d = s.storedFields().document(sd.doc, Set.of(Fields.ID, Fields.JSON));
            BytesRef json = d.getBinaryValue(Fields.JSON);
            Document doc = DocumentJson.fromJsonLine(new String(json.bytes, json.offset, json.length, StandardCharsets.UTF_8));
            out.add(new ArticleRef(d.get(Fields.ID), doc.meta().title(), doc.meta().outlet(), doc.meta().published()));
        }
        return out;
    }

    /** The stored article {@code id}. */
    public Optional<StoredArticle> article(String id) throws IOException {
        return read(g -> {
            IndexSearcher s = g.searcher.rawSearcher();
            TopDocs top = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            org.apache.lucene.document.Document d = s.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.JSON, Fields.RAW));
            BytesRef json = d.getBinaryValue(Fields.JSON);
            Document doc = DocumentJson.fromJsonLine(new String(json.bytes, json.offset, json.length, StandardCharsets.UTF_8));
            return Optional.of(new StoredArticle(id, doc, d.getBinaryValue(Fields.RAW) != null));
        });
    }

    /** The raw input bytes of article {@code id}, when kept. */
    public Optional<byte[]> raw(String id) throws IOException {
        return read(g -> {
            IndexSearcher s = g.searcher.rawSearcher();
            TopDocs top = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            BytesRef raw = s.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.RAW)).getBinaryValue(Fields.RAW);
            return raw == null ? Optional.empty()
                    : Optional.of(java.util.Arrays.copyOfRange(raw.bytes, raw.offset, raw.offset + raw.length));
        });
    }

    /** The corpus-wide views: duplicates, stories, statements, entities. */
    public LiveViews views() {
        return views;
    }

    /**
     * Ingests {@code inputs} (files, folders, archives or URLs), naming each by {@code origins}, and
     * makes the stored articles visible to readers before returning.
     *
     * @param fetch fetch URLs (given, and linked from feeds)
     * @throws IOException when the corpus is in use by another process or cannot be written
     */
    public IngestResult ingest(List<String> inputs, UnaryOperator<String> origins, boolean fetch)
            throws IOException, InterruptedException {
        synchronized (writeLock) {
            List<String> contentIds = new ArrayList<>();
            IngestReport report;
            Ingest ingest = new Ingest(new ItemAnalyzer(engine), new Ingest.Settings(ReaderOptions.DEFAULT.withFetch(fetch),
                    Math.max(1, Runtime.getRuntime().availableProcessors()), null, true));
            try (CorpusStore store = CorpusStore.open(data)) {
                report = ingest.run(inputs, origins, store, r -> { }, d -> contentIds.add(d.meta().id()));
            }
            refresh(true);
            List<ArticleRef> stored = read(g -> {
                IndexSearcher s = g.searcher.rawSearcher();
                List<ArticleRef> out = new ArrayList<>();
                for (String c : contentIds) {
                    out.addAll(refs(s, s.search(new TermQuery(new Term(Fields.CONTENT, c)), 1)));
                }
                return out;
            });
            return new IngestResult(report, stored);
        }
    }

    /**
     * Stores documents analyzed elsewhere (the demo analyzes its samples with their folder's
     * boilerplate profile), keyed by their source, with the raw input {@code raw} gives (or null).
     *
     * @return the number of articles added or updated
     */
    public int store(List<Document> docs, java.util.function.Function<Document, byte[]> raw) throws IOException {
        int changed = 0;
        synchronized (writeLock) {
            try (CorpusStore store = CorpusStore.open(data)) {
                for (Document d : docs) {
                    String source = d.meta().source() == null ? d.meta().id() : d.meta().source();
                    if (store.upsert(source, source, d, raw.apply(d)) != CorpusStore.Outcome.UNCHANGED) {
                        changed++;
                    }
                }
            }
            refresh(true);
        }
        return changed;
    }

    /** Closes the searcher (once requests in flight are done with it). */
    @Override
    public synchronized void close() {
        Generation g = current.getAndSet(null);
        if (g != null) {
            g.release();
        }
    }
}
