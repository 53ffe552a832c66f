package org.mirsad.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.mirsad.core.model.OffsetMap;

/** Hard-wrapped articles (wire copy, text saved at a fixed width) come out one paragraph per body line. */
class HardWrapTest {

    private static final String TITLE = "افتتاح جسر جديد فوق نهر المدينة بعد عامين من الأعمال";
    private static final List<String> PARAGRAPHS = List.of(
            "عمّان - افتتحت البلدية صباح الأحد الجسر الجديد الذي يربط الحي الشرقي بوسط المدينة، بعد أعمال استمرت قرابة"
                    + " عامين وكلفت أكثر من أربعين مليون دينار، بحسب ما أعلنه رئيس البلدية في مؤتمر صحفي عقده عند مدخل الجسر.",
            "وقال رئيس البلدية إن الجسر سيخفف الازدحام الذي يعانيه السكان كل صباح، وإن المرحلة الثانية من المشروع"
                    + " ستبدأ في الربيع المقبل وتشمل توسيع الطرق المؤدية إليه وإنشاء ممرات للمشاة على جانبيه.",
            "وأشار مهندسون في الموقع إلى أن الجسر صمم ليتحمل الفيضانات التي يشهدها النهر في الشتاء، وأن أعمال"
                    + " الصيانة الدورية ستجري ليلا حتى لا تتوقف حركة السير خلال ساعات النهار.");

    /** {@code paragraph} broken at spaces into lines of at most {@code width} characters. */
    static String wrap(String paragraph, int width) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String w : paragraph.split(" ")) {
            if (line > 0 && line + 1 + w.length() > width) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(w);
            line += w.length();
        }
        return out.toString();
    }

    private static String article(int width, String between) {
        List<String> blocks = new ArrayList<>();
        blocks.add(TITLE);
        blocks.add("الأحد 12 أكتوبر 2025 - 10:30");
        for (String p : PARAGRAPHS) {
            blocks.add(wrap(p, width));
        }
        blocks.add("شارك: فيسبوك تويتر واتساب");
        return String.join(between, blocks) + "\n";
    }

    private static void assertMapsBack(String raw, CleanArticle c) {
        OffsetMap map = c.map();
        for (int i = 0; i < map.segmentCount(); i++) {
            int len = map.length(i);
            assertEquals(raw.substring(map.rawStart(i), map.rawStart(i) + len),
                    c.body().substring(map.cleanStart(i), map.cleanStart(i) + len));
        }
    }

    @Test
    void theLinesOfEachParagraphAreJoinedWhenBlankLinesPartTheParagraphs() {
        for (int width : new int[] {60, 72, 100}) {
            String raw = article(width, "\n\n");
            CleanArticle c = new TextArticleCleaner().clean(raw);
            assertEquals(TITLE, c.title(), "width " + width);
            assertEquals("عمّان", c.dateline(), "width " + width);
            List<String> want = new ArrayList<>(PARAGRAPHS);
            want.set(0, PARAGRAPHS.get(0).substring("عمّان - ".length()));
            assertEquals(want, List.of(c.body().split("\n")), "width " + width);
            assertMapsBack(raw, c);
        }
    }

    @Test
    void theLinesOfEachParagraphAreJoinedWhenOnlyLineBreaksPartThem() {
        String raw = article(66, "\n");
        CleanArticle c = new TextArticleCleaner().clean(raw);
        assertEquals(TITLE, c.title());
        assertEquals(3, c.body().split("\n").length, c.body());
        assertTrue(c.body().endsWith(PARAGRAPHS.get(2)), c.body());
        assertMapsBack(raw, c);
    }

    @Test
    void linesOfOneParagraphEachAreNeverJoinedEvenWhenTheyAreAlike() {
        String raw = String.join("\n", List.of(
                "مهرجان الربيع",
                "يبدأ مهرجان الربيع في الحديقة العامة يوم الجمعة بعروض للأطفال والعائلات.",
                "ويستمر المهرجان أسبوعا كاملا وتشارك فيه فرق من عشر مدن مختلفة في البلاد.",
                "وتفتح الأبواب في الرابعة عصرا وتغلق عند منتصف الليل طوال أيام المهرجان.",
                "أخبار ذات صلة",
                "فرقة الموسيقى الشعبية تحيي حفلا في المسرح الكبير مساء الخميس المقبل",
                "وزارة الثقافة تعلن أسماء الفائزين بجوائز الرواية لهذا العام في حفل",
                "افتتاح معرض للخط العربي في قاعة المدينة بمشاركة خطاطين من عدة دول"));
        CleanArticle c = new TextArticleCleaner().clean(raw);
        assertEquals(3, c.body().split("\n").length, c.body());
        assertTrue(c.body().startsWith("يبدأ مهرجان الربيع"), c.body());
    }

    @Provide
    Arbitrary<String> wrappedArticles() {
        Arbitrary<String> word = Arbitraries.of("المدينة", "في", "من", "الجسر", "وقال", "إن", "الأعمال", "ستبدأ", "على",
                "الذي", "السكان", "2025", "مليون", "،", "الطريق", "المقبل", "وأشار", "أن", "النهر", "الشتاء.");
        Arbitrary<String> paragraph = word.list().ofMinSize(8).ofMaxSize(60).map(w -> String.join(" ", w));
        Arbitrary<Integer> width = Arbitraries.integers().between(40, 130);
        Arbitrary<String> between = Arbitraries.of("\n", "\n\n", "\r\n", "\n \n");
        return Combinators.combine(paragraph.list().ofMinSize(1).ofMaxSize(8), width, between)
                .as((ps, w, b) -> {
                    List<String> blocks = new ArrayList<>();
                    blocks.add("عنوان الخبر");
                    for (String p : ps) {
                        blocks.add(wrap(p, w).replace("\n", b.equals("\r\n") ? "\r\n" : "\n"));
                    }
                    return String.join(b, blocks);
                });
    }

    @Property(tries = 300)
    void aWrappedBodyMapsBackExactlyIntoTheRawText(@ForAll("wrappedArticles") String raw) {
        CleanArticle c = new TextArticleCleaner().clean(raw);
        assertMapsBack(raw, c);
        for (String line : c.body().split("\n")) {
            assertEquals(line.strip(), line, "a body line is trimmed");
        }
    }
}
