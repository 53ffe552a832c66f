package org.mirsad.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Metadata;
import org.mirsad.core.model.OffsetMap;
import org.mirsad.core.model.RawText;
import org.mirsad.core.model.Span;
import org.mirsad.index.store.CorpusStore;

/** Search on a small corpus written for this test. */
class CorpusSearcherTest {

    @TempDir
    static Path dir;

    private static Document doc(String id, String outlet, String date, String title, String text, String... persons) {
        Document d = Document.of(new Metadata(id, "test://" + id, outlet, title, null, null, LocalDate.parse(date), "ar"),
                text, new RawText(text, OffsetMap.identity(text.length())));
        List<Entity> entities = new java.util.ArrayList<>();
        for (String p : persons) {
            int at = text.indexOf(p);
            entities.add(new Entity(new Span(at, at + p.length()), p, EntityType.PERSON, p, null));
        }
        return d.with(Layer.ENTITIES, entities);
    }

    @BeforeAll
    static void index() throws IOException {
        try (CorpusStore store = CorpusStore.open(dir)) {
            store.upsert("k1", "o1", doc("a1", "صحيفة الساحل", "2024-01-10", "الحكومة تقر موازنة العام",
                    "أقرت الحكومةُ موازنة العام الجديد بعد نقاش طويل، وقالت وزيرة المالية ريم حداد إن العجز سينخفض.",
                    "ريم حداد"), null);
            store.upsert("k2", "o2", doc("a2", "موقع الضفة", "2024-02-20", "مستشفى جديد في المدينة",
                    "افتتح وزير الصحة مستشفى جديدا للأطفال، وللحكومات المحلية دور في تمويله.", "وزير الصحة"), null);
            store.upsert("k3", "o3", doc("a3", "صحيفة الساحل", "2024-03-05", "مباراة الديربي",
                    "انتهت مباراة الديربي بالتعادل، وغاب عنها المهاجم سليم ناصر بسبب الإصابة.", "سليم ناصر"), null);
            store.commit();
        }
    }

    private static List<String> ids(String query) throws IOException {
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            return s.search(query, 10, 5).hits().stream().map(SearchHit::id).sorted().toList();
        }
    }

    @Test
    void differentlySpelledAndCliticAttachedFormsMatch() throws IOException {
        assertEquals(List.of("a1", "a2"), ids("حكومه"));
        assertEquals(List.of("a1", "a2"), ids("الحُكومة"));
        assertEquals(List.of("a2"), ids("المستشفي"));
        assertEquals(List.of("a1"), ids("موازنه"));
    }

    @Test
    void phrasesAndBooleans() throws IOException {
        assertEquals(List.of("a3"), ids("\"مباراة الديربي\""));
        assertEquals(List.of(), ids("\"الديربي مباراة\""));
        assertEquals(List.of("a1"), ids("الحكومة NOT مستشفى"));
        assertEquals(List.of("a1", "a3"), ids("موازنة OR الديربي"));
    }

    @Test
    void fieldFilters() throws IOException {
        assertEquals(List.of("a1", "a3"), ids("outlet:\"صحيفة الساحل\""));
        assertEquals(List.of("a2", "a3"), ids("date:2024-02..2024-03"));
        assertEquals(List.of("a3"), ids("date:2024-03-05"));
        assertEquals(List.of("a1"), ids("entity:\"ريم حداد\""));
        assertEquals(List.of("a1", "a2", "a3"), ids("type:PERSON"));
        assertEquals(List.of("a2"), ids("title:مستشفى"));
    }

    @Test
    void facetsCountAllMatches() throws IOException {
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            SearchResult r = s.search("type:PERSON", 1, 5);
            assertEquals(3, r.total());
            assertEquals(new SearchResult.FacetValue("صحيفه الساحل", 2), r.facets().get("outlet").get(0));
            assertEquals(List.of(new SearchResult.FacetValue("2024-01", 1), new SearchResult.FacetValue("2024-02", 1),
                    new SearchResult.FacetValue("2024-03", 1)), r.facets().get("month"));
        }
    }

    @Test
    void highlightsPointAtTheMatchedWordsInTheCleanText() throws IOException {
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            SearchHit h = s.search("الحكومات", 10, 5).hits().stream().filter(x -> x.id().equals("a2")).findFirst().orElseThrow();
            Document d = s.document("a2");
            assertEquals(List.of("وللحكومات"), h.highlights().stream().map(sp -> sp.in(d.text())).toList());
            assertTrue(d.text().startsWith(h.snippet(), h.snippetAt()));
        }
    }

    @Test
    void badQueriesAreReportedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ids("colour:أحمر"));
        assertTrue(e.getMessage().contains("unknown field 'colour'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ids("date:yesterday"));
    }
}
