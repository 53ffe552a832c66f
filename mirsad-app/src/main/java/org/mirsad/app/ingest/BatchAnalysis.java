package org.mirsad.app.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mirsad.app.Engine;
import org.mirsad.app.input.InputException;
import org.mirsad.core.model.Document;
import org.mirsad.extract.clean.TextArticleCleaner;
import org.mirsad.ingest.read.InputReader;
import org.mirsad.ingest.read.ItemSink;
import org.mirsad.ingest.read.RawItem;
import org.mirsad.ingest.read.ReaderOptions;

/**
 * Analysis of inputs without storing them ({@code analyze}, {@code demo}): every format the
 * readers know, text articles cleaned with their folder's boilerplate profile, documents handed
 * over in input order, each problem reported as one line naming its input.
 */
public final class BatchAnalysis {

    private BatchAnalysis() {
    }

    /** Counts of a run. */
    public record Tally(int analyzed, int skipped, int failed) {
    }

    /**
     * Analyzes {@code inputs}; {@code onDocument} receives each document, {@code onProblem} each
     * skipped ("skipped ORIGIN: REASON") or failed ("ORIGIN: PROBLEM") input.
     */
    public static Tally run(Engine engine, List<String> inputs, LocalDate published, Consumer<Document> onDocument,
            Consumer<String> onProblem) {
        return run(engine, inputs, published, 1, onDocument, onProblem);
    }

    /**
     * {@link #run(Engine, List, LocalDate, Consumer, Consumer)} on {@code threads} analysis threads: the
     * articles are analyzed in parallel and handed over in input order, so the output is the same as on one
     * thread.
     */
    public static Tally run(Engine engine, List<String> inputs, LocalDate published, int threads,
            Consumer<Document> onDocument, Consumer<String> onProblem) {
        List<RawItem> items = new ArrayList<>();
        int[] skipped = {0};
        int[] failed = {0};
        new InputReader(ReaderOptions.DEFAULT).read(inputs, new ItemSink() {
            @Override
            public void item(RawItem item) {
                items.add(item);
            }

            @Override
            public void skipped(String origin, String reason) {
                skipped[0]++;
                onProblem.accept("skipped " + origin + ": " + reason);
            }

            @Override
            public void failed(String origin, String problem) {
                failed[0]++;
                onProblem.accept(origin + ": " + problem);
            }
        });
        ItemAnalyzer analyzer = new ItemAnalyzer(engine);
        Map<Path, TextArticleCleaner> cleaners = FolderProfiles.cleaners(items);
        int analyzed = 0;
        Function<RawItem, Outcome> one = item -> analyzeOne(analyzer, item, published, cleaners);
        if (threads <= 1 || items.size() < 2) {
            for (RawItem item : items) {
                analyzed += deliver(one.apply(item), onDocument, onProblem, failed);
            }
            return new Tally(analyzed, skipped[0], failed[0]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mirsad-analyze");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<Outcome>> window = new ArrayDeque<>();
            int limit = IN_FLIGHT_PER_THREAD * threads; // bounds the analyses held in memory
            for (RawItem item : items) {
                window.add(pool.submit(() -> one.apply(item)));
                if (window.size() >= limit) {
                    analyzed += deliver(take(window.poll()), onDocument, onProblem, failed);
                }
            }
            while (!window.isEmpty()) {
                analyzed += deliver(take(window.poll()), onDocument, onProblem, failed);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Tally(analyzed, skipped[0], failed[0]);
    }

    /** Analyses queued per thread ahead of the one being handed over. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    /** One item's result: its document, or the problem that stopped it; and the input it came from. */
    private record Outcome(Document document, String problem, String origin) {
    }

    private static Outcome analyzeOne(ItemAnalyzer analyzer, RawItem item, LocalDate published,
            Map<Path, TextArticleCleaner> cleaners) {
        try {
            return new Outcome(analyzer.analyze(item, published, cleaners.get(FolderProfiles.folderOf(item))), null,
                    item.origin());
        } catch (InputException e) {
            return new Outcome(null, e.getMessage(), item.origin());
        } catch (RuntimeException e) {
            return new Outcome(null, item.origin() + ": analysis failed: " + e, item.origin());
        }
    }

    private static Outcome take(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis thread failed", e.getCause()); // analyzeOne catches what it can
        }
    }

    /**
     * Hands an outcome over; 1 when it was a document. A document whose cleaned text is empty is still
     * handed over (its title and metadata may be all the input had) with a note naming the input.
     */
    private static int deliver(Outcome o, Consumer<Document> onDocument, Consumer<String> onProblem, int[] failed) {
        if (o.document() != null) {
            if (o.document().text().isBlank()) {
                onProblem.accept("note " + o.origin() + ": no article text left after cleaning (every line was read as "
                        + "a title, date stamp, byline or page furniture)");
            }
            onDocument.accept(o.document());
            return 1;
        }
        failed[0]++;
        onProblem.accept(o.problem());
        return 0;
    }
}
