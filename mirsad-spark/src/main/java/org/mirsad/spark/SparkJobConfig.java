package org.mirsad.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one run of the Spark job does. Serializable: it travels to the executors, where each
 * partition builds its pipeline from it.
 *
 * @param inputs       files or folders on any Hadoop file system ({@code hdfs://}, {@code s3a://},
 *                     {@code file:} or a plain local path), read as {@code mirsad analyze} reads them
 * @param output       the output folder (one sub-folder per table and format)
 * @param parquet      write the tables as Parquet
 * @param jsonl        write the tables as JSON Lines (the documents table is exactly the
 *                     {@code mirsad analyze} output)
 * @param published    publication date (ISO {@code YYYY-MM-DD}) for articles that state none, or null
 * @param partitions   number of analysis partitions; 0 chooses twice the default parallelism
 * @param duplicates   find near-duplicate groups across the whole input
 * @param fetch        fetch the linked articles of feed entries that carry only a summary, as
 *                     {@code analyze} does
 * @param overwrite    replace an existing output folder
 * @param openSearch   base URL of an OpenSearch/Elasticsearch cluster to bulk-export to, or null
 * @param index        the index name to export to
 */
public record SparkJobConfig(List<String> inputs, String output, boolean parquet, boolean jsonl, String published,
        int partitions, boolean duplicates, boolean fetch, boolean overwrite, String openSearch, String index)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Validates and copies. */
    public SparkJobConfig {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input is needed");
        }
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("an output folder is needed");
        }
        if (!parquet && !jsonl) {
            throw new IllegalArgumentException("choose at least one output format (parquet, jsonl)");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be >= 0");
        }
        if (index == null || index.isBlank()) {
            index = "mirsad";
        }
    }

    /** Defaults for {@code inputs} and {@code output}: both formats, duplicates on, no export. */
    public static SparkJobConfig of(List<String> inputs, String output) {
        return new SparkJobConfig(inputs, output, true, true, null, 0, true, true, false, null, "mirsad");
    }

    /** This configuration exporting to {@code url} (index {@code index}). */
    public SparkJobConfig withOpenSearch(String url, String index) {
        return new SparkJobConfig(inputs, output, parquet, jsonl, published, partitions, duplicates, fetch, overwrite,
                url, index);
    }

    /** This configuration with {@code n} analysis partitions. */
    public SparkJobConfig withPartitions(int n) {
        return new SparkJobConfig(inputs, output, parquet, jsonl, published, n, duplicates, fetch, overwrite,
                openSearch, index);
    }

    /** This configuration with a fallback publication date. */
    public SparkJobConfig withPublished(String isoDate) {
        return new SparkJobConfig(inputs, output, parquet, jsonl, isoDate, partitions, duplicates, fetch, overwrite,
                openSearch, index);
    }
}
