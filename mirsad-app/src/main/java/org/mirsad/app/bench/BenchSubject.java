package org.mirsad.app.bench;

/** Something whose throughput the benchmark measures: it processes one article text at a time. */
public interface BenchSubject {

    /** Name shown in the report. */
    String name();

    /**
     * Processes one article.
     *
     * @return the number of tokens it produced (for tokens/s), also used to keep the work from being
     *         optimized away
     */
    long process(String text);
}
