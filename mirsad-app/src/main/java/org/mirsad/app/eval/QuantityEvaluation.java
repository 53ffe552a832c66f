package org.mirsad.app.eval;

import java.util.List;
import java.util.Objects;
import org.mirsad.app.Engine;
import org.mirsad.app.eval.devset.DevArticle;
import org.mirsad.app.eval.devset.DevQuantity;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Quantity;

/**
 * Scores the quantities layer against the development set: strict (overlapping span, same value or
 * range, same qualifier) and lenient (overlapping span only), plus unit agreement on strict matches.
 *
 * @param strict  the strict score
 * @param lenient the span-only score
 * @param units   how many strict matches also agree on the unit, over {@code strict.matched()}
 */
public record QuantityEvaluation(SpanScore strict, SpanScore lenient, int units) {

    /** Runs the engine over the articles and scores them. */
    public static QuantityEvaluation run(Engine engine, List<DevArticle> articles) {
        SpanScore strict = new SpanScore();
        SpanScore lenient = new SpanScore();
        int[] units = new int[1];
        for (DevArticle a : articles) {
            Document doc = DevsetRun.analyze(engine, a);
            List<Quantity> preds = doc.get(Layer.QUANTITIES);
            strict.add(a.name(), a.quantities(), preds, DevQuantity::span, Quantity::span, (g, p) -> {
                boolean ok = sameValue(g, p) && g.qualifier() == p.qualifier();
                if (ok && Objects.equals(g.unit(), p.unit())) {
                    units[0]++;
                }
                return ok;
            }, QuantityEvaluation::describe, QuantityEvaluation::describe);
            lenient.add(a.name(), a.quantities(), preds, DevQuantity::span, Quantity::span, (g, p) -> true,
                    QuantityEvaluation::describe, QuantityEvaluation::describe);
        }
        return new QuantityEvaluation(strict, lenient, units[0]);
    }

    /** Same value (relative tolerance 1e-5), or the same range, or both vague. */
    static boolean sameValue(DevQuantity g, Quantity p) {
        if (g.isRange()) {
            return p.range() != null && close(g.low(), p.range().low()) && close(g.high(), p.range().high());
        }
        if (g.value() == null || p.value() == null) {
            return g.value() == null && p.value() == null && p.range() == null;
        }
        return close(g.value(), p.value());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-5 * Math.max(1, Math.abs(a));
    }

    private static String describe(DevQuantity q) {
        return "'" + q.text() + "' " + q.span() + " value=" + (q.isRange() ? "[" + q.low() + ", " + q.high() + "]" : q.value())
                + " unit=" + q.unit() + " qualifier=" + (q.qualifier() == null ? null : q.qualifier().jsonName())
                + " counted=" + q.counted();
    }

    private static String describe(Quantity q) {
        return "'" + q.text() + "' " + q.span() + " value=" + (q.range() != null ? "[" + q.range().low() + ", "
                + q.range().high() + "]" : q.value()) + " unit=" + q.unit() + " qualifier="
                + (q.qualifier() == null ? null : q.qualifier().jsonName()) + " counted=" + q.counted();
    }
}
