package org.mirsad.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.app.Engine;
import org.mirsad.index.store.CorpusStore;
import org.mirsad.index.store.Fields;
import org.mirsad.ingest.read.ReaderOptions;

/** Ingest into the corpus store: counts, re-ingest dedup, and recovery after kill -9. */
class IngestTest {

    private static final String[] CITIES = {"طرابلس", "صيدا", "حمص", "إربد", "سوسة", "وهران", "أسيوط", "الموصل", "صلالة", "عدن"};
    private static final String[] THINGS = {"مدرسة", "مستشفى", "جسر", "سوق", "مكتبة", "حديقة", "ملعب", "محطة مياه"};

    /** A distinct article of the generator's own invention, numbered {@code i}. */
    static String article(int i) {
        String city = CITIES[i % CITIES.length];
        String thing = THINGS[(i / CITIES.length) % THINGS.length];
        return "افتتاح " + thing + " جديد في " + city + " رقم " + i + "\n\n"
                + "افتتحت السلطات المحلية في " + city + " " + thing + " جديدا يحمل الرقم " + i + " بكلفة " + (1000 + i * 7)
                + " ألف، بعد أعمال استمرت " + (3 + i % 20) + " شهرا.\n"
                + "وقال مسؤول في البلدية إن المشروع يخدم نحو " + (500 + i) + " أسرة في الأحياء المجاورة.\n";
    }

    static Path corpus(Path dir, int n) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < n; i++) {
            Files.writeString(in.resolve(String.format("a%05d.txt", i)), article(i), StandardCharsets.UTF_8);
        }
        return in;
    }

    private static IngestReport ingest(Path data, Path in) throws Exception {
        Ingest ingest = new Ingest(new ItemAnalyzer(Engine.createDefault()),
                new Ingest.Settings(ReaderOptions.DEFAULT, 2, null, true));
        try (CorpusStore store = CorpusStore.open(data)) {
            return ingest.run(List.of(in.toString()), store, r -> { });
        }
    }

    @Test
    void reingestUpdatesInsteadOfAddingCopies(@TempDir Path dir) throws Exception {
        Path in = corpus(dir, 40);
        Files.writeString(in.resolve("copy-of-7.txt"), article(7), StandardCharsets.UTF_8);
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 0, 0, 0, 9});
        Path data = dir.resolve("data");
        IngestReport first = ingest(data, in);
        assertEquals(40, first.added());
        assertEquals(1, first.unchanged(), "the copy under another name is the same article");
        assertEquals(1, first.failed().size());
        assertTrue(first.failed().get(0).origin().endsWith("binary.txt"));

        Files.writeString(in.resolve("a00003.txt"), article(3) + "وأضاف أن الافتتاح الرسمي سيكون الأسبوع المقبل.\n");
        IngestReport second = ingest(data, in);
        assertEquals(0, second.added());
        assertEquals(1, second.updated());
        assertEquals(40, second.unchanged());
        assertEquals(40, liveDocs(data).size());
    }

    @Test
    void ingestKilledAtAnyMomentEndsWithEveryArticleOnce(@TempDir Path dir) throws Exception {
        int n = Ingest.COMMIT_EVERY + 1500;
        Path in = corpus(dir, n);
        Path data = dir.resolve("data");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.mirsad.app.cli.MirsadCli", "ingest", "--quiet",
                "--threads", "1", "--data", data.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!hasCommit(data) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        child.destroyForcibly().waitFor();
        assertTrue(hasCommit(data), "the child committed before it was killed");
        IngestReport rerun = ingest(data, in);
        assertEquals(n, rerun.processed());
        List<String> ids = liveDocs(data);
        assertEquals(n, ids.size());
        assertEquals(n, new HashSet<>(ids).size());
    }

    private static boolean hasCommit(Path data) throws IOException {
        Path index = data.resolve("index");
        if (!Files.isDirectory(index)) {
            return false;
        }
        try (Stream<Path> s = Files.list(index)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        }
    }

    private static List<String> liveDocs(Path data) throws IOException {
        try (FSDirectory d = FSDirectory.open(data.resolve("index")); DirectoryReader r = DirectoryReader.open(d)) {
            List<String> ids = new java.util.ArrayList<>();
            StoredFields sf = r.storedFields();
            org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(r);
            for (int i = 0; i < r.maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    ids.add(sf.document(i, Set.of(Fields.ID)).get(Fields.ID));
                }
            }
            return ids;
        }
    }
}
