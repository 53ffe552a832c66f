package org.mirsad.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.arabic.TextLayerStage;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Metadata;
import org.mirsad.core.model.Quote;

/** Attribution constructions, on sentences written for this test. */
class QuoteStageTest {

    static List<Quote> quotes(String text) {
        Document d = Document.of(new Metadata("t", "t", null, null, null, null, null, "ar"), text, null);
        return new QuoteStage().apply(new TextLayerStage().apply(d)).get(Layer.QUOTES);
    }

    static String speaker(Quote q, String text) {
        return q.speaker() == null ? null : q.speaker().span().in(text);
    }

    @Test
    void verbSubjectOrder() {
        String t = "قال مسؤول حكومي رفيع إن المحادثات ستستأنف الأسبوع المقبل.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size(), q::toString);
        assertEquals("مسؤول حكومي رفيع", speaker(q.get(0), t));
        assertEquals("قال", q.get(0).cue().text());
        assertEquals("المحادثات ستستأنف الأسبوع المقبل", q.get(0).content().in(t));
    }

    @Test
    void subjectVerbOrder() {
        String t = "الوزارة قالت إن الطريق سيفتح مساء الخميس.";
        List<Quote> q = quotes(t);
        assertEquals("الوزارة", speaker(q.get(0), t));
        assertEquals("الطريق سيفتح مساء الخميس", q.get(0).content().in(t));
    }

    @Test
    void droppedSubjectContinuesTheLastSpeaker() {
        String t = "أعلنت مديرة المدرسة سعاد المهيري أن الدوام سيبدأ مبكرا.\nوأضافت أن الحافلات ستعمل كالمعتاد.";
        List<Quote> q = quotes(t);
        assertEquals(2, q.size(), q::toString);
        assertEquals("مديرة المدرسة سعاد المهيري", speaker(q.get(1), t));
    }

    @Test
    void directQuotationIsDirect() {
        String t = "وقال المدرب: «سنلعب للفوز في كل المباريات».";
        Quote q = quotes(t).get(0);
        assertTrue(q.direct());
        assertEquals("سنلعب للفوز في كل المباريات", q.content().in(t));
        assertEquals("المدرب", speaker(q, t));
    }

    @Test
    void attributionPhrase() {
        String t = "ارتفعت أسعار الخبز بنسبة عشرة في المئة، بحسب مصادر في نقابة الخبازين.";
        Quote q = quotes(t).get(0);
        assertEquals("مصادر في نقابة الخبازين", speaker(q, t));
        assertEquals("ارتفعت أسعار الخبز بنسبة عشرة في المئة", q.content().in(t));
    }

    @Test
    void relativeClauseSpeaker() {
        String t = "دعت نقابة المعلمين، التي قالت إن الرواتب لم تصرف منذ شهرين، إلى إضراب عام.";
        List<Quote> q = quotes(t);
        Quote said = q.stream().filter(x -> x.cue().text().equals("قالت")).findFirst().orElseThrow();
        assertEquals("نقابة المعلمين", speaker(said, t));
    }

    @Test
    void participleContinuesTheSpeaker() {
        String t = "قال رئيس البلدية إن المشروع اكتمل، مشيرا إلى أن الافتتاح سيكون الشهر المقبل.";
        List<Quote> q = quotes(t);
        assertEquals(2, q.size(), q::toString);
        assertEquals("رئيس البلدية", speaker(q.get(1), t));
        assertEquals("المشروع اكتمل", q.get(0).content().in(t));
    }

    @Test
    void verbalNounObjectIsTheStatement() {
        String t = "أعلنت وزارة الصحة تسجيل عشرين إصابة جديدة خلال يومين.";
        Quote q = quotes(t).get(0);
        assertEquals("وزارة الصحة", speaker(q, t));
        assertEquals("تسجيل عشرين إصابة جديدة خلال يومين", q.content().in(t));
    }

    @Test
    void verbsWithoutAStatementAreNotQuotes() {
        assertTrue(quotes("أقرّ المجلس القانون بأغلبية كبيرة.").isEmpty());
        assertTrue(quotes("لا يقل عدد المشاركين عن مئة شخص.").isEmpty());
    }

    @Test
    void impersonalHasNoSpeaker() {
        String t = "وقيل إن الاجتماع تأجل إلى موعد لاحق.";
        Quote q = quotes(t).get(0);
        assertNull(q.speaker());
    }

    /** Quotes with the entities layer in front, as the pipeline runs them (outlet names come from it). */
    static List<Quote> quotesAfterEntities(String text) {
        Document d = new TextLayerStage().apply(Document.of(new Metadata("t", "t", null, null, null, null, null, "ar"), text, null));
        return new QuoteStage().apply(new org.mirsad.extract.ner.NerStage().apply(d)).get(Layer.QUOTES);
    }

    @Test
    void outletsBecomeVia() {
        String t = "قال وزير النقل لصحيفة الضفة إن الميناء سيفتح قريبا.";
        Quote q = quotesAfterEntities(t).get(0);
        assertNotNull(q.speaker());
        assertEquals(List.of("صحيفة الضفة"), q.via(), q::toString);
        Quote tv = quotesAfterEntities("وقال المتحدث في تصريح بثه التلفزيون الرسمي إن الطريق فتح.").get(0);
        assertEquals(List.of("التلفزيون الرسمي"), tv.via(), "an outlet given by its kind and adjective");
        Quote none = quotesAfterEntities("وقال المتحدث عبر شبكة التواصل الاجتماعي إن الطريق فتح.").get(0);
        assertEquals(List.of(), none.via(), "a head before common words names no outlet");
    }
}
