package org.mirsad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mirsad.core.model.Span;

class SpanScoreTest {

    @Test
    void oneToOneMatchingOnOverlapAndTest() {
        SpanScore s = new SpanScore();
        List<Span> gold = List.of(Span.of(0, 5), Span.of(10, 15), Span.of(20, 25));
        List<Span> pred = List.of(Span.of(2, 4), Span.of(3, 5), Span.of(30, 32), Span.of(11, 12));
        s.add("a", gold, pred, Function.identity(), Function.identity(), (g, p) -> !p.equals(Span.of(11, 12)),
                Span::toString, Span::toString);
        assertEquals(1, s.matched());
        assertEquals(0.25, s.precision(), 1e-9);
        assertEquals(1.0 / 3, s.recall(), 1e-9);
        assertEquals(2, s.misses().size());
        assertEquals(1, s.falsePositives().size());
    }

    @Test
    void emptyInputsScorePerfectly() {
        SpanScore s = new SpanScore();
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
    }
}
