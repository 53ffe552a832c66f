package org.mirsad.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.arabic.TextLayerStage;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Metadata;
import org.mirsad.extract.ner.NerStage;

/** The document's sources are the outlets it names by name (article written for this test). */
class SourcesTest {

    private static List<String> sources(String text) {
        Document d = new TextLayerStage().apply(Document.of(new Metadata("t", "t", null, null, null, null, null, "ar"), text, null));
        return new QuoteStage().apply(new NerStage().apply(d)).get(Layer.SOURCES);
    }

    private static final String TEXT = """
            نقلت وكالة رويترز عن مصادر في الميناء أن السفن عادت إلى العمل. وذكرت صحيفة "الفجر الجديد" أن
            الحكومة ستعلن خطة للنقل البحري، فيما قال موقع "أخبار الساحل" إن العمال أنهوا إضرابهم.
            وأوضحت الصحيفة أن حركة الملاحة في قناة السويس لم تتأثر. وبثت قناة مصرية لقطات من الميناء،
            وانتشر الخبر على موقع الهاتف الخاص بالوزارة، وأكدت وكالة الأنباء الرسمية أن الخسائر محدودة.""";

    @Test
    void namedOutletsAreSourcesAndHeadsBeforeCommonWordsAreNot() {
        List<String> s = sources(TEXT);
        assertTrue(s.contains("صحيفة \"الفجر الجديد\""), s.toString());
        assertTrue(s.contains("موقع \"أخبار الساحل\""), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.contains("رويترز")), s.toString());
        assertTrue(s.contains("وكالة الأنباء الرسمية"), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.contains("السويس") || x.contains("مصرية") || x.contains("الهاتف")
                || x.equals("الصحيفة")), s.toString());
    }

    @Test
    void aNameInLatinLettersEndsTheSource() {
        assertEquals(List.of("شبكة CNN"), sources("وقالت شبكة CNN في تقرير بثته مساء الأحد إن المفاوضات توقفت."));
    }

    @Test
    void aCanalIsNoChannel() {
        List<String> s = sources("احتفل السكان أمس بافتتاح قناة السويس الجديدة وتزينت الشوارع بالأعلام، وقال مصدر أمني إن الشوارع مؤمنة.");
        assertTrue(s.stream().noneMatch(x -> x.contains("السويس")), s::toString);
    }

    @Test
    void aNewsAgencyWithoutTheArticleIsNamedByWhatFollows() {
        assertTrue(sources("وذكرت وكالة أنباء «سبأ» أن الطريق مغلق.").contains("وكالة أنباء «سبأ»"),
                () -> sources("وذكرت وكالة أنباء «سبأ» أن الطريق مغلق.").toString());
        List<String> s = sources("ونقلت وكالة أنباء شهاب الفلسطينية عن الوزير قوله إن التجارة نمت.");
        assertTrue(s.stream().anyMatch(x -> x.startsWith("وكالة أنباء شهاب")), s::toString);
        assertTrue(s.stream().noneMatch(x -> x.equals("وكالة أنباء")), s::toString);
    }

    @Test
    void theSiteOfAPlaceIsItsPositionNoWebsite() {
        List<String> s = sources("وأكد الوزير أهمية موقع الأردن في المنطقة، بحسب ما ذكرت وكالة الأنباء الأردنية.");
        assertTrue(s.stream().noneMatch(x -> x.startsWith("موقع")), s::toString);
        assertTrue(s.contains("وكالة الأنباء الأردنية"), s::toString);
    }
}
