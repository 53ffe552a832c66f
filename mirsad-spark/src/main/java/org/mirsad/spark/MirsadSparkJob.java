package org.mirsad.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line of the Spark job, for {@code spark-submit} and {@code ./mirsad spark-local}:
 * {@code INPUT... OUTPUT}. Only translates arguments into a {@link SparkJobConfig} and prints the
 * {@link SparkJobReport}.
 */
@Command(name = "mirsad-spark", mixinStandardHelpOptions = true,
        description = "Analyze articles on Spark: read text/HTML/JSON Lines/WARC/archives from any Hadoop path, "
                + "write Parquet and/or JSON Lines tables (documents, entities, quotes, quantities, dates, duplicates).")
public final class MirsadSparkJob implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "PATH",
            description = "Input files or folders (hdfs://, s3a://, file: or local paths); the last PATH is the output folder.")
    private List<String> paths;

    @Option(names = "--format", split = ",", defaultValue = "parquet,jsonl",
            description = "Output formats: parquet, jsonl or both (default).")
    private List<String> formats;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of articles that state none (resolves relative dates).")
    private String published;

    @Option(names = "--partitions", defaultValue = "0",
            description = "Analysis partitions (default: twice Spark's default parallelism).")
    private int partitions;

    @Option(names = "--no-duplicates", description = "Do not compute near-duplicate groups.")
    private boolean noDuplicates;

    @Option(names = "--no-fetch", description = "Do not fetch the articles of feed entries with only a summary.")
    private boolean noFetch;

    @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
    private boolean overwrite;

    @Option(names = "--opensearch", paramLabel = "URL",
            description = "Also bulk-export the documents to this OpenSearch/Elasticsearch cluster (http://host:9200).")
    private String openSearch;

    @Option(names = "--index", defaultValue = "mirsad", description = "Index name for --opensearch (default mirsad).")
    private String index;

    @Option(names = "--master", description = "Spark master when not set by spark-submit (e.g. local[*]).")
    private String master;

    /** Runs the command line; exit code 0 when every input was analyzed, 1 when some failed, 2 on errors. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new MirsadSparkJob()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        for (String f : formats) {
            if (!f.equals("parquet") && !f.equals("jsonl")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown --format " + f
                        + " (parquet, jsonl)");
            }
        }
        List<String> inputs = new ArrayList<>(paths.subList(0, paths.size() - 1));
        String output = paths.get(paths.size() - 1);
        SparkJobConfig config = new SparkJobConfig(inputs, output, formats.contains("parquet"), formats.contains("jsonl"),
                published, partitions, !noDuplicates, !noFetch, overwrite, openSearch, index);
        SparkConf conf = new SparkConf().setAppName("mirsad");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            SparkJobReport report = new SparkJob(spark).run(config);
            report.problems().forEach(p -> System.err.println("mirsad-spark: " + p));
            System.out.println("mirsad-spark: " + report.summary());
            System.out.println("mirsad-spark: output in " + output);
            return report.failed() > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }
}
