package org.mirsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mirsad.app.eval.cleaning.CleaningEvaluation;
import org.mirsad.app.eval.corpus.AntCorpus;
import org.mirsad.app.eval.corpus.EvalData;
import org.mirsad.app.eval.corpus.SaudiNewsNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad eval cleaning}: the cleaner on real articles wrapped in injected debris. */
@Command(name = "cleaning", mixinStandardHelpOptions = true,
        description = {"Clean real articles (ANT, SaudiNewsNet) wrapped in injected mastheads, menus, share lines,",
            "related blocks, captions with truncated prefixes, duplicates, bylines, stamps and footers;",
            "report body recall/precision, debris removed per kind and titles found."})
public final class EvalCleaningCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--ant", paramLabel = "DIR", description = "ANT multi-source folder (default ../shared/eval/antcorpus-multisource).")
    private Path ant;

    @Option(names = "--saudinewsnet", paramLabel = "DIR", description = "SaudiNewsNet folder (default ../shared/eval/saudinewsnet).")
    private Path saudi;

    @Option(names = "--limit", defaultValue = "500", description = "Articles per corpus (default ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--seed", defaultValue = "11", description = "Sampling and injection seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--wrap", defaultValue = "0", paramLabel = "COLUMNS",
            description = "Hard-wrap the body paragraphs at this many columns, as wire copy is (default ${DEFAULT-VALUE}: one paragraph per line).")
    private int wrap;

    @Option(names = "--show", defaultValue = "0", description = "Print this many lost body lines per corpus.")
    private int show;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (wrap != 0 && wrap < 20) {
            err.println("mirsad eval cleaning: --wrap must be 0 (no wrapping) or at least 20 columns, not " + wrap);
            return MirsadCli.USAGE;
        }
        CleaningEvaluation eval = new CleaningEvaluation();
        int ran = 0;
        Optional<Path> a = ant != null ? Optional.of(ant) : EvalData.dir("antcorpus-multisource");
        if (a.isPresent()) {
            err.println("mirsad eval cleaning: reading " + a.get());
            eval.run("ANT", AntCorpus.read(a.get()), limit, seed, wrap, show, out);
            ran++;
        }
        Optional<Path> s = saudi != null ? Optional.of(saudi) : EvalData.dir("saudinewsnet");
        if (s.isPresent()) {
            err.println("mirsad eval cleaning: reading " + s.get());
            eval.run("SaudiNewsNet", SaudiNewsNet.read(s.get()), limit, seed, wrap, show, out);
            ran++;
        }
        if (ran == 0) {
            err.println("mirsad eval cleaning: no evaluation data found (give --ant or --saudinewsnet, or place ../shared/eval beside the project)");
            return MirsadCli.USAGE;
        }
        return MirsadCli.OK;
    }
}
