package org.mirsad.spark;

import java.util.List;
import java.util.Locale;

/**
 * What one run did.
 *
 * @param files       input files read
 * @param bytes       their total size
 * @param textBytes   UTF-8 bytes of the analyzed articles' titles and texts (clean, uncompressed)
 * @param articles    documents analyzed and written
 * @param skipped     inputs skipped, with a reason in {@code problems}
 * @param failed      inputs that failed, with a reason in {@code problems}
 * @param groups      near-duplicate groups found (0 when not asked)
 * @param exported    documents acknowledged by the search cluster (0 when not asked)
 * @param seconds     wall time of the run
 * @param cpuSeconds  CPU time of this JVM during the run (driver and, in local mode, every executor
 *                    thread), or 0 when the JVM does not tell
 * @param cores       cores Spark ran on (its default parallelism)
 * @param problems    one line per skipped or failed input, as {@code analyze} prints them
 */
public record SparkJobReport(int files, long bytes, long textBytes, long articles, int skipped, int failed, long groups,
        long exported, double seconds, double cpuSeconds, int cores, List<String> problems) {

    /** Copies the list. */
    public SparkJobReport {
        problems = List.copyOf(problems);
    }

    /** Articles analyzed per second of wall time. */
    public double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }

    /** Input megabytes (10^6 bytes; compressed size for archives) per second. */
    public double megabytesPerSecond() {
        return seconds > 0 ? bytes / 1e6 / seconds : 0;
    }

    /** Articles per second of CPU time: the rate of one fully used core (0 when CPU time is unknown). */
    public double articlesPerCpuSecond() {
        return cpuSeconds > 0 ? articles / cpuSeconds : 0;
    }

    /** A one-paragraph summary for people. */
    public String summary() {
        String s = String.format(Locale.ROOT,
                "%d files (%.1f MB; %.1f MB of article text) -> %d articles, %d skipped, %d failed, %d duplicate groups%s "
                        + "in %.1f s on %d cores: %.1f articles/s, %.2f MB/s of input, %.2f MB/s of article text",
                files, bytes / 1e6, textBytes / 1e6, articles, skipped, failed, groups,
                exported > 0 ? ", " + exported + " exported" : "", seconds, cores, articlesPerSecond(),
                megabytesPerSecond(), seconds > 0 ? textBytes / 1e6 / seconds : 0);
        if (cpuSeconds > 0) {
            s += String.format(Locale.ROOT, "; %.1f CPU-s in this JVM: %.1f articles per CPU-second", cpuSeconds,
                    articlesPerCpuSecond());
        }
        return s;
    }
}
