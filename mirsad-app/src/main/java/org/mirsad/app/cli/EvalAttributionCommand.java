package org.mirsad.app.cli;

import java.util.List;
import org.mirsad.app.Engine;
import org.mirsad.app.eval.AttributionEvaluation;
import org.mirsad.app.eval.devset.DevArticle;
import picocli.CommandLine.Command;

/** {@code mirsad eval attribution [DIR]}: attributed statements against the hand-annotated development set. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Precision/recall of attributed statements on the development set (match: overlapping content "
                + "and the right speaker; also content-only and cue-only).")
public final class EvalAttributionCommand extends DevsetEvalCommand {

    @Override
    String what() {
        return "attribution";
    }

    @Override
    Result score(Engine engine, List<DevArticle> articles) {
        AttributionEvaluation e = AttributionEvaluation.run(engine, articles);
        return new Result(List.of(Line.of("speaker+content", e.strict()), Line.of("content only", e.content()),
                Line.of("cue only", e.cue())), e.strict());
    }
}
