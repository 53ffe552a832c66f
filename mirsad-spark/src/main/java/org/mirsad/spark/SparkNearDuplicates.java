package org.mirsad.spark;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.mirsad.index.dedup.DedupConfig;
import org.mirsad.index.dedup.DuplicateGroup;
import org.mirsad.index.dedup.Fingerprint;
import org.mirsad.index.dedup.NearDuplicates;
import scala.Tuple2;

/**
 * Near-duplicate groups across the whole input, with the embedded engine's code and settings
 * ({@link NearDuplicates}, {@link DedupConfig#DEFAULT}: MinHash 128, LSH 32 bands of 4, 4-word
 * light-stemmed shingles over title and text, similarity 0.5), so the groups are the ones
 * {@code mirsad duplicates} finds:
 *
 * <ol>
 *   <li>one fingerprint per distinct article id, computed in parallel;</li>
 *   <li>LSH banding on Spark: (band, bucket key) → articles, each bucket's pairs checked;</li>
 *   <li>the checked pairs joined into connected components on the driver (one edge per pair);</li>
 *   <li>each component handed whole to a {@link NearDuplicates}, which splits it by original.</li>
 * </ol>
 */
public final class SparkNearDuplicates {

    /** Columns of the duplicates table: one row per group member, the original first. */
    public static final StructType SCHEMA = new StructType()
            .add("group", DataTypes.StringType, false)
            .add("size", DataTypes.IntegerType, false)
            .add("member", DataTypes.IntegerType, false)
            .add("id", DataTypes.StringType, false)
            .add("published", DataTypes.StringType, true)
            .add("similarity", DataTypes.DoubleType, false);

    /** The rows as computed: with the original's order key, to sort by. */
    private static final StructType WITH_TIME = SCHEMA.add("group_time", DataTypes.LongType, false);

    private SparkNearDuplicates() {
    }

    /**
     * The duplicate groups among {@code documents} (rows of {@link DocumentSchema#DOCUMENT}), as
     * rows of {@link #SCHEMA}, largest group first, then by the original's date and id.
     */
    public static Dataset<Row> groups(SparkSession spark, Dataset<Row> documents, DedupConfig config) {
        JavaRDD<SignatureRow> prints = fingerprints(documents, config).persist(StorageLevel.MEMORY_AND_DISK());
        List<Tuple2<String, String>> edges = prints
                .mapPartitionsToPair(it -> {
                    NearDuplicates nd = new NearDuplicates(config);
                    List<Tuple2<Tuple2<Integer, Long>, SignatureRow>> out = new ArrayList<>();
                    it.forEachRemaining(s -> {
                        long[] keys = nd.bandKeys(s.toFingerprint());
                        for (int b = 0; b < keys.length; b++) {
                            out.add(new Tuple2<>(new Tuple2<>(b, keys[b]), s));
                        }
                    });
                    return out.iterator();
                })
                .groupByKey()
                .flatMap(bucket -> checkedPairs(bucket._2(), config))
                .distinct()
                .collect();
        Map<String, String> roots = components(edges);
        Broadcast<Map<String, String>> component = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(roots);
        JavaRDD<Row> rows = prints.filter(s -> component.value().containsKey(s.id()))
                .mapToPair(s -> new Tuple2<>(component.value().get(s.id()), s))
                .groupByKey()
                .flatMap(c -> groupRows(c._2(), config));
        return spark.createDataFrame(rows, WITH_TIME)
                .orderBy(col("size").desc(), col("group_time"), col("group"), col("member"))
                .drop("group_time");
    }

    private static JavaRDD<SignatureRow> fingerprints(Dataset<Row> documents, DedupConfig config) {
        return documents.select("id", "source", "title", "text", "published").javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getString(0), r))
                .reduceByKey((a, b) -> Objects.toString(a.getString(1), "").compareTo(Objects.toString(b.getString(1), ""))
                        <= 0 ? a : b)
                .values()
                .mapPartitions(it -> {
                    NearDuplicates nd = new NearDuplicates(config);
                    List<SignatureRow> out = new ArrayList<>();
                    it.forEachRemaining(r -> {
                        String title = r.isNullAt(2) ? "" : r.getString(2);
                        String text = r.isNullAt(3) ? "" : r.getString(3);
                        Fingerprint f = nd.fingerprint(r.getString(0), time(r.isNullAt(4) ? null : r.getString(4)),
                                title + "\n" + text);
                        if (f.words() > 0) {
                            out.add(SignatureRow.of(f));
                        }
                    });
                    return out.iterator();
                });
    }

    /** The order key of an article: its publication day, unknown dates last (as the corpus views). */
    static long time(String published) {
        return published == null ? Long.MAX_VALUE : LocalDate.parse(published).toEpochDay();
    }

    private static Iterator<Tuple2<String, String>> checkedPairs(Iterable<SignatureRow> bucket, DedupConfig config) {
        List<Fingerprint> members = new ArrayList<>();
        bucket.forEach(s -> members.add(s.toFingerprint()));
        List<Tuple2<String, String>> pairs = new ArrayList<>();
        if (members.size() < 2) {
            return pairs.iterator();
        }
        NearDuplicates nd = new NearDuplicates(config);
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Fingerprint a = members.get(i);
                Fingerprint b = members.get(j);
                if (nd.duplicates(a, b)) {
                    pairs.add(a.id().compareTo(b.id()) < 0 ? new Tuple2<>(a.id(), b.id()) : new Tuple2<>(b.id(), a.id()));
                }
            }
        }
        return pairs.iterator();
    }

    /** Each article of an edge mapped to its component's root (union-find with path halving). */
    static Map<String, String> components(List<Tuple2<String, String>> edges) {
        Map<String, String> parent = new HashMap<>();
        for (Tuple2<String, String> e : edges) {
            String a = find(parent, e._1());
            String b = find(parent, e._2());
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, String> roots = new HashMap<>();
        for (String id : parent.keySet()) {
            roots.put(id, find(parent, id));
        }
        return roots;
    }

    private static String find(Map<String, String> parent, String id) {
        String x = id;
        parent.putIfAbsent(x, x);
        while (!parent.get(x).equals(x)) {
            String grand = parent.get(parent.get(x));
            parent.put(x, grand);
            x = grand;
        }
        return x;
    }

    private static Iterator<Row> groupRows(Iterable<SignatureRow> component, DedupConfig config) {
        NearDuplicates nd = new NearDuplicates(config);
        component.forEach(s -> nd.add(s.toFingerprint()));
        List<Row> rows = new ArrayList<>();
        for (DuplicateGroup g : nd.groups()) {
            String group = g.original().id();
            for (int i = 0; i < g.members().size(); i++) {
                DuplicateGroup.Member m = g.members().get(i);
                rows.add(RowFactory.create(group, g.members().size(), i, m.id(), day(m.time()), m.similarityToOriginal(),
                        g.original().time()));
            }
        }
        return rows.iterator();
    }

    private static String day(long time) {
        return time == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(time).toString();
    }
}
