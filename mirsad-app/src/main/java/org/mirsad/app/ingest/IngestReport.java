package org.mirsad.app.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mirsad.core.json.DocumentJson;

/** What an ingest did with every input: counts, and each skip and failure with its reason. Thread-safe. */
public final class IngestReport {

    /** An input not stored, with the reason. */
    public record Entry(String origin, String reason) {
    }

    private int added;
    private int updated;
    private int unchanged;
    private long bytes;
    private final List<Entry> skipped = new ArrayList<>();
    private final List<Entry> failed = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private double seconds = -1;
    private long totalBytes;
    private java.util.function.LongSupplier bytesRead = () -> 0;

    synchronized void setTotalBytes(long total) {
        totalBytes = total;
    }

    synchronized void setBytesRead(java.util.function.LongSupplier supplier) {
        bytesRead = supplier;
    }

    /**
     * Estimated seconds left, from the share of the local input bytes read so far; -1 when unknown
     * (URL inputs, or too early to tell).
     */
    public synchronized double etaSeconds() {
        long done = bytesRead.getAsLong();
        if (totalBytes <= 0 || done <= 0) {
            return -1;
        }
        double s = seconds();
        return Math.max(0, s * (totalBytes - done) / done);
    }

    synchronized void countAdded() {
        added++;
    }

    synchronized void countUpdated() {
        updated++;
    }

    synchronized void countUnchanged() {
        unchanged++;
    }

    synchronized void bytes(long n) {
        bytes += n;
    }

    /** Records an input skipped with a reason. */
    public synchronized void skipped(String origin, String reason) {
        skipped.add(new Entry(origin, reason));
    }

    /** Records an input that failed with a reason. */
    public synchronized void failed(String origin, String problem) {
        failed.add(new Entry(origin, problem));
    }

    synchronized void finish() {
        seconds = (System.nanoTime() - startNanos) / 1e9;
    }

    /** Articles stored for the first time. */
    public synchronized int added() {
        return added;
    }

    /** Articles already stored whose analysis was replaced. */
    public synchronized int updated() {
        return updated;
    }

    /** Articles already stored with the same content. */
    public synchronized int unchanged() {
        return unchanged;
    }

    /** Articles processed (added, updated or unchanged). */
    public synchronized int processed() {
        return added + updated + unchanged;
    }

    /** Inputs skipped. */
    public synchronized List<Entry> skipped() {
        return List.copyOf(skipped);
    }

    /** Inputs failed. */
    public synchronized List<Entry> failed() {
        return List.copyOf(failed);
    }

    /** Seconds since the start (or of the whole run once finished). */
    public synchronized double seconds() {
        return seconds >= 0 ? seconds : (System.nanoTime() - startNanos) / 1e9;
    }

    /** One-paragraph human summary. */
    public synchronized String summary() {
        double s = seconds();
        return String.format(Locale.ROOT, "%d articles processed in %.1f s (%.1f articles/s): %d added, %d updated, "
                        + "%d unchanged; %d skipped, %d failed", processed(), s, processed() / Math.max(s, 1e-9), added,
                updated, unchanged, skipped.size(), failed.size());
    }

    /** The report as JSON. */
    public synchronized ObjectNode toJson() {
        ObjectNode o = DocumentJson.mapper().createObjectNode();
        o.put("processed", processed());
        o.put("added", added);
        o.put("updated", updated);
        o.put("unchanged", unchanged);
        o.put("skipped_count", skipped.size());
        o.put("failed_count", failed.size());
        o.put("seconds", Math.round(seconds() * 1000) / 1000.0);
        o.put("articles_per_second", Math.round(processed() / Math.max(seconds(), 1e-9) * 10) / 10.0);
        o.put("input_bytes", bytes);
        o.set("skipped", entries(skipped, "reason"));
        o.set("failed", entries(failed, "problem"));
        return o;
    }

    private static ArrayNode entries(List<Entry> list, String what) {
        ArrayNode a = DocumentJson.mapper().createArrayNode();
        for (Entry e : list) {
            a.addObject().put("input", e.origin()).put(what, e.reason());
        }
        return a;
    }
}
