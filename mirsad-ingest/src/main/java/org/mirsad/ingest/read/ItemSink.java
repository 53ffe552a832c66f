package org.mirsad.ingest.read;

/** Receives what {@link InputReader} finds: items, and inputs skipped or failed with a reason. */
public interface ItemSink {

    /** An item to analyze. */
    void item(RawItem item);

    /** An input deliberately not read (not an article format, hidden, empty), with the reason. */
    void skipped(String origin, String reason);

    /** An input that could not be read, with the problem. */
    void failed(String origin, String problem);
}
