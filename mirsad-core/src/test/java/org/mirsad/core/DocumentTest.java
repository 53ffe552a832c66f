package org.mirsad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Metadata;
import org.mirsad.core.model.Span;

class DocumentTest {

    private static final String TEXT = "زارت سلمى الحداد مدينة طرابلس.";

    private static Document doc() {
        return Document.of(new Metadata("d1", "a.txt", null, null, null, null, null, "ar"), TEXT, null);
    }

    @Test
    void readingAMissingLayerIsAnErrorNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> doc().get(Layer.ENTITIES));
        assertTrue(e.getMessage().contains("entities"));
    }

    @Test
    void withAddsALayerAndKeepsTheOriginalUnchanged() {
        Document d = doc();
        Entity e = new Entity(new Span(5, 16), "سلمى الحداد", EntityType.PERSON, "سلمى الحداد", null);
        Document d2 = d.with(Layer.ENTITIES, List.of(e));
        assertEquals(List.of(e), d2.get(Layer.ENTITIES));
        assertTrue(!d.has(Layer.ENTITIES));
    }

    @Test
    void rejectsAnEntityWhoseTextDoesNotMatchItsSpan() {
        Entity wrong = new Entity(new Span(5, 16), "سلمى الحدا", EntityType.PERSON, "x", null);
        assertThrows(IllegalArgumentException.class, () -> doc().with(Layer.ENTITIES, List.of(wrong)));
    }

    @Test
    void rejectsASpanPastTheEndOfTheText() {
        Entity wrong = new Entity(new Span(20, 40), "x", EntityType.LOC, "x", null);
        assertThrows(IllegalArgumentException.class, () -> doc().with(Layer.ENTITIES, List.of(wrong)));
    }

    @Test
    void layersAreImmutable() {
        Document d = doc().with(Layer.SOURCES, List.of("وكالة الساحل"));
        assertThrows(UnsupportedOperationException.class, () -> d.get(Layer.SOURCES).add("x"));
    }
}
