package org.mirsad.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mirsad.app.Engine;
import org.mirsad.app.eval.AttributionEvaluation;
import org.mirsad.app.eval.devset.DevSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad eval attribution [DIR]}: attributed statements against the hand-annotated development set. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Precision/recall of attributed statements on the development set (match: overlapping content "
                + "and the right speaker; also content-only and cue-only).")
public final class EvalAttributionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DevsetOptions options = new DevsetOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DevSet set = options.read("attribution", err);
        if (set == null) {
            return MirsadCli.USAGE;
        }
        AttributionEvaluation e = AttributionEvaluation.run(Engine.createDefault(), set.articles());
        out.println("attribution on " + set.articles().size() + " articles of " + options.folder());
        out.println("  speaker+content: " + e.strict().summary());
        out.println("  content only   : " + e.content().summary());
        out.println("  cue only       : " + e.cue().summary());
        options.details(out, e.strict());
        out.flush();
        err.flush();
        return set.problems().isEmpty() ? MirsadCli.OK : MirsadCli.SOME_FAILED;
    }
}
