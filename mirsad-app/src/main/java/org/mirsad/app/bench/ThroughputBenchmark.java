package org.mirsad.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Measures the throughput of several subjects on the same texts in the same run, interleaved round
 * by round so that machine noise hits all of them alike, and reports medians and ratios to the
 * first subject (the baseline).
 */
public final class ThroughputBenchmark {

    /**
     * Figures for one subject.
     *
     * @param medianCpuMbPerSec MB per CPU-second of the measuring thread (the rate of one core, less
     *                          disturbed than wall-clock rates by other processes; garbage collection
     *                          threads are not counted)
     */
    public record Figures(String name, double medianMbPerSec, double medianArticlesPerSec,
                          double medianTokensPerSec, double ratioOfMedians, double medianRoundRatio,
                          double medianCpuMbPerSec) {
    }

    /** The whole report. */
    public record Report(int articles, long bytes, int rounds, List<Figures> subjects, long peakHeapBytes) {
    }

    private final List<String> texts;
    private final long bytes;

    /** A benchmark over these article texts. */
    public ThroughputBenchmark(List<String> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("benchmark corpus is empty");
        }
        this.texts = List.copyOf(texts);
        long b = 0;
        for (String t : texts) {
            b += t.getBytes(StandardCharsets.UTF_8).length;
        }
        this.bytes = b;
    }

    /**
     * Runs the benchmark.
     *
     * @param subjects   baseline first
     * @param warmupSecs seconds of warm-up per subject before measuring
     * @param rounds     measured rounds; each round runs every subject over the whole corpus once
     * @param progress   receives a line after each round
     */
    public Report run(List<BenchSubject> subjects, double warmupSecs, int rounds, Consumer<String> progress) {
        long sink = 0;
        for (BenchSubject s : subjects) {
            long until = System.nanoTime() + (long) (warmupSecs * 1e9);
            do {
                sink += pass(s);
            } while (System.nanoTime() < until);
        }
        resetPeaks();
        int n = subjects.size();
        double[][] secs = new double[n][rounds];
        double[][] cpuSecs = new double[n][rounds];
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isCurrentThreadCpuTimeSupported();
        long[] tokens = new long[n];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < n; k++) {
                int i = (r + k) % n;
                long c0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
                long t0 = System.nanoTime();
                long tk = pass(subjects.get(i));
                secs[i][r] = (System.nanoTime() - t0) / 1e9;
                cpuSecs[i][r] = cpu ? (mx.getCurrentThreadCpuTime() - c0) / 1e9 : 0;
                tokens[i] = tk;
                sink += tk;
            }
            progress.accept(String.format(java.util.Locale.ROOT, "round %d/%d done", r + 1, rounds));
        }
        List<Figures> figures = new ArrayList<>();
        double baseMedian = median(secs[0]);
        for (int i = 0; i < n; i++) {
            double med = median(secs[i]);
            double[] roundRatios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                roundRatios[r] = secs[0][r] / secs[i][r];
            }
            double cpuMed = median(cpuSecs[i]);
            figures.add(new Figures(subjects.get(i).name(), bytes / 1e6 / med, texts.size() / med, tokens[i] / med,
                    baseMedian / med, median(roundRatios), cpuMed > 0 ? bytes / 1e6 / cpuMed : 0));
        }
        if (sink == 42) {
            progress.accept("");
        }
        return new Report(texts.size(), bytes, rounds, figures, peakHeap());
    }

    private long pass(BenchSubject s) {
        long tk = 0;
        for (String t : texts) {
            tk += s.process(t);
        }
        return tk;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
