package org.mirsad.app.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mirsad.app.Engine;
import org.mirsad.app.ingest.BatchAnalysis;
import org.mirsad.core.model.Document;

/**
 * A corpus of sample articles for the demo, the screenshots and the HTTP benchmark: the articles of a
 * folder analyzed like {@code mirsad analyze} does (with the folder's boilerplate profile) and
 * stored with their raw files.
 */
public final class SampleCorpus {

    private SampleCorpus() {
    }

    /** The bundled samples folder of this checkout ({@code mirsad.home}/samples). */
    public static Path bundledSamples() {
        return Path.of(System.getProperty("mirsad.home", "."), "samples");
    }

    /**
     * Analyzes the articles under {@code samples} and stores them in {@code corpus}; each problem
     * (other than skipped non-article files) goes to {@code problems}.
     *
     * @return the analysis tally
     */
    public static BatchAnalysis.Tally load(LiveCorpus corpus, Path samples, Engine engine, Consumer<String> problems)
            throws IOException {
        List<Document> docs = new ArrayList<>();
        BatchAnalysis.Tally tally = BatchAnalysis.run(engine, List.of(samples.toString()), null, docs::add, msg -> {
            if (!msg.startsWith("skipped ")) {
                problems.accept(msg);
            }
        });
        corpus.store(docs, SampleCorpus::rawFile);
        return tally;
    }

    /** The bytes of the file a document was read from, or null when it is not a readable file. */
    public static byte[] rawFile(Document d) {
        try {
            Path p = Path.of(d.meta().source());
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** A new temporary folder, removed when the JVM exits. */
    public static Path temporaryFolder(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // best effort: a temporary folder
            }
        }, "mirsad-cleanup"));
        return dir;
    }
}
