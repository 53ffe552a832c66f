package org.mirsad.app.cli;

import java.util.List;
import org.mirsad.app.Engine;
import org.mirsad.app.eval.DateEvaluation;
import org.mirsad.app.eval.devset.DevArticle;
import picocli.CommandLine.Command;

/** {@code mirsad eval dates [DIR]}: date expressions against the hand-annotated development set. */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Precision/recall of date expressions on the development set (match: overlapping span and "
                + "the same ISO value; lenient: overlapping span only).")
public final class EvalDatesCommand extends DevsetEvalCommand {

    @Override
    String what() {
        return "dates";
    }

    @Override
    Result score(Engine engine, List<DevArticle> articles) {
        DateEvaluation e = DateEvaluation.run(engine, articles);
        return new Result(List.of(Line.of("strict", e.strict()), Line.of("lenient", e.lenient())), e.strict());
    }
}
