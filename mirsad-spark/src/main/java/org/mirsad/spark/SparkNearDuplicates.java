package org.mirsad.spark;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
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
import org.mirsad.spark.internal.SignatureRow;
import scala.Tuple2;

/**
 * Near-duplicate groups across the whole input, with the embedded engine's code and settings
 * ({@link NearDuplicates}, {@link DedupConfig#DEFAULT}: MinHash 128, LSH 32 bands of 4, 4-word
 * light-stemmed shingles over title and text, similarity 0.5), so the groups are the ones
 * {@code mirsad duplicates} finds:
 *
 * <ol>
 *   <li>one fingerprint per distinct article id, computed in parallel;</li>
 *   <li>LSH banding on Spark: (band, bucket key) → article ids, each bucket's pairs candidates,
 *       each candidate pair checked on its two fingerprints;</li>
 *   <li>the checked pairs joined into connected components on Spark (label propagation);</li>
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
        JavaPairRDD<String, SignatureRow> byId = fingerprints(documents, config)
                .mapToPair(s -> new Tuple2<>(s.id(), s))
                .partitionBy(new HashPartitioner(Math.max(1, documents.rdd().getNumPartitions())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> labels = components(edges(byId, config));
        JavaRDD<Row> rows = byId.join(labels)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
                .groupByKey()
                .flatMap(c -> groupRows(c._2(), config));
        return spark.createDataFrame(rows, WITH_TIME)
                .orderBy(col("size").desc(), col("group_time"), col("group"), col("member"))
                .drop("group_time");
    }

    /**
     * The checked pairs (smaller id first): articles sharing a bucket key in some band (only ids
     * travel through the banding shuffle), then each candidate pair's fingerprints joined and
     * checked with {@link NearDuplicates#duplicates}.
     */
    static JavaRDD<Tuple2<String, String>> edges(JavaPairRDD<String, SignatureRow> byId, DedupConfig config) {
        JavaPairRDD<String, String> candidates = byId.values()
                .mapPartitionsToPair(it -> {
                    NearDuplicates nd = new NearDuplicates(config);
                    List<Tuple2<Tuple2<Integer, Long>, String>> out = new ArrayList<>();
                    it.forEachRemaining(s -> {
                        long[] keys = nd.bandKeys(s.toFingerprint());
                        for (int b = 0; b < keys.length; b++) {
                            out.add(new Tuple2<>(new Tuple2<>(b, keys[b]), s.id()));
                        }
                    });
                    return out.iterator();
                })
                .groupByKey()
                .flatMapToPair(bucket -> pairs(bucket._2()))
                .distinct();
        return candidates.join(byId)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                .join(byId)
                .filter(t -> new NearDuplicates(config).duplicates(t._2()._1().toFingerprint(), t._2()._2().toFingerprint()))
                .map(t -> {
                    String a = t._2()._1().id();
                    String b = t._1();
                    return a.compareTo(b) < 0 ? new Tuple2<>(a, b) : new Tuple2<>(b, a);
                });
    }

    private static Iterator<Tuple2<String, String>> pairs(Iterable<String> bucket) {
        List<String> ids = new ArrayList<>();
        bucket.forEach(ids::add);
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                if (!a.equals(b)) {
                    out.add(a.compareTo(b) < 0 ? new Tuple2<>(a, b) : new Tuple2<>(b, a));
                }
            }
        }
        return out.iterator();
    }

    /**
     * Connected components of {@code edges}, on Spark: each article of an edge labelled with the
     * smallest id of its component. Labels spread to neighbours, then jump to their own label's
     * label (so a chain of n articles settles in about log n rounds), until no label changes.
     */
    static JavaPairRDD<String, String> components(JavaRDD<Tuple2<String, String>> edges) {
        HashPartitioner byKey = new HashPartitioner(Math.max(1, edges.getNumPartitions()));
        JavaPairRDD<String, String> links = edges
                .flatMapToPair(e -> List.of(new Tuple2<>(e._1(), e._2()), new Tuple2<>(e._2(), e._1())).iterator())
                .partitionBy(byKey)
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> labels = links.reduceByKey(byKey, SparkNearDuplicates::min)
                .mapToPair(t -> new Tuple2<>(t._1(), min(t._1(), t._2())))
                .partitionBy(byKey)
                .persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<String, String> spread = links.join(labels, byKey)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .union(labels)
                    .reduceByKey(byKey, SparkNearDuplicates::min)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            JavaPairRDD<String, String> jumped = spread.mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                    .join(spread, byKey)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .union(spread)
                    .reduceByKey(byKey, SparkNearDuplicates::min)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long changed = jumped.join(labels, byKey).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist();
            spread.unpersist();
            labels = jumped;
            if (changed == 0) {
                links.unpersist();
                return labels;
            }
        }
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
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
