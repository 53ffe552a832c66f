package org.mirsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.app.Engine;
import org.mirsad.app.ingest.BatchAnalysis;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.core.model.DateMention;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Quantity;
import org.mirsad.core.model.Quote;
import org.mirsad.index.dedup.DedupConfig;
import org.mirsad.index.dedup.DuplicateGroup;
import org.mirsad.index.dedup.NearDuplicates;
import scala.Tuple2;

/**
 * The Spark job on {@code local[2]} gives the answers {@code mirsad analyze} gives: the job runs
 * once over the project's test corpus (one session for the class), and each test compares one of
 * its outputs with the embedded engine's on the same inputs.
 */
class SparkJobTest {

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static FakeSearchCluster cluster;
    private static SparkJobReport report;
    private static Path out;
    private static List<String> analyzeLines;
    private static List<String> analyzeProblems;

    @BeforeAll
    static void runBoth() throws IOException {
        Path corpus = TestCorpus.writeTo(Files.createDirectories(tmp.resolve("corpus")));
        analyzeLines = new ArrayList<>();
        analyzeProblems = new ArrayList<>();
        BatchAnalysis.run(Engine.createDefault(), List.of(corpus.toString()), null,
                d -> analyzeLines.add(DocumentJson.toJsonLine(d)), analyzeProblems::add);

        spark = SparkSession.builder().master("local[2]").appName("mirsad-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "3")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.debug.maxToStringFields", "200")
                .getOrCreate();
        cluster = new FakeSearchCluster();
        out = tmp.resolve("out");
        SparkJobConfig config = SparkJobConfig.of(List.of(corpus.toString()), out.toString()).withPartitions(3)
                .withOpenSearch(cluster.url(), "mirsad-test");
        report = new SparkJob(spark).run(config);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void everyArticleOfEveryFormatIsAnalyzed() {
        assertEquals(TestCorpus.ARTICLES, analyzeLines.size(), "analyze: " + analyzeProblems);
        assertEquals(TestCorpus.ARTICLES, report.articles(), report.summary());
        assertEquals(6, report.files(), "texts (3), dump, TREC, WARC; hidden and .md files are skipped");
    }

    @Test
    void jsonLinesDocumentsAreExactlyTheAnalyzeOutput() throws IOException {
        List<String> spark = TestCorpus.partLines(out.resolve("jsonl/documents"));
        assertEquals(sorted(analyzeLines), sorted(spark));
    }

    @Test
    void parquetDocumentsHoldTheSameFieldsAndValues() {
        List<String> fromParquet = spark.read().parquet(out.resolve("parquet/documents").toString()).toJSON()
                .collectAsList().stream().map(j -> DocumentJson.toJsonLine(DocumentJson.fromJsonLine(j))).toList();
        assertEquals(sorted(analyzeLines), sorted(fromParquet));
        List<String> columns = List.of(spark.read().parquet(out.resolve("parquet/documents").toString()).columns());
        assertEquals(List.of("id", "source", "outlet", "title", "text", "byline", "dateline", "published", "language",
                "entities", "quotes", "quantities", "dates", "sources"), columns);
    }

    @Test
    void theTextFolderIsCleanedWithItsLearnedProfile() {
        Document text = documents().stream().filter(d -> d.meta().source().endsWith("zira3a.txt")).findFirst().orElseThrow();
        assertFalse(text.text().contains("جميع الحقوق محفوظة"), text.text());
        assertFalse(text.text().contains("الرئيسية | سياسة"), text.text());
        assertTrue(text.text().contains("سامر الحداد"));
    }

    @Test
    void entityTableHasOneRowPerEntityOfEachDocument() {
        Set<String> expected = new TreeSet<>();
        for (Document d : documents()) {
            List<Entity> es = d.getOrEmpty(Layer.ENTITIES);
            for (int i = 0; i < es.size(); i++) {
                Entity e = es.get(i);
                expected.add(String.join("|", d.meta().id(), d.meta().source(), "" + i, e.text(), e.type().name(),
                        "" + e.span().start(), "" + e.span().end(), String.valueOf(e.canonical()), String.valueOf(e.role())));
            }
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, rows("entities", r -> String.join("|", r.getString(0), r.getString(1), "" + r.getInt(2),
                r.getString(3), r.getString(4), "" + r.getInt(5), "" + r.getInt(6), String.valueOf(r.getString(7)),
                String.valueOf(r.getString(8)))));
    }

    @Test
    void quoteQuantityAndDateTablesMatchTheLayers() {
        Set<String> quotes = new TreeSet<>();
        Set<String> quantities = new TreeSet<>();
        Set<String> dates = new TreeSet<>();
        for (Document d : documents()) {
            List<Quote> qs = d.getOrEmpty(Layer.QUOTES);
            for (int i = 0; i < qs.size(); i++) {
                Quote q = qs.get(i);
                quotes.add(d.meta().id() + "|" + i + "|" + (q.speaker() == null ? "null" : q.speaker().text()) + "|"
                        + q.cue().text() + "|" + q.content().in(d.text()) + "|" + q.direct());
            }
            List<Quantity> ns = d.getOrEmpty(Layer.QUANTITIES);
            for (int i = 0; i < ns.size(); i++) {
                quantities.add(d.meta().id() + "|" + i + "|" + ns.get(i).text() + "|" + ns.get(i).value());
            }
            List<DateMention> ds = d.getOrEmpty(Layer.DATES);
            for (int i = 0; i < ds.size(); i++) {
                dates.add(d.meta().id() + "|" + i + "|" + ds.get(i).text() + "|" + ds.get(i).value());
            }
        }
        assertFalse(quotes.isEmpty());
        assertFalse(quantities.isEmpty());
        assertFalse(dates.isEmpty());
        assertEquals(quotes, rows("quotes", r -> r.getString(0) + "|" + r.getInt(2) + "|"
                + (r.isNullAt(3) ? "null" : r.getString(3)) + "|" + r.getAs("cue") + "|" + r.getAs("content") + "|"
                + r.getAs("direct")));
        assertEquals(quantities, rows("quantities", r -> r.getString(0) + "|" + r.getInt(2) + "|" + r.getAs("text") + "|"
                + r.getAs("value")));
        assertEquals(dates, rows("dates", r -> r.getString(0) + "|" + r.getInt(2) + "|" + r.getAs("text") + "|"
                + r.getAs("value")));
    }

    @Test
    void nearDuplicateGroupsAreTheEmbeddedEnginesGroups() {
        NearDuplicates embedded = new NearDuplicates(DedupConfig.DEFAULT);
        Map<String, Document> byId = new LinkedHashMap<>();
        documents().forEach(d -> byId.putIfAbsent(d.meta().id(), d));
        byId.values().forEach(d -> embedded.add(embedded.fingerprint(d.meta().id(),
                SparkNearDuplicates.time(d.meta().published() == null ? null : d.meta().published().toString()),
                (d.meta().title() == null ? "" : d.meta().title()) + "\n" + d.text())));
        List<List<String>> expected = embedded.groups().stream()
                .map(g -> g.members().stream().map(DuplicateGroup.Member::id).toList()).toList();
        assertEquals(1, expected.size(), "the corpus holds one rewritten wire story");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Row r : spark.read().parquet(out.resolve("parquet/duplicates").toString()).collectAsList()) {
            groups.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getString(3));
        }
        assertEquals(expected, new ArrayList<>(groups.values()));
        assertEquals(1, report.groups());
    }

    @Test
    void problemsAreTheOnesAnalyzeReports() {
        assertEquals(sorted(analyzeProblems), sorted(report.problems()));
        assertTrue(report.problems().stream().anyMatch(p -> p.contains(".draft.txt: hidden file")), report.problems().toString());
        assertEquals(report.problems().size(), report.skipped() + report.failed());
    }

    @Test
    void documentsAreBulkExportedWithTheArabicMapping() {
        assertEquals(List.of(), cluster.problems);
        assertTrue(cluster.mappings.get("mirsad-test").contains("arabic_normalization"));
        Set<String> ids = analyzeLines.stream().map(l -> DocumentJson.fromJsonLine(l).meta().id()).collect(Collectors.toSet());
        assertEquals(ids, cluster.documents.keySet());
        assertTrue(new HashSet<>(analyzeLines).containsAll(cluster.documents.values()));
        assertEquals(ids.size(), report.exported());
    }

    @Test
    void componentsJoinChainsAndKeepSeparateChainsApart() {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Tuple2<String, String>> edges = new ArrayList<>(List.of(new Tuple2<>("c", "d"), new Tuple2<>("a", "b"),
                new Tuple2<>("b", "c"), new Tuple2<>("x", "y")));
        for (int i = 0; i < 16; i++) {
            edges.add(new Tuple2<>(String.format("m%02d", i + 1), String.format("m%02d", i)));
        }
        Map<String, String> roots = SparkNearDuplicates.components(sc.parallelize(edges, 3)).collectAsMap();
        assertEquals(6 + 17, roots.size());
        assertEquals("a", roots.get("d"));
        assertEquals("a", roots.get("c"));
        assertEquals("x", roots.get("y"));
        assertEquals("m00", roots.get("m16"), "a chain of 17 settles on its smallest id");
        assertEquals(Map.of(), SparkNearDuplicates.components(sc.parallelize(List.<Tuple2<String, String>>of(), 2))
                .collectAsMap());
    }

    @Test
    void missingAndEmptyInputsAreReportedAndTheTablesStillWritten() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path missing = tmp.resolve("missing");
        Path out2 = tmp.resolve("out-empty");
        SparkJobReport r = new SparkJob(spark).run(new SparkJobConfig(List.of(missing.toString(), empty.toString()),
                out2.toString(), true, false, null, 2, true, false, false, null, null));
        assertEquals(0, r.articles());
        assertEquals(List.of(missing + ": no such file or folder", "skipped " + empty + ": empty folder"),
                r.problems().stream().sorted().toList());
        assertEquals(1, r.skipped());
        assertEquals(1, r.failed());
        assertEquals(0, spark.read().parquet(out2.resolve("parquet/entities").toString()).count());
        assertFalse(Files.exists(out2.resolve("jsonl")), "only the asked format is written");
        IOException again = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> new SparkJob(spark)
                .run(SparkJobConfig.of(List.of(empty.toString()), out2.toString())));
        assertTrue(again.getMessage().contains("exists"), again.getMessage());
    }

    private static List<Document> documents() {
        return analyzeLines.stream().map(DocumentJson::fromJsonLine).toList();
    }

    private static Set<String> rows(String table, java.util.function.Function<Row, String> key) {
        return spark.read().parquet(out.resolve("parquet").resolve(table).toString()).collectAsList().stream().map(key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}
