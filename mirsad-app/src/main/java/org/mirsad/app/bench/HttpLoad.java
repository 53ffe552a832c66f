package org.mirsad.app.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A bounded HTTP load: {@code threads} clients send requests back to back until {@code maxRequests}
 * have been sent or {@code maxSeconds} have passed, whichever comes first; latency is measured per
 * request. Meant for a server on this machine's loopback only.
 */
public final class HttpLoad {

    /**
     * What a run measured.
     *
     * @param requests   requests completed
     * @param errors     requests that failed or answered other than 200
     * @param seconds    wall time
     * @param medianMs   median latency
     * @param p99Ms      99th percentile latency
     * @param maxMs      worst latency
     * @param firstError the first error seen, or null
     * @param cpuMs      CPU time this process (server and clients, when both run in it) used per request
     * @param serverCpuMs CPU time the server's request threads used per request (what bounds the
     *                    rate a server on its own cores can sustain), or -1 when not measured
     */
    public record Result(int requests, int errors, double seconds, double medianMs, double p99Ms, double maxMs, String firstError,
            double cpuMs, double serverCpuMs) {

        /** Requests per second. */
        public double perSecond() {
            return requests / Math.max(seconds, 1e-9);
        }

        /** Whether the run served at least {@code perSecond} requests a second with a p99 under {@code p99Ms} and no error. */
        public boolean meets(double perSecond, double p99Ms) {
            return requests > 0 && errors == 0 && perSecond() >= perSecond && this.p99Ms < p99Ms;
        }

        /**
         * Requests a second that {@code cores} otherwise idle cores could serve at this run's CPU
         * time per request (all of this process's CPU, clients included, when {@code wholeProcess};
         * else the server's request threads alone), or -1 when it was not measured.
         */
        public double capacity(int cores, boolean wholeProcess) {
            double ms = wholeProcess ? cpuMs : serverCpuMs;
            return ms <= 0 ? -1 : cores * 1000.0 / ms;
        }

        /** One line: count, rate, median, p99, max, errors. */
        public String summary() {
            return String.format(Locale.ROOT, "%,d requests in %.1f s: %.0f req/s, median %.1f ms, p99 %.1f ms, max %.1f ms, %d errors%s; "
                    + "CPU per request %.2f ms (server threads %.2f ms)", requests, seconds, perSecond(), medianMs, p99Ms, maxMs, errors,
                    firstError == null ? "" : " (first: " + firstError + ")", cpuMs, serverCpuMs);
        }
    }

    private HttpLoad() {
    }

    /**
     * Runs the load.
     *
     * @param requests the {@code i}-th request to send
     */
    public static Result run(HttpClient client, IntFunction<HttpRequest> requests, int threads, int maxRequests, double maxSeconds)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong deadline = new AtomicLong(System.nanoTime() + (long) (maxSeconds * 1e9));
        long[] latencies = new long[maxRequests];
        AtomicInteger done = new AtomicInteger();
        String[] firstError = {null};
        List<Thread> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        long server0 = serverCpuNanos();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                while (System.nanoTime() < deadline.get()) {
                    int i = next.getAndIncrement();
                    if (i >= maxRequests) {
                        return;
                    }
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(requests.apply(i), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = "HTTP " + r.statusCode();
                                }
                            }
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = e.toString();
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies[done.getAndIncrement()] = System.nanoTime() - s;
                }
            }, "mirsad-load-" + t);
            w.setDaemon(true);
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long cpu = processCpuNanos() - cpu0;
        long server = serverCpuNanos() - server0;
        int n = done.get();
        long[] l = Arrays.copyOf(latencies, n);
        Arrays.sort(l);
        return new Result(n, errors.get(), seconds, pct(l, 0.5), pct(l, 0.99), n == 0 ? 0 : l[n - 1] / 1e6, firstError[0],
                cpu < 0 || n == 0 ? -1 : cpu / 1e6 / n, n == 0 ? -1 : server / 1e6 / n);
    }

    /** CPU time of the HTTP server's request threads (Javalin's Jetty pool) in this process. */
    private static long serverCpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && (t.getThreadName().startsWith("JettyServerThreadPool") || t.getThreadName().startsWith("qtp"))) {
                long c = mx.getThreadCpuTime(t.getThreadId());
                total += Math.max(0, c);
            }
        }
        return total;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
