package org.mirsad.app.eval;

import java.util.List;
import java.util.Objects;
import org.mirsad.app.Engine;
import org.mirsad.app.eval.devset.DevArticle;
import org.mirsad.app.eval.devset.DevDate;
import org.mirsad.core.model.DateMention;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;

/**
 * Scores the dates layer against the development set: strict (overlapping span and the same ISO value,
 * null included) and lenient (overlapping span only).
 *
 * @param strict  the strict score
 * @param lenient the span-only score
 */
public record DateEvaluation(SpanScore strict, SpanScore lenient) {

    /** Runs the engine over the articles and scores them. */
    public static DateEvaluation run(Engine engine, List<DevArticle> articles) {
        SpanScore strict = new SpanScore();
        SpanScore lenient = new SpanScore();
        for (DevArticle a : articles) {
            Document doc = DevsetRun.analyze(engine, a);
            List<DateMention> preds = doc.get(Layer.DATES);
            strict.add(a.name(), a.dates(), preds, DevDate::span, DateMention::span,
                    (g, p) -> Objects.equals(g.value(), p.value()), DateEvaluation::describe, DateEvaluation::describe);
            lenient.add(a.name(), a.dates(), preds, DevDate::span, DateMention::span, (g, p) -> true,
                    DateEvaluation::describe, DateEvaluation::describe);
        }
        return new DateEvaluation(strict, lenient);
    }

    private static String describe(DevDate d) {
        return "'" + d.text() + "' " + d.span() + " value=" + d.value();
    }

    private static String describe(DateMention d) {
        return "'" + d.text() + "' " + d.span() + " value=" + d.value();
    }
}
