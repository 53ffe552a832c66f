package org.mirsad.app.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The benchmark's bag-of-tokens scoring. */
class HtmlEvaluationTest {

    @Test
    void tokenPrecisionRecallAndF1() {
        assertArrayEquals(new double[] {1, 1, 1}, HtmlEvaluation.prf("a b c", "c b a"), 1e-9);
        // got 4 tokens, 2 of them in gold (of 3): P 0.5, R 0.667
        assertArrayEquals(new double[] {0.5, 2.0 / 3, 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3)},
                HtmlEvaluation.prf("a b c", "a b x y"), 1e-9);
        assertArrayEquals(new double[] {0, 0, 0}, HtmlEvaluation.prf("a b", ""), 1e-9);
        // repeated tokens count as often as the gold has them
        assertArrayEquals(new double[] {0.5, 1, 2.0 / 3}, HtmlEvaluation.prf("a", "a a"), 1e-9);
    }
}
