package org.mirsad.app.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
        for (RawItem item : items) {
            try {
                onDocument.accept(analyzer.analyze(item, published, cleaners.get(FolderProfiles.folderOf(item))));
                analyzed++;
            } catch (InputException e) {
                failed[0]++;
                onProblem.accept(e.getMessage());
            } catch (RuntimeException e) {
                failed[0]++;
                onProblem.accept(item.origin() + ": analysis failed: " + e);
            }
        }
        return new Tally(analyzed, skipped[0], failed[0]);
    }
}
