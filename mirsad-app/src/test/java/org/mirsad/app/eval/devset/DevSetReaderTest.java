package org.mirsad.app.eval.devset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mirsad.core.model.Qualifier;

class DevSetReaderTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return M.readTree(s);
    }

    @Test
    void splitsHeaderAndBodyAtFirstBlankLine() throws Exception {
        DevArticle a = DevSetReader.parse("x", "عنوان الخبر\n\nالفقرة الأولى.\n\nالفقرة الثانية.",
                json("{\"published\":\"2024-01-02\"}"));
        assertEquals("عنوان الخبر", a.header());
        assertEquals("الفقرة الأولى.\n\nالفقرة الثانية.", a.body());
        assertEquals("2024-01-02", a.published().toString());
    }

    @Test
    void locatesQuantitiesByOccurrence() throws Exception {
        String body = "وصل 20 زائرا ثم 20 آخرون";
        DevArticle a = DevSetReader.parse("x", "ع\n\n" + body, json("""
                {"published":"2024-01-02","quantities":[
                 {"text":"20","value":20,"unit":null,"counted":"آخرون","qualifier":null,"occurrence":2},
                 {"text":"بين","value":null,"range":[1,2],"unit":"%","counted":null,"qualifier":"approx"}]}
                """.replace("بين", "زائرا")));
        DevQuantity q = a.quantities().get(0);
        assertEquals(body.lastIndexOf("20"), q.span().start());
        assertEquals(20.0, q.value());
        DevQuantity r = a.quantities().get(1);
        assertTrue(r.isRange());
        assertNull(r.value());
        assertEquals(Qualifier.APPROX, r.qualifier());
    }

    @Test
    void ambiguousTextWithoutOccurrenceIsAnError() throws Exception {
        DevSetException e = assertThrows(DevSetException.class, () -> DevSetReader.parse("x", "ع\n\nأمس ثم أمس",
                json("{\"published\":\"2024-01-02\",\"dates\":[{\"text\":\"أمس\",\"value\":null}]}")));
        assertTrue(e.getMessage().contains("date[0]"), e.getMessage());
    }

    @Test
    void speakerPrefersTheOneJustAfterTheCueThenTheOneBefore() throws Exception {
        String body = "قال الوزير إن الخطة جاهزة. الوزير أضاف أن التنفيذ قريب. " + "وسيبدأ العمل في المدن الكبرى أولا ثم ينتقل إلى القرى والبلدات الصغيرة في الأشهر التالية. "
                + "وقال الوزير إن الخطة جاهزة";
        DevArticle a = DevSetReader.parse("x", "ع\n\n" + body, json("""
                {"published":"2024-01-02","quotes":[
                 {"speaker":"الوزير","cue":"أضاف","content":"التنفيذ قريب","direct":false,"via":[]},
                 {"speaker":"الوزير","cue":"قال","content":"الخطة جاهزة","direct":false,"via":[],"occurrence":2}]}
                """));
        DevQuote q0 = a.quotes().get(0);
        assertEquals(body.indexOf("الوزير أضاف"), q0.speaker().start());
        DevQuote q1 = a.quotes().get(1);
        int cue = body.lastIndexOf("قال");
        assertEquals(cue, q1.cue().start());
        assertEquals(body.lastIndexOf("الوزير"), q1.speaker().start());
        assertEquals(body.lastIndexOf("الخطة جاهزة"), q1.content().start());
    }

    @Test
    void badPublishedDateNamesTheFile() throws Exception {
        DevSetException e = assertThrows(DevSetException.class,
                () -> DevSetReader.parse("07-x", "ع\n\nنص", json("{\"published\":\"soon\"}")));
        assertTrue(e.getMessage().contains("07-x.json"));
    }

    @Test
    void readsTheProjectDevsetWithEverySpanMatchingItsText() {
        Path dir = Path.of("..", "devset");
        assumeTrue(Files.isDirectory(dir), "devset/ not found");
        DevSet set = DevSetReader.read(dir);
        assertEquals(java.util.List.of(), set.problems());
        assertTrue(set.articles().size() >= 6);
        for (DevArticle a : set.articles()) {
            for (DevQuantity q : a.quantities()) {
                assertEquals(q.text(), q.span().in(a.body()));
            }
            for (DevDate d : a.dates()) {
                assertEquals(d.text(), d.span().in(a.body()));
            }
            for (DevQuote q : a.quotes()) {
                assertEquals(q.cueText(), q.cue().in(a.body()));
                assertEquals(q.contentText(), q.content().in(a.body()));
                if (q.speaker() != null) {
                    assertEquals(q.speakerText(), q.speaker().in(a.body()));
                }
            }
        }
    }
}
