package org.mirsad.spark;

import java.io.IOException;
import java.util.Iterator;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.util.LongAccumulator;
import org.mirsad.spark.internal.BulkRequests;

/**
 * Bulk-exports documents (their {@code analyze} JSON lines) to an OpenSearch/Elasticsearch
 * cluster, each partition sending its own {@code _bulk} requests of up to {@link #BATCH_DOCS}
 * documents or {@link #BATCH_CHARS} characters.
 */
public final class OpenSearchExport implements ForeachPartitionFunction<String> {

    private static final long serialVersionUID = 1L;

    /** Most documents per bulk request. */
    public static final int BATCH_DOCS = 500;
    /** Most characters per bulk request body (about 5 to 10 MB of UTF-8). */
    public static final int BATCH_CHARS = 5_000_000;

    private final String url;
    private final String index;
    private final LongAccumulator exported;

    private OpenSearchExport(String url, String index, LongAccumulator exported) {
        this.url = url;
        this.index = index;
        this.exported = exported;
    }

    /**
     * Creates the index unless it exists, then exports every document.
     *
     * @return the number of documents the cluster acknowledged
     */
    public static long export(Dataset<String> jsonLines, String url, String index) throws IOException {
        new OpenSearchClient(url).ensureIndex(index);
        LongAccumulator exported = jsonLines.sparkSession().sparkContext().longAccumulator("exported");
        jsonLines.foreachPartition(new OpenSearchExport(url, index, exported));
        return exported.value();
    }

    @Override
    public void call(Iterator<String> lines) throws IOException {
        OpenSearchClient client = new OpenSearchClient(url);
        BulkRequests batches = new BulkRequests(index, BATCH_DOCS, BATCH_CHARS);
        while (lines.hasNext()) {
            batches.add(lines.next());
            for (String body : batches.takeFull()) {
                exported.add(client.bulk(body));
            }
        }
        for (String body : batches.finish()) {
            exported.add(client.bulk(body));
        }
    }
}
