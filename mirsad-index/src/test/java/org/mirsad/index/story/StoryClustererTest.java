package org.mirsad.index.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Story boundaries on short articles written for this test. */
class StoryClustererTest {

    private static StoryArticle a(String id, String date, String outlet, String title, String body, String... entities) {
        return new StoryArticle(id, LocalDate.parse(date), outlet, title, body, List.of(entities));
    }

    private static final List<StoryArticle> CORPUS = List.of(
            a("talks1", "2024-04-01", "وكالة الشرق", "انطلاق جولة أولى من مفاوضات سد النهر الأزرق بين وادي الرمال ومملكة الجبل",
                    "بدأت في العاصمة المحايدة الجولة الأولى من مفاوضات سد النهر الأزرق بين وفدي وادي الرمال ومملكة الجبل، "
                            + "وسط خلاف على جدول ملء الخزان وحصص المياه في سنوات الجفاف.", "وادي الرمال", "مملكة الجبل"),
            a("talks2", "2024-04-03", "صحيفة الضفة", "مفاوضات السد تتعثر في يومها الثالث",
                    "تعثرت مفاوضات سد النهر الأزرق في يومها الثالث بعد رفض وفد مملكة الجبل مقترح وادي الرمال بشأن حصص "
                            + "المياه وملء الخزان، واتفق الطرفان على استئناف الجولة الأسبوع المقبل.", "مملكة الجبل", "وادي الرمال"),
            a("talks3", "2024-04-10", "موقع المرصد", "جولة ثانية من محادثات سد النهر الأزرق",
                    "استأنف مفاوضو وادي الرمال ومملكة الجبل محادثات سد النهر الأزرق في جولة ثانية تركز على آلية فض النزاعات "
                            + "وملء الخزان خلال مواسم الجفاف.", "وادي الرمال", "مملكة الجبل"),
            a("talks4", "2024-04-16", "وكالة الشرق", "اتفاق مبدئي على جدول ملء خزان السد",
                    "توصل وفدا مملكة الجبل ووادي الرمال إلى اتفاق مبدئي على جدول ملء خزان سد النهر الأزرق في ختام جولة "
                            + "المفاوضات الثالثة، على أن تبقى مسألة حصص المياه للجولة المقبلة.", "مملكة الجبل", "وادي الرمال"),
            a("league1", "2024-04-02", "صحيفة الملاعب", "نادي الساحل يتصدر الدوري بعد فوز صعب",
                    "انتزع نادي الساحل صدارة الدوري بفوز صعب على ضيفه نادي الواحة بهدف وحيد سجله مهاجمه في الدقيقة الأخيرة، "
                            + "ليبتعد بفارق نقطتين عن أقرب ملاحقيه.", "نادي الساحل", "نادي الواحة"),
            a("league2", "2024-04-09", "صحيفة الملاعب", "الساحل يحافظ على صدارة الدوري",
                    "حافظ نادي الساحل على صدارة الدوري بتعادله مع نادي الجبل الأحمر في مباراة مثيرة، فيما واصل نادي الواحة "
                            + "ملاحقته بفوز عريض.", "نادي الساحل", "نادي الواحة"),
            a("fire", "2024-04-05", "صحيفة الضفة", "حريق يلتهم مستودعا للأخشاب في المنطقة الصناعية",
                    "أتى حريق كبير على مستودع للأخشاب في المنطقة الصناعية شمال المدينة، وتمكنت فرق الدفاع المدني من السيطرة "
                            + "عليه بعد ساعات دون وقوع إصابات."),
            a("talks-later", "2024-07-20", "وكالة الشرق", "عودة مفاوضات سد النهر الأزرق بعد توقف طويل",
                    "عادت مفاوضات سد النهر الأزرق بين وادي الرمال ومملكة الجبل بعد توقف دام ثلاثة أشهر، لبحث حصص المياه "
                            + "وملء الخزان.", "وادي الرمال", "مملكة الجبل"));

    private static Map<String, List<String>> membership(List<Story> stories) {
        Map<String, List<String>> by = new TreeMap<>();
        for (Story s : stories) {
            by.put(s.id(), s.articles().stream().map(StoryArticle::id).toList());
        }
        return by;
    }

    @Test
    void aRunningStoryStaysOneWhileUnrelatedOnesStayApart() {
        Map<String, List<String>> m = membership(new StoryClusterer(StoryConfig.DEFAULT).cluster(CORPUS));
        assertEquals(List.of("talks1", "talks2", "talks3", "talks4"), m.get("talks1"));
        assertEquals(List.of("league1", "league2"), m.get("league1"));
        assertEquals(List.of("fire"), m.get("fire"));
    }

    @Test
    void aStoryClosesAfterItsWindowWithoutNews() {
        Map<String, List<String>> m = membership(new StoryClusterer(StoryConfig.DEFAULT).cluster(CORPUS));
        assertEquals(List.of("talks-later"), m.get("talks-later"));
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<StoryArticle> reversed = new ArrayList<>(CORPUS);
        java.util.Collections.reverse(reversed);
        StoryClusterer c = new StoryClusterer(StoryConfig.DEFAULT);
        assertEquals(membership(c.cluster(CORPUS)), membership(c.cluster(reversed)));
    }

    @Test
    void storiesListTheirOutletsAndDates() {
        Story s = new StoryClusterer(StoryConfig.DEFAULT).cluster(CORPUS).get(0);
        assertEquals("talks1", s.id());
        assertEquals(List.of("وكالة الشرق", "صحيفة الضفة", "موقع المرصد"), s.outlets());
        assertEquals(LocalDate.parse("2024-04-16"), s.last());
    }
}
