package org.mirsad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.core.model.Annotation;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Span;

class AnalyzePropertiesTest {

    private static final Engine ENGINE = Engine.createDefault();

    /** Text mixing Arabic letters, diacritics, tatweel, digits, bidi marks, odd spaces, newlines and surrogates. */
    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<Character> arabic = Arbitraries.chars().range('\u0600', '\u06FF');
        Arbitrary<Character> specials = Arbitraries.of('\u0640', '\u064B', '\u0651', '\u200F', '\u200E', '\u00A0',
                '\u202B', '\u202C', '\u2066', '\uFEFF', '\n', '\r', '\t', ' ', '.', '«', '»', '"', '|', '-', ':',
                '\u060C', '\u061F', '\u066B', '\u066C', '%', '\uD83D', '\uDE00', '\uDC00');
        Arbitrary<Character> any = Arbitraries.chars();
        Arbitrary<Character> mixed = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, arabic), net.jqwik.api.Tuple.of(3, specials),
                net.jqwik.api.Tuple.of(1, any), net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('0', '9')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('a', 'z')));
        return mixed.list().ofMaxSize(400).map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
    }

    @Property(tries = 300)
    void analyzeNeverThrowsAndSpansAreValidAndSorted(@ForAll("messyText") String raw) {
        Document d = ENGINE.analyzeText("random", raw, null);
        for (Layer<?> layer : Layer.ALL) {
            List<?> items = d.getOrEmpty(layer);
            Span previous = null;
            for (Object item : items) {
                if (item instanceof Annotation a) {
                    a.validateAgainst(d.text());
                    if (previous != null) {
                        assertTrue(previous.compareTo(a.span()) <= 0, layer + " not sorted");
                    }
                    previous = a.span();
                }
            }
        }
    }

    @Property(tries = 100)
    void bodyMapsBackToTheRawInput(@ForAll("messyText") String raw) {
        Document d = ENGINE.analyzeText("random", raw, null);
        var map = d.raw().map();
        for (int i = 0; i < map.segmentCount(); i++) {
            String clean = d.text().substring(map.cleanStart(i), map.cleanStart(i) + map.length(i));
            String orig = raw.substring(map.rawStart(i), map.rawStart(i) + map.length(i));
            assertEquals(orig, clean);
        }
    }

    @Property(tries = 100)
    void jsonRoundTripKeepsTheDocument(@ForAll("messyText") String raw) {
        Document d = ENGINE.analyzeText("random", raw, null);
        Document back = DocumentJson.fromJsonLine(DocumentJson.toJsonLine(d));
        assertEquals(d.text(), back.text());
        assertEquals(d.meta(), back.meta());
    }
}
