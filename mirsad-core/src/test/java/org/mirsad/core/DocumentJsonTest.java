package org.mirsad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.core.model.DateMention;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Mention;
import org.mirsad.core.model.Metadata;
import org.mirsad.core.model.Qualifier;
import org.mirsad.core.model.Quantity;
import org.mirsad.core.model.Quote;
import org.mirsad.core.model.Span;

class DocumentJsonTest {

    // Written for this test.
    private static final String TEXT = "قال الوزير سامر النجار إن قرابة 15 ألف أسرة عادت أمس.";

    private static Document sample() {
        Metadata meta = new Metadata("abc", "x.txt", "نبض الخليج", "عودة الأسر", null, "عمّان",
                LocalDate.of(2024, 3, 5), "ar");
        int name = TEXT.indexOf("سامر النجار");
        int qty = TEXT.indexOf("قرابة 15 ألف أسرة");
        int content = TEXT.indexOf("قرابة");
        int amsStart = TEXT.indexOf("أمس");
        return Document.of(meta, TEXT, null)
                .with(Layer.ENTITIES, List.of(new Entity(new Span(name, name + 11), "سامر النجار", EntityType.PERSON,
                        "سامر النجار", "الوزير")))
                .with(Layer.QUOTES, List.of(new Quote(new Span(0, TEXT.length() - 1),
                        new Mention(new Span(name, name + 11), "سامر النجار", "سامر النجار"),
                        new Mention(new Span(0, 3), "قال", null), new Span(content, TEXT.length() - 1), false,
                        List.of("واس"))))
                .with(Layer.QUANTITIES, List.of(new Quantity(new Span(qty, qty + 17), "قرابة 15 ألف أسرة", 15000.0,
                        null, "أسرة", Qualifier.APPROX)))
                .with(Layer.DATES, List.of(new DateMention(new Span(amsStart, amsStart + 3), "أمس", "2024-03-04")))
                .with(Layer.SOURCES, List.of("واس"));
    }

    @Test
    void writesThePublicFieldNames() {
        JsonNode n = DocumentJson.toJson(sample(), false);
        for (String f : List.of("id", "source", "outlet", "title", "text", "byline", "dateline", "published",
                "language", "entities", "quotes", "quantities", "dates", "sources")) {
            assertTrue(n.has(f), "missing field " + f);
        }
        JsonNode q = n.path("quotes").get(0);
        for (String f : List.of("speaker", "cue", "content", "contentStart", "contentEnd", "start", "end", "direct",
                "via")) {
            assertTrue(q.has(f), "missing quote field " + f);
        }
        assertEquals("approx", n.path("quantities").get(0).path("qualifier").asText());
        assertTrue(n.path("quantities").get(0).path("value").isIntegralNumber());
        assertEquals(15000, n.path("quantities").get(0).path("value").asInt());
    }

    @Test
    void contentIsTheTextUnderItsSpan() {
        JsonNode q = DocumentJson.toJson(sample(), false).path("quotes").get(0);
        assertEquals(TEXT.substring(q.path("contentStart").asInt(), q.path("contentEnd").asInt()),
                q.path("content").asText());
    }

    @Test
    void roundTripsThroughJsonLines() {
        Document d = sample();
        Document back = DocumentJson.fromJsonLine(DocumentJson.toJsonLine(d));
        assertEquals(d.meta(), back.meta());
        assertEquals(d.text(), back.text());
        for (Layer<?> layer : List.of(Layer.ENTITIES, Layer.QUOTES, Layer.QUANTITIES, Layer.DATES, Layer.SOURCES)) {
            assertEquals(d.get(layer), back.get(layer), layer.name());
        }
    }

    @Test
    void uncomputedLayersAreEmptyArrays() {
        Document d = Document.of(new Metadata("1", null, null, null, null, null, null, "ar"), "", null);
        JsonNode n = DocumentJson.toJson(d, false);
        assertTrue(n.path("entities").isArray() && n.path("entities").isEmpty());
        assertTrue(n.path("published").isNull());
    }
}
