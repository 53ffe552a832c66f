package org.mirsad.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.app.Engine;
import org.mirsad.core.json.DocumentJson;

/** Parallel batch analysis hands over the same documents and problems, in input order, as one thread. */
class BatchAnalysisTest {

    @Test
    void threadsGiveTheOutputOfOneThreadInInputOrder(@TempDir Path dir) throws Exception {
        Path in = IngestTest.corpus(dir, 30);
        Files.write(in.resolve("a00015-broken.json"), "{\"title\": ".getBytes(StandardCharsets.UTF_8));
        Engine engine = Engine.createDefault();
        List<String> one = new ArrayList<>();
        List<String> oneProblems = new ArrayList<>();
        BatchAnalysis.Tally t1 = BatchAnalysis.run(engine, List.of(in.toString()), null, 1,
                d -> one.add(DocumentJson.toJsonLine(d)), oneProblems::add);
        List<String> many = new ArrayList<>();
        List<String> manyProblems = new ArrayList<>();
        BatchAnalysis.Tally t3 = BatchAnalysis.run(engine, List.of(in.toString()), null, 3,
                d -> many.add(DocumentJson.toJsonLine(d)), manyProblems::add);
        assertEquals(30, t1.analyzed());
        assertEquals(t1, t3);
        assertEquals(one, many);
        assertEquals(oneProblems, manyProblems);
        assertTrue(oneProblems.stream().anyMatch(p -> p.contains("a00015-broken.json")), oneProblems.toString());
    }

    @Test
    void anArticleWithNoTextLeftAfterCleaningIsDeliveredWithANoteNamingIt(@TempDir Path dir) throws Exception {
        Path stamp = dir.resolve("stamp-only.txt");
        Files.writeString(stamp, "الخميس 14 نوفمبر 2024\n", StandardCharsets.UTF_8);
        Path article = dir.resolve("article.txt");
        Files.writeString(article, "عاد الصيادون إلى الميناء بعد أسبوع من العواصف التي منعتهم من الإبحار.\n",
                StandardCharsets.UTF_8);
        List<String> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        BatchAnalysis.Tally t = BatchAnalysis.run(Engine.createDefault(), List.of(stamp.toString(), article.toString()),
                null, 1, d -> docs.add(d.text()), problems::add);
        assertEquals(2, t.analyzed());
        assertEquals(0, t.failed());
        assertEquals("", docs.get(0));
        assertTrue(docs.get(1).startsWith("عاد الصيادون"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("note ") && problems.get(0).contains("stamp-only.txt")
                && problems.get(0).contains("no article text"), problems.get(0));
    }
}
