package org.mirsad.index.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.core.model.Document;
import org.mirsad.index.analysis.AnalysisMode;
import org.mirsad.index.analysis.MirsadAnalyzer;

/**
 * The embedded corpus: one Lucene index under {@code DIR/index} holding, for each article, its
 * search fields, its analysis as JSON and its raw input. Lucene's commits make it crash-safe: after
 * a kill at any moment the index is at its last commit, and re-ingesting finds every article
 * already stored by its key (URL or origin) or its content id, so each article ends up stored
 * exactly once.
 *
 * <p>One writer per folder (Lucene's write lock); {@link #upsert} is meant to be called from one
 * thread.
 */
public final class CorpusStore implements Closeable {

    /** What an upsert did. */
    public enum Outcome {
        /** A new article. */
        ADDED,
        /** An article already stored (same key or same content) whose analysis was replaced. */
        UPDATED,
        /** An article already stored with exactly this content: nothing written. */
        UNCHANGED
    }

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final Map<String, String> idByKey = new HashMap<>();
    private final Map<String, String> idByContent = new HashMap<>();
    private final Map<String, String> contentById = new HashMap<>();

    private CorpusStore(Path dir, FSDirectory directory, IndexWriter writer) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
    }

    /** The analyzer of every field of the index. */
    public static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        MirsadAnalyzer exact = new MirsadAnalyzer(AnalysisMode.EXACT);
        perField.put(Fields.TITLE_EXACT, exact);
        perField.put(Fields.BODY_EXACT, exact);
        KeywordAnalyzer keyword = new KeywordAnalyzer();
        for (String f : new String[] {Fields.ID, Fields.KEY, Fields.CONTENT, Fields.OUTLET, Fields.ENTITY,
            Fields.ENTITY_TYPED, Fields.TYPE, Fields.SPEAKER, Fields.SOURCE}) {
            perField.put(f, keyword);
        }
        return new PerFieldAnalyzerWrapper(new MirsadAnalyzer(AnalysisMode.STEMMED), perField);
    }

    /** Opens (creating if needed) the corpus under {@code dataDir}. */
    public static CorpusStore open(Path dataDir) throws IOException {
        Path indexDir = dataDir.resolve("index");
        Files.createDirectories(indexDir);
        FSDirectory directory = FSDirectory.open(indexDir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException(dataDir + " is in use by another Mirsad process (" + e.getMessage() + ")", e);
        }
        CorpusStore store = new CorpusStore(dataDir, directory, writer);
        store.loadKeys();
        return store;
    }

    private void loadKeys() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                for (int i = 0; i < r.maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    org.apache.lucene.document.Document d = stored.document(i, java.util.Set.of(Fields.ID, Fields.KEY, Fields.CONTENT));
                    remember(d.get(Fields.ID), d.get(Fields.KEY), d.get(Fields.CONTENT));
                }
            }
        }
    }

    private void remember(String id, String key, String content) {
        idByKey.put(key, id);
        idByContent.put(content, id);
        contentById.put(id, content);
    }

    /** The folder of the corpus. */
    public Path dir() {
        return dir;
    }

    /**
     * Stores {@code doc}, replacing the article stored under the same key or with the same content.
     *
     * @param key    URL of the article, else its origin
     * @param origin where the input came from, kept for display
     * @param raw    the raw input bytes, kept so the original can be shown; may be null
     */
    public Outcome upsert(String key, String origin, Document doc, byte[] raw) throws IOException {
        String content = doc.meta().id();
        String id = idByKey.get(key);
        if (id == null) {
            id = idByContent.get(content);
        }
        if (id != null && content.equals(contentById.get(id))) {
            idByKey.put(key, id);
            return Outcome.UNCHANGED;
        }
        Outcome outcome = id == null ? Outcome.ADDED : Outcome.UPDATED;
        if (id == null) {
            id = content;
        }
        String old = contentById.get(id);
        if (old != null) {
            idByContent.remove(old);
        }
        writer.updateDocument(new Term(Fields.ID, id), ArticleMapper.map(id, key, origin, doc, raw));
        remember(id, key, content);
        return outcome;
    }

    /** Makes everything stored so far durable. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** Number of articles stored (including uncommitted ones). */
    public int count() {
        return contentById.size();
    }

    /** A searcher over everything stored so far (near-real-time; close its reader when done). */
    public IndexSearcher searcher() throws IOException {
        return new IndexSearcher(DirectoryReader.open(writer));
    }

    /** The stored analysis of article {@code id}. */
    public Optional<Document> get(String id) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher s = new IndexSearcher(reader);
            TopDocs top = s.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            org.apache.lucene.document.Document d = s.storedFields().document(top.scoreDocs[0].doc);
            return Optional.of(DocumentJson.fromJsonLine(new String(d.getBinaryValue(Fields.JSON).bytes,
                    d.getBinaryValue(Fields.JSON).offset, d.getBinaryValue(Fields.JSON).length, StandardCharsets.UTF_8)));
        }
    }

    /** Commits and closes. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}
