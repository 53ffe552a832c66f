package org.mirsad.app.cli;

import java.util.List;
import org.mirsad.app.Engine;
import org.mirsad.app.eval.QuantityEvaluation;
import org.mirsad.app.eval.devset.DevArticle;
import picocli.CommandLine.Command;

/** {@code mirsad eval quantities [DIR]}: quantities against the hand-annotated development set. */
@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = "Precision/recall of quantities on the development set (match: overlapping span, same value "
                + "or range and same qualifier; lenient: overlapping span only).")
public final class EvalQuantitiesCommand extends DevsetEvalCommand {

    @Override
    String what() {
        return "quantities";
    }

    @Override
    Result score(Engine engine, List<DevArticle> articles) {
        QuantityEvaluation e = QuantityEvaluation.run(engine, articles);
        return new Result(List.of(Line.of("strict", e.strict()), Line.of("lenient", e.lenient()),
                new Line("units", e.units() + "/" + e.strict().matched() + " strict matches agree on the unit")), e.strict());
    }
}
