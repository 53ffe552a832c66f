package org.mirsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mirsad.app.Engine;
import org.mirsad.app.bench.BenchSubject;
import org.mirsad.app.bench.LuceneArabicSubject;
import org.mirsad.app.bench.MirsadAnalyzeSubject;
import org.mirsad.app.bench.MirsadTextLayerSubject;
import org.mirsad.app.bench.ThroughputBenchmark;
import org.mirsad.app.input.ArticleFiles;
import org.mirsad.app.input.InputException;
import org.mirsad.app.input.InputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mirsad bench}: throughput of Mirsad's text layer and analysis against Lucene's
 * ArabicAnalyzer on the same text in the same run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchSearchCommand.class, BenchHttpCommand.class},
        description = "Measure throughput against Lucene's ArabicAnalyzer on the same text, in one run.")
public final class BenchCommand implements Callable<Integer> {

    /** Smallest corpus, in UTF-8 bytes: the samples are repeated up to this size. */
    static final long MIN_CORPUS_BYTES = 2_000_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "PATH", split = ",",
            description = "Text articles (files or folders) to measure on (default: 4 MB of the ANT corpus in "
                    + "../shared/eval when present, else the bundled samples, repeated).")
    private List<String> corpus;

    @Option(names = "--rounds", defaultValue = "7", description = "Measured rounds (default ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up seconds per subject (default ${DEFAULT-VALUE}).")
    private double warmup;

    @Option(names = "--text-only", description = "Measure only the text layer against the baseline.")
    private boolean textOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> texts = new ArrayList<>();
        java.util.Optional<Path> ant = corpus == null ? org.mirsad.app.eval.corpus.EvalData.dir("antcorpus-multisource")
                : java.util.Optional.empty();
        if (ant.isPresent()) {
            try {
                texts.addAll(antTexts(ant.get()));
                out.println("Corpus source: " + ant.get() + " (first " + texts.size() + " articles by id)");
            } catch (java.io.IOException e) {
                err.println("mirsad bench: cannot read " + ant.get() + " (" + e.getMessage() + "); using the samples");
            }
        }
        List<String> given = corpus != null ? corpus
                : List.of(Path.of(System.getProperty("mirsad.home", "."), "samples").toString());
        for (InputFiles.Found f : texts.isEmpty() ? InputFiles.expand(given) : List.<InputFiles.Found>of()) {
            if (f.failed()) {
                err.println("mirsad bench: skipped " + f.given() + ": " + f.problem());
                continue;
            }
            try {
                texts.add(ArticleFiles.read(f.given(), f.path()));
            } catch (InputException e) {
                err.println("mirsad bench: skipped " + e.getMessage());
            }
        }
        if (texts.isEmpty()) {
            err.println("mirsad bench: no readable articles in " + given);
            return MirsadCli.USAGE;
        }
        List<String> repeated = repeatToSize(texts);
        List<BenchSubject> subjects = new ArrayList<>(List.of(new LuceneArabicSubject(), new MirsadTextLayerSubject()));
        if (!textOnly) {
            subjects.add(new MirsadAnalyzeSubject());
            subjects.add(new org.mirsad.app.bench.MirsadCleanerSubject());
            List<org.mirsad.core.pipeline.Stage> stages = Engine.createDefault().pipeline().stages();
            for (int k = 1; k < stages.size(); k++) {
                org.mirsad.core.pipeline.Stage stage = stages.get(k);
                org.mirsad.app.bench.MirsadStageSubject subject = new org.mirsad.app.bench.MirsadStageSubject(
                        stages.subList(0, k), stage, "  stage " + stage.name() + " alone");
                repeated.forEach(subject::prepare);
                subjects.add(subject);
            }
        }
        ThroughputBenchmark bench = new ThroughputBenchmark(repeated);
        out.printf(Locale.ROOT, "Corpus: %d articles (%d distinct), %.1f MB UTF-8; %d rounds after %.0fs warm-up each%n",
                repeated.size(), texts.size(), bytes(repeated) / 1e6, rounds, warmup);
        out.flush();
        ThroughputBenchmark.Report report = bench.run(subjects, warmup, rounds, msg -> {
            err.print("\r" + msg);
            err.flush();
        });
        err.println();
        out.printf(Locale.ROOT, "%-52s %9s %11s %12s %9s %9s %10s%n", "subject", "MB/s", "articles/s", "tokens/s",
                "ratio", "ratio~", "MB/CPU-s");
        for (ThroughputBenchmark.Figures f : report.subjects()) {
            out.printf(Locale.ROOT, "%-52s %9.2f %11.0f %12.0f %9.2f %9.2f %10.2f%n", f.name(), f.medianMbPerSec(),
                    f.medianArticlesPerSec(), f.medianTokensPerSec(), f.ratioOfMedians(), f.medianRoundRatio(),
                    f.medianCpuMbPerSec());
        }
        out.printf(Locale.ROOT, "Figures are medians over rounds on one thread; ratio = throughput / baseline "
                + "(ratio of medians; ratio~ = median of per-round ratios); MB/CPU-s = MB per CPU-second of the "
                + "measuring thread (one core's rate; GC threads not counted). Peak heap: %d MB (max %d MB).%n",
                report.peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return MirsadCli.OK;
    }

    /** Size of the ANT slice measured by default, in UTF-8 bytes. */
    static final long ANT_BYTES = 4_000_000;

    /** The first ANT articles (by id) up to {@link #ANT_BYTES}, each as its title, a blank line and its body. */
    private static List<String> antTexts(Path dir) throws java.io.IOException {
        List<org.mirsad.app.eval.corpus.CorpusArticle> all = new ArrayList<>(org.mirsad.app.eval.corpus.AntCorpus.read(dir));
        all.sort(java.util.Comparator.comparing(org.mirsad.app.eval.corpus.CorpusArticle::id));
        List<String> out = new ArrayList<>();
        long size = 0;
        for (org.mirsad.app.eval.corpus.CorpusArticle a : all) {
            if (size >= ANT_BYTES) {
                break;
            }
            String t = a.title() + "\n\n" + a.body();
            out.add(t);
            size += t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return out;
    }

    private static List<String> repeatToSize(List<String> texts) {
        List<String> out = new ArrayList<>(texts);
        long total = bytes(texts);
        while (total < MIN_CORPUS_BYTES) {
            out.addAll(texts);
            total += bytes(texts);
        }
        return out;
    }

    private static long bytes(List<String> texts) {
        long b = 0;
        for (String t : texts) {
            b += t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return b;
    }
}
