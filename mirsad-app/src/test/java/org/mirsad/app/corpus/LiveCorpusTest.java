package org.mirsad.app.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.app.Engine;
import org.mirsad.app.cli.MirsadCli;
import org.mirsad.index.store.CorpusStore;
import picocli.CommandLine;

/** The server's view of a corpus follows commits made beside it; the demo still prints its summary. */
class LiveCorpusTest {

    @Test
    void seesArticlesCommittedByAnotherWriter(@TempDir Path dir) throws Exception {
        Engine engine = Engine.createDefault();
        try (LiveCorpus live = LiveCorpus.open(dir, engine)) {
            assertEquals(0, live.size());
            try (CorpusStore store = CorpusStore.open(dir)) {
                store.upsert("k1", "k1", engine.analyzeText("k1", "عنوان أول\n\nافتتحت البلدية حديقة عامة جديدة في وسط المدينة.", null), null);
                store.upsert("k2", "k2", engine.analyzeText("k2", "عنوان ثان\n\nأغلقت الشرطة الطريق الساحلي بسبب أعمال الصيانة.", null), null);
            }
            long until = System.currentTimeMillis() + 5000;
            while (live.size() < 2 && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            assertEquals(2, live.size());
            assertEquals(1, live.search("الحديقة", 0, 10, 5).result().total());
        }
    }

    @Test
    void demoWithoutServingPrintsTheSummary() {
        Path samples = Path.of(System.getProperty("mirsad.root", "."), "samples");
        CommandLine cl = MirsadCli.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        int code = cl.execute("demo", "--no-serve", "--samples", samples.toString());
        assertEquals(MirsadCli.OK, code);
        assertTrue(out.toString().contains("Analyzed 15 sample articles"), out.toString());
        assertTrue(out.toString().contains("QUOTE"), out.toString());
    }
}
