package org.mirsad.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mirsad.app.Engine;
import org.mirsad.app.eval.DateEvaluation;
import org.mirsad.app.eval.devset.DevSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad eval dates [DIR]}: date expressions against the hand-annotated development set. */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Precision/recall of date expressions on the development set (match: overlapping span and "
                + "the same ISO value; lenient: overlapping span only).")
public final class EvalDatesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DevsetOptions options = new DevsetOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DevSet set = options.read("dates", err);
        if (set == null) {
            return MirsadCli.USAGE;
        }
        DateEvaluation e = DateEvaluation.run(Engine.createDefault(), set.articles());
        out.println("dates on " + set.articles().size() + " articles of " + options.folder());
        out.println("  strict : " + e.strict().summary());
        out.println("  lenient: " + e.lenient().summary());
        options.details(out, e.strict());
        out.flush();
        err.flush();
        return set.problems().isEmpty() ? MirsadCli.OK : MirsadCli.SOME_FAILED;
    }
}
