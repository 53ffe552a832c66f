package org.mirsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mirsad.app.Engine;
import org.mirsad.app.ingest.Ingest;
import org.mirsad.app.ingest.IngestReport;
import org.mirsad.app.ingest.ItemAnalyzer;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.index.store.CorpusStore;
import org.mirsad.ingest.read.ReaderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad ingest}: read, analyze and store articles in the embedded corpus. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles (text, HTML, RSS/Atom, WARC, JSON/JSONL dumps, TREC documents; folders and",
            ".zip/.tar/.tar.gz/.gz archives, recursively), analyze them and store them in the corpus.",
            "Re-ingesting an article (same URL or same content) updates it instead of adding a copy."})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or archives.")
    private List<String> inputs;

    @Option(names = "--data", defaultValue = "mirsad-data", paramLabel = "DIR",
            description = "Corpus folder (default ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the report as JSON to FILE.")
    private Path reportFile;

    @Option(names = "--threads", description = "Analysis threads (default: the number of cores).")
    private Integer threads;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles whose input gives none.")
    private LocalDate published;

    @Option(names = "--all-languages", description = "Store non-Arabic articles too (default: skip them with a reason).")
    private boolean allLanguages;

    @Option(names = "--title-field", paramLabel = "NAME", description = "JSON dumps: field holding the title.")
    private String titleField;

    @Option(names = "--text-field", paramLabel = "NAME", description = "JSON dumps: field holding the body text.")
    private String textField;

    @Option(names = "--url-field", paramLabel = "NAME", description = "JSON dumps: field holding the URL.")
    private String urlField;

    @Option(names = "--date-field", paramLabel = "NAME", description = "JSON dumps: field holding the date.")
    private String dateField;

    @Option(names = "--source-field", paramLabel = "NAME", description = "JSON dumps: field holding the outlet.")
    private String sourceField;

    @Option(names = "--no-fetch", description = "Do not fetch URLs given as inputs, nor the articles feed entries link to.")
    private boolean noFetch;

    @Option(names = "--quiet", description = "No progress line.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReaderOptions reader = ReaderOptions.DEFAULT.withFields(titleField, textField, urlField, dateField, sourceField)
                .withFetch(!noFetch);
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Ingest ingest = new Ingest(new ItemAnalyzer(Engine.createDefault()),
                new Ingest.Settings(reader, n, published, !allLanguages));
        boolean showProgress = !quiet && System.console() != null;
        IngestReport report;
        try (CorpusStore store = CorpusStore.open(data)) {
            long[] last = {0};
            report = ingest.run(inputs, store, r -> {
                long now = System.nanoTime();
                if (showProgress && now - last[0] > 250_000_000L) {
                    last[0] = now;
                    double eta = r.etaSeconds();
                    err.printf(Locale.ROOT, "\r%,d articles, %.1f/s, %d skipped, %d failed, corpus %,d, ETA %s   ",
                            r.processed(), r.processed() / Math.max(r.seconds(), 1e-9), r.skipped().size(),
                            r.failed().size(), store.count(), eta < 0 ? "?" : String.format(Locale.ROOT, "%d:%02d",
                                    (long) eta / 60, (long) eta % 60));
                    err.flush();
                }
            });
            if (showProgress) {
                err.println();
            }
            out.println(report.summary() + "; corpus now holds " + store.count() + " articles in " + data);
        }
        int shown = 0;
        for (IngestReport.Entry e : report.failed()) {
            if (shown++ < 20) {
                err.println("mirsad ingest: failed " + e.origin() + ": " + e.reason());
            }
        }
        if (report.failed().size() > 20) {
            err.println("mirsad ingest: ... and " + (report.failed().size() - 20) + " more failures (see --report)");
        }
        if (reportFile != null) {
            Files.writeString(reportFile, DocumentJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(report.toJson()) + "\n", StandardCharsets.UTF_8);
        }
        return report.failed().isEmpty() ? MirsadCli.OK : MirsadCli.SOME_FAILED;
    }
}
