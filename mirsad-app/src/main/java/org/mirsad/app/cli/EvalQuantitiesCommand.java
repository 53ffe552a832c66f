package org.mirsad.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mirsad.app.Engine;
import org.mirsad.app.eval.QuantityEvaluation;
import org.mirsad.app.eval.devset.DevSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad eval quantities [DIR]}: quantities against the hand-annotated development set. */
@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = "Precision/recall of quantities on the development set (match: overlapping span, same value "
                + "or range and same qualifier; lenient: overlapping span only).")
public final class EvalQuantitiesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DevsetOptions options = new DevsetOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DevSet set = options.read("quantities", err);
        if (set == null) {
            return MirsadCli.USAGE;
        }
        QuantityEvaluation e = QuantityEvaluation.run(Engine.createDefault(), set.articles());
        out.println("quantities on " + set.articles().size() + " articles of " + options.folder());
        out.println("  strict : " + e.strict().summary());
        out.println("  lenient: " + e.lenient().summary());
        out.println(String.format(Locale.ROOT, "  unit agreement on strict matches: %d/%d", e.units(), e.strict().matched()));
        options.details(out, e.strict());
        out.flush();
        err.flush();
        return set.problems().isEmpty() ? MirsadCli.OK : MirsadCli.SOME_FAILED;
    }
}
