package org.mirsad.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mirsad.app.eval.corpus.AntCorpus;
import org.mirsad.app.eval.corpus.CorpusArticle;
import org.mirsad.app.eval.corpus.EvalData;

/**
 * The text the benchmarks run on, the same as {@code ./mirsad bench}'s: the first ANT articles by
 * id (title, blank line, body) up to a size, from {@code -Dmirsad.eval.dir} or {@code ../shared/eval}
 * when present, else the repository's {@code samples/} articles repeated up to that size.
 */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    /** Articles totalling at least {@code bytes} UTF-8 bytes (fewer only when ANT is smaller). */
    public static List<String> load(long bytes) {
        Optional<Path> ant = EvalData.dir("antcorpus-multisource");
        try {
            List<String> texts = ant.isPresent() ? ant(ant.get(), bytes) : samples();
            if (texts.isEmpty()) {
                throw new IllegalStateException("no benchmark text: neither ANT nor samples/ found (run from the repository)");
            }
            List<String> out = new ArrayList<>(texts);
            long size = size(out);
            while (size < bytes) {
                out.addAll(texts);
                size += size(texts);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the text came from, for the report. */
    public static String describe() {
        return EvalData.dir("antcorpus-multisource").map(p -> "ANT multi-source (" + p + ")").orElse("samples/ repeated");
    }

    private static List<String> ant(Path dir, long bytes) throws IOException {
        List<CorpusArticle> all = new ArrayList<>(AntCorpus.read(dir));
        all.sort(Comparator.comparing(CorpusArticle::id));
        List<String> out = new ArrayList<>();
        long size = 0;
        for (CorpusArticle a : all) {
            if (size >= bytes) {
                break;
            }
            String t = a.title() + "\n\n" + a.body();
            out.add(t);
            size += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return out;
    }

    private static List<String> samples() throws IOException {
        Path dir = Path.of(System.getProperty("mirsad.home", "."), "samples");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return out;
        }
    }

    /** UTF-8 size of the texts. */
    public static long size(List<String> texts) {
        long b = 0;
        for (String t : texts) {
            b += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return b;
    }
}
