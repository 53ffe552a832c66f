package org.mirsad.index.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Mention;
import org.mirsad.core.model.Metadata;
import org.mirsad.core.model.OffsetMap;
import org.mirsad.core.model.Quote;
import org.mirsad.core.model.RawText;
import org.mirsad.core.model.Span;
import org.mirsad.index.search.CorpusSearcher;
import org.mirsad.index.store.CorpusStore;

/** Statements by speaker and entity counts over a small corpus written for this test. */
class CorpusViewsTest {

    private static Document said(String id, String date, String speaker, String cue, String content) {
        String text = cue + " " + speaker + " إن " + content + ".";
        Document d = Document.of(new Metadata(id, "t://" + id, "موقع الاختبار", "عنوان " + id, null, null,
                LocalDate.parse(date), "ar"), text, new RawText(text, OffsetMap.identity(text.length())));
        int s = text.indexOf(speaker);
        int c = text.indexOf(content);
        Quote q = new Quote(new Span(0, c + content.length()), new Mention(new Span(s, s + speaker.length()), speaker, speaker),
                new Mention(new Span(0, cue.length()), cue, null), new Span(c, c + content.length()), false, List.of("وكالة الشرق"));
        Entity e = new Entity(new Span(s, s + speaker.length()), speaker, EntityType.PERSON, speaker, null);
        return d.with(Layer.QUOTES, List.of(q)).with(Layer.ENTITIES, List.of(e));
    }

    @Test
    void statementsAreGroupedBySpeakerAnySpelling(@TempDir Path dir) throws IOException {
        try (CorpusStore store = CorpusStore.open(dir)) {
            store.upsert("a", "a", said("a", "2024-02-01", "هالة منصور", "قالت", "الميزانية ستقر قريبا"), null);
            store.upsert("b", "b", said("b", "2024-02-03", "هالة منصور", "أكدت", "العجز سينخفض"), null);
            store.upsert("c", "c", said("c", "2024-02-02", "كريم عواد", "قال", "المعارضة سترفض الميزانية"), null);
            store.commit();
        }
        try (CorpusSearcher s = CorpusSearcher.open(dir)) {
            CorpusViews views = new CorpusViews(s);
            Map<String, List<StatementView>> all = views.statementsBySpeaker(null);
            assertEquals(List.of("هالة منصور", "كريم عواد"), List.copyOf(all.keySet()));
            Map<String, List<StatementView>> one = views.statementsBySpeaker("هاله منصور");
            assertEquals(1, one.size());
            assertEquals(List.of("الميزانية ستقر قريبا", "العجز سينخفض"),
                    one.get("هالة منصور").stream().map(StatementView::content).toList());
            assertEquals(List.of("وكالة الشرق"), one.get("هالة منصور").get(0).via());
            assertEquals(2, views.entityCounts().get("PERSON:هالة منصور"));
            List<StatementView> timeline = views.statements(List.of("b", "c", "a"));
            assertTrue(timeline.get(0).published().isBefore(timeline.get(2).published()));
        }
    }
}
