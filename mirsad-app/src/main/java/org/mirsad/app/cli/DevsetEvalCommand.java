package org.mirsad.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.mirsad.app.Engine;
import org.mirsad.app.eval.SpanScore;
import org.mirsad.app.eval.devset.DevArticle;
import org.mirsad.app.eval.devset.DevSet;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The shape shared by the development-set evaluations: read the set, run the engine, print named
 * scores, list misses and false positives of the main score with {@code -v}.
 */
abstract class DevsetEvalCommand implements Callable<Integer> {

    /** A named result line. */
    record Line(String label, String text) {

        /** A line showing a score's summary. */
        static Line of(String label, SpanScore score) {
            return new Line(label, score.summary());
        }
    }

    /** The lines to print, and the score whose misses and false positives {@code -v} lists. */
    record Result(List<Line> lines, SpanScore details) {
    }

    @Spec
    CommandSpec spec;

    @Mixin
    DevsetOptions options = new DevsetOptions();

    /** What is evaluated, e.g. {@code "dates"}. */
    abstract String what();

    /** Runs the evaluation. */
    abstract Result score(Engine engine, List<DevArticle> articles);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DevSet set = options.read(what(), err);
        if (set == null) {
            return MirsadCli.USAGE;
        }
        Result r = score(Engine.createDefault(), set.articles());
        out.println(what() + " on " + set.articles().size() + " articles of " + options.folder());
        int width = r.lines().stream().mapToInt(l -> l.label().length()).max().orElse(0);
        for (Line l : r.lines()) {
            out.println("  " + String.format("%-" + width + "s", l.label()) + ": " + l.text());
        }
        options.details(out, r.details());
        out.flush();
        err.flush();
        return set.problems().isEmpty() ? MirsadCli.OK : MirsadCli.SOME_FAILED;
    }
}
