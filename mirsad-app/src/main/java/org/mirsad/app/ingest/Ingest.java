package org.mirsad.app.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.mirsad.app.input.InputException;
import org.mirsad.core.model.Document;
import org.mirsad.index.store.CorpusStore;
import org.mirsad.ingest.read.InputReader;
import org.mirsad.ingest.read.ItemSink;
import org.mirsad.ingest.read.RawItem;
import org.mirsad.ingest.read.ReaderOptions;

/**
 * Ingest: read inputs into items (one thread), analyze them (a pool of workers), and store them in
 * input order (the calling thread), committing regularly so a killed run loses at most the work
 * since the last commit — which the next run redoes without duplicating anything.
 */
public final class Ingest {

    /** Articles between commits. */
    public static final int COMMIT_EVERY = 2000;
    /** Items read ahead of the store. */
    public static final int QUEUE = 512;

    /** Settings of one run. */
    public record Settings(ReaderOptions reader, int threads, LocalDate fallbackPublished, boolean arabicOnly) {
    }

    private final ItemAnalyzer analyzer;
    private final Settings settings;

    /** An ingest analyzing with {@code analyzer}. */
    public Ingest(ItemAnalyzer analyzer, Settings settings) {
        this.analyzer = analyzer;
        this.settings = settings;
    }

    private record Outcome(RawItem item, Document doc, String problem, String skip) {
    }

    private static final CompletableFuture<Outcome> END = CompletableFuture.completedFuture(null);

    /** Ingests {@code inputs} into {@code store}; {@code progress} is told after each stored article. */
    public IngestReport run(List<String> inputs, CorpusStore store, Consumer<IngestReport> progress)
            throws IOException, InterruptedException {
        return run(inputs, UnaryOperator.identity(), store, progress, doc -> { });
    }

    /**
     * Ingests {@code inputs} into {@code store}, naming each input by {@code origins} (applied to the
     * origin the readers give: a server names an uploaded temporary file by its upload name);
     * {@code progress} is told after each stored article and {@code stored} receives its analysis.
     */
    public IngestReport run(List<String> inputs, UnaryOperator<String> origins, CorpusStore store,
            Consumer<IngestReport> progress, Consumer<Document> stored) throws IOException, InterruptedException {
        IngestReport report = new IngestReport();
        BlockingQueue<CompletableFuture<Outcome>> ordered = new ArrayBlockingQueue<>(QUEUE);
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, settings.threads()), r -> {
            Thread t = new Thread(r, "mirsad-analyze");
            t.setDaemon(true);
            return t;
        });
        InputReader inputReader = new InputReader(settings.reader());
        report.setTotalBytes(InputReader.totalBytes(inputs));
        report.setBytesRead(inputReader::bytesRead);
        Thread reader = new Thread(() -> {
            try {
                inputReader.read(inputs, new ItemSink() {
                    @Override
                    public void item(RawItem item) {
                        RawItem named = new RawItem(origins.apply(item.origin()), item.format(), item.bytes(), item.text(),
                                item.hints());
                        put(ordered, CompletableFuture.supplyAsync(() -> analyze(named), workers));
                    }

                    @Override
                    public void skipped(String origin, String reason) {
                        report.skipped(origins.apply(origin), reason);
                    }

                    @Override
                    public void failed(String origin, String problem) {
                        report.failed(origins.apply(origin), problem);
                    }
                });
            } catch (RuntimeException e) {
                report.failed(String.join(", ", inputs), "reading stopped: " + e);
            } finally {
                put(ordered, END);
            }
        }, "mirsad-read");
        reader.setDaemon(true);
        reader.start();
        int sinceCommit = 0;
        try {
            while (true) {
                CompletableFuture<Outcome> f = ordered.take();
                if (f == END) {
                    break;
                }
                Outcome o;
                try {
                    o = f.get();
                } catch (ExecutionException e) {
                    report.failed("?", "analysis crashed: " + e.getCause());
                    continue;
                }
                if (o.problem() != null) {
                    report.failed(o.item().origin(), o.problem());
                    continue;
                }
                if (o.skip() != null) {
                    report.skipped(o.item().origin(), o.skip());
                    continue;
                }
                report.bytes(o.item().size());
                switch (store.upsert(o.item().key(), o.item().origin(), o.doc(), ItemAnalyzer.rawBytes(o.item()))) {
                    case ADDED -> report.countAdded();
                    case UPDATED -> report.countUpdated();
                    case UNCHANGED -> report.countUnchanged();
                    default -> throw new IllegalStateException();
                }
                stored.accept(o.doc());
                if (++sinceCommit >= COMMIT_EVERY) {
                    store.commit();
                    sinceCommit = 0;
                }
                progress.accept(report);
            }
            store.commit();
        } finally {
            workers.shutdownNow();
            report.finish();
        }
        return report;
    }

    private Outcome analyze(RawItem item) {
        try {
            Document doc = analyzer.analyze(item, settings.fallbackPublished());
            if (settings.arabicOnly() && !"ar".equals(doc.meta().language())) {
                String lang = doc.meta().language();
                return new Outcome(item, null, null, lang.equals("und")
                        ? "too little text to tell its language" : "not Arabic (language " + lang + ")");
            }
            return new Outcome(item, doc, null, null);
        } catch (InputException e) {
            return new Outcome(item, null, e.getMessage().startsWith(item.origin())
                    ? e.getMessage().substring(item.origin().length()).replaceFirst("^:\\s*", "") : e.getMessage(), null);
        } catch (RuntimeException e) {
            return new Outcome(item, null, "analysis failed: " + e, null);
        }
    }

    private static void put(BlockingQueue<CompletableFuture<Outcome>> q, CompletableFuture<Outcome> f) {
        try {
            q.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading inputs", e);
        }
    }
}
