package org.mirsad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mirsad.core.model.OffsetMap;
import org.mirsad.core.model.Span;

class OffsetMapTest {

    // raw:   "XX abc\nYY de"  -> clean "abc\nde"
    private final OffsetMap map = OffsetMap.builder().add(0, 3, 3).add(4, 10, 2).build();

    @Test
    void mapsOffsetsInsideSegments() {
        assertEquals(3, map.toRaw(0));
        assertEquals(5, map.toRaw(2));
        assertEquals(10, map.toRaw(4));
        assertEquals(11, map.toRaw(5));
    }

    @Test
    void separatorMapsToTheEndOfThePreviousSegment() {
        assertEquals(6, map.toRaw(3));
    }

    @Test
    void mapsSpans() {
        String raw = "XX abc\nYY de";
        assertEquals("de", map.toRaw(new Span(4, 6)).in(raw));
    }

    @Test
    void rejectsSegmentsOutOfOrder() {
        assertThrows(IllegalArgumentException.class, () -> OffsetMap.builder().add(5, 0, 3).add(6, 9, 1));
    }
}
