package org.mirsad.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mirsad.index.search.CorpusSearcher;

/**
 * Search latency over a fixed list of queries: each query's full Mirsad search (parse, top 10,
 * facets over all matches, snippets) is timed in several interleaved rounds, and the per-query
 * median is reported with percentiles over queries. The baseline, timed in the same rounds, is the
 * same parsed query run for the top 10 only (no facets, no snippets). The CPU time of each full
 * search on its thread is measured too: on a machine shared with other work, wall-clock latency
 * includes waiting for a core, CPU time does not.
 */
public final class SearchBenchmark {

    /** The bundled query list. */
    public static List<String> bundledQueries() throws IOException {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream("queries.txt")) {
            if (in == null) {
                throw new IOException("bundled benchmark queries are missing from the jar");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }

    /**
     * Latency figures in milliseconds.
     *
     * @param cpuMedianMs median over queries of each query's median CPU time, or -1 when the JVM
     *                    cannot measure thread CPU time
     * @param cpuMeanMs   mean CPU time per full search over all measured searches, or -1
     */
    public record Figures(int queries, double medianMs, double p90Ms, double p99Ms, double maxMs,
            double baselineMedianMs, double baselineP99Ms, double cpuMedianMs, double cpuMeanMs) {
    }

    /** Runs {@code queries} for {@code rounds} measured rounds after {@code warmupRounds}. */
    public static Figures run(CorpusSearcher searcher, List<String> queries, int warmupRounds, int rounds) throws IOException {
        for (int r = 0; r < warmupRounds; r++) {
            for (String q : queries) {
                searcher.search(q, 10, 10);
            }
        }
        double[][] full = new double[queries.size()][rounds];
        double[][] base = new double[queries.size()][rounds];
        double[][] cpu = new double[queries.size()][rounds];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpuTimed = mx.isCurrentThreadCpuTimeSupported();
        double cpuSum = 0;
        org.apache.lucene.search.IndexSearcher raw = searcher.rawSearcher();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < queries.size(); i++) {
                long c0 = cpuTimed ? mx.getCurrentThreadCpuTime() : 0;
                long t0 = System.nanoTime();
                searcher.search(queries.get(i), 10, 10);
                long t1 = System.nanoTime();
                cpu[i][r] = cpuTimed ? (mx.getCurrentThreadCpuTime() - c0) / 1e6 : -1;
                cpuSum += cpu[i][r];
                raw.search(CorpusSearcher.parse(queries.get(i)), 10);
                long t2 = System.nanoTime();
                full[i][r] = (t1 - t0) / 1e6;
                base[i][r] = (t2 - t1) / 1e6;
            }
        }
        double[] fullMedians = medians(full);
        double[] baseMedians = medians(base);
        return new Figures(queries.size(), pct(fullMedians, 50), pct(fullMedians, 90), pct(fullMedians, 99),
                pct(fullMedians, 100), pct(baseMedians, 50), pct(baseMedians, 99),
                cpuTimed ? pct(medians(cpu), 50) : -1, cpuTimed ? cpuSum / (queries.size() * (double) rounds) : -1);
    }

    private static double[] medians(double[][] perQuery) {
        double[] m = new double[perQuery.length];
        for (int i = 0; i < perQuery.length; i++) {
            double[] v = perQuery[i].clone();
            Arrays.sort(v);
            m[i] = v[v.length / 2];
        }
        return m;
    }

    private static double pct(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        int idx = (int) Math.ceil(p / 100.0 * v.length) - 1;
        return v[Math.max(0, Math.min(v.length - 1, idx))];
    }
}
