package org.mirsad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.octet_length;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.mirsad.extract.clean.BoilerplateProfile;
import org.mirsad.index.dedup.DedupConfig;
import org.mirsad.spark.internal.FolderProfileLearning;
import org.mirsad.spark.internal.HadoopConf;
import org.mirsad.spark.internal.InputListing;
import org.mirsad.spark.internal.ItemReading;
import org.mirsad.spark.internal.PartitionAnalyzer;
import org.mirsad.spark.internal.SparkItem;

/**
 * The Mirsad batch job on a Spark session: list the inputs, read them into items, learn the
 * folders' boilerplate profiles, analyze per partition, write the documents and per-layer tables
 * (Parquet and/or JSON Lines), find near-duplicate groups, optionally bulk-export to a search
 * cluster.
 *
 * <p>Output layout under {@code OUTPUT}: {@code parquet/<table>/} and {@code jsonl/<table>/} for
 * the tables {@code documents, entities, quotes, quantities, dates, duplicates}, plus
 * {@code problems.txt} (one line per skipped or failed input). {@code jsonl/documents} holds
 * exactly the lines {@code mirsad analyze} prints.
 */
public final class SparkJob {

    private final SparkSession spark;

    /** The job on {@code spark}. */
    public SparkJob(SparkSession spark) {
        this.spark = spark;
    }

    /** Runs the job. */
    public SparkJobReport run(SparkJobConfig config) throws IOException {
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        prepareOutput(config, sc);
        InputListing.Result listing = InputListing.list(config.inputs(), sc.hadoopConfiguration());
        CollectionAccumulator<String> problems = sc.sc().collectionAccumulator("problems");
        int partitions = config.partitions() > 0 ? config.partitions() : 2 * sc.defaultParallelism();

        JavaRDD<SparkItem> items = sc.parallelize(listing.files(), Math.max(1, Math.min(partitions, listing.files().size())))
                .mapPartitions(new ItemReading(new HadoopConf(sc.hadoopConfiguration()), config.fetch(), problems))
                .repartition(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Map<String, BoilerplateProfile> profiles = FolderProfileLearning.learn(items);
        Broadcast<Map<String, BoilerplateProfile>> shipped = sc.broadcast(profiles);
        Dataset<String> lines = spark.createDataset(
                items.mapPartitions(new PartitionAnalyzer(config.published(), shipped, problems)).rdd(), Encoders.STRING())
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long articles = lines.count();
        items.unpersist();

        Dataset<Row> documents = spark.read().schema(DocumentSchema.DOCUMENT).json(lines)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Row sizes = documents.agg(sum(coalesce(octet_length(col("title")), lit(0))),
                sum(coalesce(octet_length(col("text")), lit(0)))).first();
        long textBytes = (sizes.isNullAt(0) ? 0 : sizes.getLong(0)) + (sizes.isNullAt(1) ? 0 : sizes.getLong(1));
        if (config.jsonl()) {
            lines.write().text(table(config, "jsonl", "documents"));
        }
        if (config.parquet()) {
            documents.write().parquet(table(config, "parquet", "documents"));
        }
        for (Map.Entry<String, Dataset<Row>> t : LayerTables.of(documents).entrySet()) {
            write(config, t.getKey(), t.getValue());
        }
        long groups = 0;
        if (config.duplicates()) {
            Dataset<Row> dups = SparkNearDuplicates.groups(spark, documents, DedupConfig.DEFAULT)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            write(config, "duplicates", dups.coalesce(1));
            groups = dups.filter("member = 0").count();
            dups.unpersist();
        }
        long exported = 0;
        if (config.openSearch() != null) {
            exported = OpenSearchExport.export(lines, config.openSearch(), config.index());
        }
        lines.unpersist();
        documents.unpersist();

        List<String> all = new ArrayList<>(listing.problems());
        all.addAll(problems.value());
        writeProblems(config, sc, all);
        int skipped = (int) all.stream().filter(p -> p.startsWith("skipped ")).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuEnd = cpuNanos();
        double cpuSeconds = cpuStart < 0 || cpuEnd < 0 ? 0 : (cpuEnd - cpuStart) / 1e9;
        return new SparkJobReport(listing.files().size(), listing.bytes(), textBytes, articles, skipped,
                all.size() - skipped, groups, exported, seconds, cpuSeconds, sc.defaultParallelism(), all);
    }

    /** CPU time of this JVM in nanoseconds, or -1 when the platform does not tell. */
    private static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static void write(SparkJobConfig config, String name, Dataset<Row> table) {
        if (config.parquet()) {
            table.write().parquet(table(config, "parquet", name));
        }
        if (config.jsonl()) {
            table.write().option("ignoreNullFields", "false").json(table(config, "jsonl", name));
        }
    }

    private static String table(SparkJobConfig config, String format, String name) {
        return new Path(new Path(config.output(), format), name).toString();
    }

    private static void prepareOutput(SparkJobConfig config, JavaSparkContext sc) throws IOException {
        Path out = new Path(config.output());
        FileSystem fs = out.getFileSystem(sc.hadoopConfiguration());
        if (fs.exists(out)) {
            if (!config.overwrite()) {
                throw new IOException(config.output() + " exists (choose another output or --overwrite)");
            }
            fs.delete(out, true);
        }
        fs.mkdirs(out);
    }

    private static void writeProblems(SparkJobConfig config, JavaSparkContext sc, List<String> problems)
            throws IOException {
        Path file = new Path(config.output(), "problems.txt");
        FileSystem fs = file.getFileSystem(sc.hadoopConfiguration());
        try (var out = fs.create(file, true)) {
            for (String p : problems.stream().sorted().toList()) {
                out.write((p + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
