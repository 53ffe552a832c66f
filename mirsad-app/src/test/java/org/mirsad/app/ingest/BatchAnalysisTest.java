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
}
