package org.mirsad.index.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dedup boundaries on short articles written for this test. */
class NearDuplicatesTest {

    private static final String WIRE = """
            أعلنت هيئة الموانئ في مدينة صور الساحلية أن حركة الشحن ارتفعت خلال الربع الثالث من العام بنسبة
            تقارب اثني عشر في المائة مقارنة بالفترة نفسها من العام الماضي، مدفوعة بزيادة صادرات الحمضيات
            والزيت إلى الأسواق الأوروبية. وقال مدير الهيئة رامي الخطيب في مؤتمر صحفي إن الميناء استقبل أكثر من
            ثلاثمئة سفينة تجارية، وإن أعمال توسعة الرصيف الجنوبي ستنتهي قبل نهاية الربيع المقبل. وأضاف أن
            الهيئة تعمل مع شركات النقل البحري على خفض رسوم التخزين لتشجيع المصدرين الصغار، مشيرا إلى أن
            الأرباح التشغيلية سجلت أعلى مستوى لها منذ خمس سنوات. ولفت الخطيب إلى أن أزمة الطاقة ما زالت تعرقل
            عمل الرافعات في ساعات الذروة، داعيا الحكومة إلى تسريع ربط الميناء بمحطة الطاقة الشمسية الجديدة.
            """;

    /** The same wire copy, republished with a new headline, a changed opening and one sentence added. */
    private static final String REWRITE = """
            ميناء صور يسجل قفزة في حركة الشحن
            أعلنت هيئة الموانئ في مدينة صور أن حركة الشحن ارتفعت خلال الربع الثالث من العام بنسبة
            تقارب اثني عشر في المائة مقارنة بالفترة نفسها من العام الماضي، مدفوعة بزيادة صادرات الحمضيات
            والزيت إلى الأسواق الأوروبية. وقال مدير الهيئة رامي الخطيب في مؤتمر صحفي إن الميناء استقبل أكثر من
            ثلاثمئة سفينة تجارية، وإن أعمال توسعة الرصيف الجنوبي ستنتهي قبل نهاية الربيع المقبل. وأضاف أن
            الهيئة تعمل مع شركات النقل البحري على خفض رسوم التخزين لتشجيع المصدرين الصغار، مشيرا إلى أن
            الأرباح التشغيلية سجلت أعلى مستوى لها منذ خمس سنوات. ولفت الخطيب إلى أن أزمة الطاقة ما زالت تعرقل
            عمل الرافعات في ساعات الذروة، داعيا الحكومة إلى تسريع ربط الميناء بمحطة الطاقة الشمسية الجديدة.
            ويعد ميناء صور ثاني أكبر موانئ الجنوب من حيث حجم البضائع.
            """;

    /** Another outlet's own report on the same event: same facts, different wording. */
    private static final String SAME_EVENT = """
            في مؤتمر عقده صباح اليوم، كشف رامي الخطيب، الذي يدير هيئة الموانئ، عن نمو لافت في نشاط ميناء صور
            خلال الأشهر الثلاثة الماضية، إذ زاد عدد الحاويات المنقولة بنحو الثمن عن العام السابق. وعزا الخطيب
            هذا النمو إلى الطلب الأوروبي على الحمضيات وزيت الزيتون المحلي، مؤكدا أن السفن التي رست في الميناء
            تجاوزت الثلاثمئة. ويشكو المصدرون منذ سنوات من ارتفاع رسوم التخزين، وهو ما وعد الخطيب بمعالجته
            بالتفاهم مع شركات الشحن. كما تحدث عن انقطاع الكهرباء الذي يوقف الرافعات في أوقات الازدحام، مطالبا
            بإنجاز وصلة الطاقة الشمسية في أسرع وقت.
            """;

    private final NearDuplicates dedup = new NearDuplicates(DedupConfig.DEFAULT);

    @Test
    void rewrittenWireCopyIsGroupedWithItsOriginal() {
        dedup.add(dedup.fingerprint("rewrite", 2000, REWRITE));
        dedup.add(dedup.fingerprint("wire", 1000, WIRE));
        dedup.add(dedup.fingerprint("other", 1500, SAME_EVENT));
        List<DuplicateGroup> groups = dedup.groups();
        assertEquals(1, groups.size());
        DuplicateGroup g = groups.get(0);
        assertEquals("wire", g.original().id());
        assertEquals(List.of("wire", "rewrite"), g.members().stream().map(DuplicateGroup.Member::id).toList());
        assertTrue(g.members().get(1).similarityToOriginal() > 0.6);
    }

    @Test
    void differentArticlesOnTheSameEventAreNotDuplicates() {
        Fingerprint a = dedup.fingerprint("a", 1, WIRE);
        Fingerprint b = dedup.fingerprint("b", 2, SAME_EVENT);
        assertTrue(a.similarity(b) < 0.2);
        assertFalse(dedup.duplicates(a, b));
    }

    @Test
    void clitdicAndSpellingVariationDoesNotHideACopy() {
        Fingerprint a = dedup.fingerprint("a", 1, WIRE);
        Fingerprint b = dedup.fingerprint("b", 2, WIRE.replace("الهيئة", "الهيئه").replace("إلى", "الى").replace("أعلنت", "اعلنت"));
        assertTrue(a.similarity(b) > 0.9);
    }

    @Test
    void shortClaimAndItsDenialAreNotDuplicates() {
        Fingerprint claim = dedup.fingerprint("c", 1, "وزارة الصحة تعلن إغلاق المدارس في العاصمة بسبب انتشار الإنفلونزا");
        Fingerprint denial = dedup.fingerprint("d", 2, "وزارة الصحة تنفي إغلاق المدارس في العاصمة بسبب انتشار الإنفلونزا");
        Fingerprint negated = dedup.fingerprint("n", 3, "وزارة الصحة لن تعلن إغلاق المدارس في العاصمة بسبب انتشار الإنفلونزا");
        assertFalse(dedup.duplicates(claim, denial));
        assertFalse(dedup.duplicates(claim, negated));
    }

    @Test
    void fingerprintsAreDeterministic() {
        NearDuplicates other = new NearDuplicates(DedupConfig.DEFAULT);
        assertEquals(dedup.fingerprint("x", 1, WIRE), other.fingerprint("x", 1, WIRE));
    }

    @Test
    void emptyAndTinyTextsAreNeverDuplicates() {
        assertFalse(dedup.duplicates(dedup.fingerprint("a", 1, ""), dedup.fingerprint("b", 1, "")));
        dedup.add(dedup.fingerprint("a", 1, ""));
        dedup.add(dedup.fingerprint("b", 1, "  "));
        assertTrue(dedup.groups().isEmpty());
    }
}
