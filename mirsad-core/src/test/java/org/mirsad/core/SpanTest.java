package org.mirsad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mirsad.core.model.Span;

class SpanTest {

    @Test
    void rejectsNegativeStart() {
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
    }

    @Test
    void rejectsInvertedRange() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
    }

    @Test
    void emptySpanIsAllowed() {
        assertTrue(new Span(3, 3).isEmpty());
    }

    @Test
    void checkWithinRejectsSpanPastTheEnd() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(2, 9).checkWithin(8));
        assertTrue(e.getMessage().contains("length 8"));
    }

    @Test
    void inReturnsTheCoveredText() {
        assertEquals("ترا", new Span(1, 4).in("مترادف"));
    }

    @Test
    void overlapIsHalfOpen() {
        assertFalse(new Span(0, 3).overlaps(new Span(3, 5)));
        assertTrue(new Span(0, 4).overlaps(new Span(3, 5)));
    }

    @Test
    void ordersByStartThenEnd() {
        assertTrue(new Span(1, 2).compareTo(new Span(1, 3)) < 0);
        assertTrue(new Span(2, 2).compareTo(new Span(1, 9)) > 0);
    }
}
