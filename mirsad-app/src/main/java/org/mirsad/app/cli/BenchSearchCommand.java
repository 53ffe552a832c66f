package org.mirsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mirsad.app.bench.SearchBenchmark;
import org.mirsad.index.search.CorpusSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad bench search}: latency of 200 fixed queries over a corpus. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search latency over the 200 bundled queries (per-query medians; percentiles over queries).")
public final class BenchSearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", defaultValue = "mirsad-data", paramLabel = "DIR", description = "Corpus folder (default ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up rounds (default ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--no-hit-cache", description = "Read every hit's fields from the store (a server that has not seen the articles yet).")
    private boolean noHitCache;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (CorpusSearcher searcher = noHitCache ? CorpusSearcher.open(data, 0) : CorpusSearcher.open(data)) {
            var queries = SearchBenchmark.bundledQueries();
            out.printf(Locale.ROOT, "Corpus: %,d articles in %s; %d queries, %d warm-up + %d measured rounds; hits' fields %s%n",
                    searcher.size(), data, queries.size(), warmup, rounds, noHitCache ? "read from the store every time" : "remembered");
            out.flush();
            SearchBenchmark.Figures f = SearchBenchmark.run(searcher, queries, warmup, rounds);
            out.printf(Locale.ROOT, "Mirsad search (top 10 + facets + snippets): median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    f.medianMs(), f.p90Ms(), f.p99Ms(), f.maxMs());
            out.printf(Locale.ROOT, "CPU time per Mirsad search: median %.2f ms, mean %.2f ms (one core: about %.0f searches/s)%n",
                    f.cpuMedianMs(), f.cpuMeanMs(), 1000 / Math.max(f.cpuMeanMs(), 1e-9));
            out.printf(Locale.ROOT, "Baseline (same Lucene query, top 10 only):  median %.2f ms, p99 %.2f ms; ratio of medians %.2f%n",
                    f.baselineMedianMs(), f.baselineP99Ms(), f.medianMs() / Math.max(f.baselineMedianMs(), 1e-9));
        }
        return MirsadCli.OK;
    }
}
