package org.mirsad.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mirsad.app.Engine;
import org.mirsad.app.bench.BenchSubject;
import org.mirsad.app.bench.LuceneArabicSubject;
import org.mirsad.app.bench.MirsadAnalyzeSubject;
import org.mirsad.app.bench.MirsadCleanerSubject;
import org.mirsad.app.bench.MirsadStageSubject;
import org.mirsad.app.bench.MirsadTextLayerSubject;
import org.mirsad.arabic.ArabicTokenizer;
import org.mirsad.core.pipeline.Stage;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of Mirsad's layers on the same Arabic news text, with Lucene's {@code ArabicAnalyzer}
 * as the baseline (the subjects of {@code ./mirsad bench}). One operation processes one article,
 * cycling through the corpus ({@link BenchCorpus}), so the primary score is articles/s; the
 * auxiliary counters give {@code utf8Bytes} (bytes/s: divide by 10^6 for MB/s) and
 * {@code tokens} (Mirsad text-layer tokens of the articles processed, per second — the same count
 * for every subject, so the NER tagger's tokens/s compares with the others').
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class PipelineBenchmarks {

    /** The text, shared by every thread of a benchmark. */
    @State(Scope.Benchmark)
    public static class Corpus {

        /** UTF-8 bytes of text to cycle through (the ANT slice or the samples repeated). */
        @Param("1000000")
        public long bytes;

        String[] texts;
        int[] sizes;
        int[] tokens;

        /** Loads the text and counts each article's bytes and tokens once. */
        @Setup(Level.Trial)
        public void load() {
            List<String> loaded = BenchCorpus.load(bytes);
            texts = loaded.toArray(String[]::new);
            sizes = new int[texts.length];
            tokens = new int[texts.length];
            for (int i = 0; i < texts.length; i++) {
                sizes[i] = texts[i].getBytes(StandardCharsets.UTF_8).length;
                tokens[i] = ArabicTokenizer.tokenize(texts[i]).size();
            }
        }
    }

    /** Per-thread position in the corpus and the counters JMH reports as rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Rates {

        /** UTF-8 bytes processed (reported per second). */
        public long utf8Bytes;
        /** Mirsad tokens processed (reported per second). */
        public long tokens;

        private int next;

        /** Clears the counters before each iteration. */
        @Setup(Level.Iteration)
        public void clear() {
            utf8Bytes = 0;
            tokens = 0;
        }

        String take(Corpus c) {
            int i = next;
            next = next + 1 == c.texts.length ? 0 : next + 1;
            utf8Bytes += c.sizes[i];
            tokens += c.tokens[i];
            return c.texts[i];
        }
    }

    /** The subjects without per-article preparation. */
    @State(Scope.Thread)
    public static class Subjects {
        final BenchSubject lucene = new LuceneArabicSubject();
        final BenchSubject textLayer = new MirsadTextLayerSubject();
        final BenchSubject cleaning = new MirsadCleanerSubject();
        final BenchSubject analyze = new MirsadAnalyzeSubject();
    }

    /** One extraction stage alone, on documents prepared by the stages before it (outside the timing). */
    @State(Scope.Thread)
    public static class OneStage {

        /** The stage, by its pipeline name. */
        @Param({"entities", "quotes", "dates", "quantities"})
        public String stage;

        MirsadStageSubject subject;

        /** Prepares every article of the corpus for the stage. */
        @Setup(Level.Trial)
        public void prepare(Corpus corpus) {
            List<Stage> stages = Engine.createDefault().pipeline().stages();
            for (int k = 1; k < stages.size(); k++) {
                if (stages.get(k).name().equals(stage)) {
                    subject = new MirsadStageSubject(stages.subList(0, k), stages.get(k), stage);
                }
            }
            if (subject == null) {
                throw new IllegalArgumentException("no pipeline stage named " + stage);
            }
            for (String t : corpus.texts) {
                subject.prepare(t);
            }
        }
    }

    /** The baseline: Lucene's ArabicAnalyzer (tokenize, stop words, normalize, light stem). */
    @Benchmark
    public long baselineLuceneArabicAnalyzer(Corpus c, Rates r, Subjects s) {
        return s.lucene.process(r.take(c));
    }

    /** Mirsad's text layer: normalization, tokenization with clitics, sentences. */
    @Benchmark
    public long textLayer(Corpus c, Rates r, Subjects s) {
        return s.textLayer.process(r.take(c));
    }

    /** Cleaning of scraped text articles alone. */
    @Benchmark
    public long cleaning(Corpus c, Rates r, Subjects s) {
        return s.cleaning.process(r.take(c));
    }

    /** One extraction stage alone (the entity tagger: tokens/s of the perceptron NER). */
    @Benchmark
    public long stage(Corpus c, Rates r, OneStage s) {
        return s.subject.process(r.take(c));
    }

    /** The whole {@code analyze} path: cleaning and every stage. */
    @Benchmark
    public long analyze(Corpus c, Rates r, Subjects s) {
        return s.analyze.process(r.take(c));
    }
}
