package org.mirsad.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.mirsad.core.model.Span;

/**
 * Precision, recall and F1 of predicted spans against gold spans, one-to-one: a gold item is matched
 * by the first unmatched prediction that overlaps it and passes the match test. Counts add up over
 * articles with {@link #add}.
 */
public final class SpanScore {

    private int gold;
    private int predicted;
    private int matched;
    private final List<String> misses = new ArrayList<>();
    private final List<String> falsePositives = new ArrayList<>();

    /**
     * Scores one article and adds its counts.
     *
     * @param where     the article's name, for messages
     * @param golds     the gold items
     * @param preds     the predicted items
     * @param goldSpan  span of a gold item
     * @param predSpan  span of a predicted item
     * @param same      whether an overlapping pair is a match (e.g. same value)
     * @param describeG describes a gold item for the miss list
     * @param describeP describes a prediction for the false-positive list
     */
    public <G, P> void add(String where, List<G> golds, List<P> preds, Function<G, Span> goldSpan,
                           Function<P, Span> predSpan, BiPredicate<G, P> same, Function<G, String> describeG,
                           Function<P, String> describeP) {
        gold += golds.size();
        predicted += preds.size();
        boolean[] used = new boolean[preds.size()];
        for (G g : golds) {
            int hit = -1;
            for (int k = 0; k < preds.size() && hit < 0; k++) {
                if (!used[k] && goldSpan.apply(g).overlaps(predSpan.apply(preds.get(k))) && same.test(g, preds.get(k))) {
                    hit = k;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
                matched++;
            } else {
                StringBuilder m = new StringBuilder(where).append(": MISS ").append(describeG.apply(g));
                for (P p : preds) {
                    if (goldSpan.apply(g).overlaps(predSpan.apply(p))) {
                        m.append("  (got ").append(describeP.apply(p)).append(')');
                    }
                }
                misses.add(m.toString());
            }
        }
        for (int k = 0; k < preds.size(); k++) {
            if (!used[k]) {
                boolean overlapsGold = false;
                for (G g : golds) {
                    overlapsGold |= goldSpan.apply(g).overlaps(predSpan.apply(preds.get(k)));
                }
                if (!overlapsGold) {
                    falsePositives.add(where + ": FALSE POSITIVE " + describeP.apply(preds.get(k)));
                }
            }
        }
    }

    /** Gold items seen. */
    public int gold() {
        return gold;
    }

    /** Predictions seen. */
    public int predicted() {
        return predicted;
    }

    /** Matched pairs. */
    public int matched() {
        return matched;
    }

    /** Matched / predicted (1 when nothing was predicted). */
    public double precision() {
        return predicted == 0 ? 1.0 : (double) matched / predicted;
    }

    /** Matched / gold (1 when there is no gold). */
    public double recall() {
        return gold == 0 ? 1.0 : (double) matched / gold;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Gold items without a match, described. */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** Predictions overlapping no gold item, described. */
    public List<String> falsePositives() {
        return List.copyOf(falsePositives);
    }

    /** One line: {@code P 0.950  R 0.920  F1 0.935  (matched/predicted/gold)}. */
    public String summary() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (matched %d, predicted %d, gold %d)",
                precision(), recall(), f1(), matched, predicted, gold);
    }
}
