package org.mirsad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mirsad.app.Engine;
import org.mirsad.app.eval.devset.DevSet;
import org.mirsad.app.eval.devset.DevSetReader;

/**
 * The stages meet their targets on the project's development set: quantities and dates P and R ≥ 0.90,
 * attribution (speaker and content) P ≥ 0.85 and R ≥ 0.80.
 */
class DevsetEvaluationTest {

    private static DevSet set;
    private static Engine engine;

    @BeforeAll
    static void read() {
        Path dir = Path.of("..", "devset");
        assumeTrue(Files.isDirectory(dir), "devset/ not found");
        set = DevSetReader.read(dir);
        engine = Engine.createDefault();
    }

    @Test
    void everyArticleIsReadable() {
        assertEquals(List.of(), set.problems());
    }

    @Test
    void quantitiesReachTheTargets() {
        QuantityEvaluation e = QuantityEvaluation.run(engine, set.articles());
        assertTrue(e.strict().precision() >= 0.90 && e.strict().recall() >= 0.90,
                () -> e.strict().summary() + "\n" + String.join("\n", e.strict().misses()) + "\n"
                        + String.join("\n", e.strict().falsePositives()));
    }

    @Test
    void datesReachTheTargets() {
        DateEvaluation e = DateEvaluation.run(engine, set.articles());
        assertTrue(e.strict().precision() >= 0.90 && e.strict().recall() >= 0.90,
                () -> e.strict().summary() + "\n" + String.join("\n", e.strict().misses()) + "\n"
                        + String.join("\n", e.strict().falsePositives()));
    }

    @Test
    void attributionReachesTheTargets() {
        AttributionEvaluation e = AttributionEvaluation.run(engine, set.articles());
        assertTrue(e.strict().precision() >= 0.85 && e.strict().recall() >= 0.80,
                () -> e.strict().summary() + "\n" + String.join("\n", e.strict().misses()) + "\n"
                        + String.join("\n", e.strict().falsePositives()));
    }

    @Test
    void lenientScoresAreAtLeastTheStrictOnes() {
        QuantityEvaluation e = QuantityEvaluation.run(engine, set.articles());
        assertTrue(e.lenient().matched() >= e.strict().matched());
    }
}
