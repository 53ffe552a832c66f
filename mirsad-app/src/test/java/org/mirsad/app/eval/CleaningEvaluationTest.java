package org.mirsad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mirsad.app.eval.cleaning.CleaningEvaluation;
import org.mirsad.app.eval.cleaning.DebrisInjector;
import org.mirsad.app.eval.cleaning.DebrisKind;
import org.mirsad.app.eval.corpus.CorpusArticle;

/** The injected-debris evaluation on articles written for this test. */
class CleaningEvaluationTest {

    private static final String[] OPENINGS = {"أعلنت البلدية", "قالت وزارة الزراعة", "كشف تقرير رسمي", "أفاد شهود عيان",
        "أكدت إدارة المستشفى", "ذكرت مصادر في النقابة"};
    private static final String[] FACTS = {"أن أعمال توسعة الطريق الساحلي ستنتهي قبل نهاية العام الحالي",
        "أن إنتاج القمح ارتفع هذا الموسم بفضل الأمطار الغزيرة التي شهدتها المحافظات الشمالية",
        "أن عدد المراجعين تضاعف خلال الأسابيع الأخيرة بسبب موجة الإنفلونزا الموسمية",
        "أن المفاوضات مع الحكومة حول الأجور ستستأنف مطلع الشهر المقبل بعد توقف دام أسابيع"};

    static List<CorpusArticle> written(int n) {
        List<CorpusArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 4; p++) {
                body.append(OPENINGS[(i + p) % OPENINGS.length]).append(" في بيان صدر اليوم ").append(FACTS[(i * 3 + p) % FACTS.length])
                        .append("، مشيرة إلى أن الخطة رقم ").append(i * 10 + p).append(" تشمل مراحل عدة.\n");
            }
            out.add(new CorpusArticle("w" + i, "test", "", "2024-01-01", "عنوان الخبر المكتوب للاختبار رقم " + i, body.toString()));
        }
        return out;
    }

    @Test
    void injectedDebrisIsRemovedAndBodiesKept() {
        StringWriter out = new StringWriter();
        CleaningEvaluation.Figures f = new CleaningEvaluation().run("written", written(30), 30, 5, 0, new PrintWriter(out));
        assertEquals(30, f.articles());
        assertTrue(f.recall() >= 0.95, out.toString());
        assertTrue(f.precision() >= 0.95, out.toString());
        assertTrue(f.removed() >= 0.95, out.toString());
        assertTrue(out.toString().contains("debris removed by kind"));
    }

    @Test
    void injectorIsDeterministicAndCoversEveryKind() {
        List<String> paras = List.of("الفقرة الأولى من الخبر.", "الفقرة الثانية من الخبر.", "الفقرة الثالثة من الخبر.");
        DebrisInjector.Injected a = new DebrisInjector(3).inject("عنوان", paras);
        DebrisInjector.Injected b = new DebrisInjector(3).inject("عنوان", paras);
        assertEquals(a, b);
        java.util.Set<DebrisKind> kinds = java.util.EnumSet.noneOf(DebrisKind.class);
        for (long seed = 0; seed < 20; seed++) {
            new DebrisInjector(seed).inject("عنوان", paras).debris().forEach(d -> kinds.add(d.kind()));
        }
        assertEquals(java.util.EnumSet.allOf(DebrisKind.class), kinds);
    }
}
