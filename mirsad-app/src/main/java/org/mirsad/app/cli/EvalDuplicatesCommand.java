package org.mirsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mirsad.app.eval.DuplicatesEvaluation;
import org.mirsad.app.eval.corpus.AntCorpus;
import org.mirsad.app.eval.corpus.EvalData;
import org.mirsad.app.eval.corpus.SaudiNewsNet;
import org.mirsad.index.dedup.DedupConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad eval duplicates}: near-duplicate groups on real corpora and ANS headline pairs. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"Near-duplicate detection on SaudiNewsNet and ANT (groups, with a sample to check by eye)",
            "and on ANS stance pairs (contradictions must never be reported as duplicates).",
            "Data folders default to ../shared/eval/<name> when present."})
public final class EvalDuplicatesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--saudinewsnet", paramLabel = "DIR", description = "SaudiNewsNet folder of daily zips.")
    private Path saudi;

    @Option(names = "--ant", paramLabel = "DIR", description = "ANT multi-source folder of tar.gz archives.")
    private Path ant;

    @Option(names = "--ans", paramLabel = "DIR", description = "ANS stance folder (with stance/*.csv).")
    private Path ans;

    @Option(names = "--show", defaultValue = "10", description = "Sample groups printed per corpus (default ${DEFAULT-VALUE}).")
    private int show;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the sample (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threshold", description = "Similarity threshold (default from the built-in configuration).")
    private Double threshold;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DedupConfig c = DedupConfig.DEFAULT;
        if (threshold != null) {
            c = new DedupConfig(c.hashes(), c.bands(), c.shingle(), threshold, c.shortText(),
                    Math.max(threshold, c.shortThreshold()), c.seed());
        }
        DuplicatesEvaluation eval = new DuplicatesEvaluation(c);
        int ran = 0;
        Optional<Path> s = pick(saudi, "saudinewsnet");
        if (s.isPresent()) {
            err.println("mirsad eval duplicates: reading " + s.get());
            eval.corpus("SaudiNewsNet", SaudiNewsNet.read(s.get()), show, seed, out);
            ran++;
        }
        Optional<Path> a = pick(ant, "antcorpus-multisource");
        if (a.isPresent()) {
            err.println("mirsad eval duplicates: reading " + a.get());
            eval.corpus("ANT", AntCorpus.read(a.get()), show, seed, out);
            ran++;
        }
        Optional<Path> p = pick(ans, "ans-arabic-news-stance");
        if (p.isPresent()) {
            List<Path> csvs = new ArrayList<>();
            for (String f : List.of("stance/test.csv", "stance/dev.csv")) {
                if (Files.isRegularFile(p.get().resolve(f))) {
                    csvs.add(p.get().resolve(f));
                }
            }
            eval.pairs(csvs, out);
            ran++;
        }
        if (ran == 0) {
            err.println("mirsad eval duplicates: no evaluation data found (give --saudinewsnet, --ant or --ans, "
                    + "or place ../shared/eval beside the project)");
            return MirsadCli.USAGE;
        }
        return 0;
    }

    private static Optional<Path> pick(Path given, String name) {
        return given != null ? Optional.of(given) : EvalData.dir(name);
    }
}
