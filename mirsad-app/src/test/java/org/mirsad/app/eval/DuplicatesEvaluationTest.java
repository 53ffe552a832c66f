package org.mirsad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.app.eval.corpus.CorpusArticle;
import org.mirsad.app.eval.corpus.EvalData;
import org.mirsad.index.dedup.DedupConfig;

class DuplicatesEvaluationTest {

    private final DuplicatesEvaluation eval = new DuplicatesEvaluation(DedupConfig.DEFAULT);

    @Test
    void pairsAreCountedByStance(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("pairs.csv");
        Files.writeString(csv, """
                s1,s2,stance
                افتتاح جسر جديد فوق النهر في المدينة القديمة,افتتاح جسر جديد فوق النهر في المدينة القديمة,agree
                "الحكومة تعلن رفع الدعم عن الوقود، اعتبارا من الشهر المقبل",الحكومة تنفي رفع الدعم عن الوقود اعتبارا من الشهر المقبل,disagree
                """, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        DuplicatesEvaluation.PairFigures f = eval.pairs(List.of(csv), new PrintWriter(out));
        assertEquals(2, f.pairs());
        assertEquals(1, f.reportedByStance().getOrDefault("agree", 0));
        assertEquals(0, f.reportedByStance().getOrDefault("disagree", 0));
    }

    @Test
    void corpusGroupsCopiesAcrossOutlets() {
        String body = "أعلنت بلدية المدينة الساحلية افتتاح ثلاث حدائق عامة جديدة في الأحياء الشرقية، تضم ملاعب للأطفال "
                + "ومسارات للمشي وإضاءة تعمل بالطاقة الشمسية، على أن تفتح أبوابها للزوار من السادسة صباحا حتى منتصف "
                + "الليل طوال أيام الأسبوع، بعد أعمال استمرت أكثر من عام وشارك فيها متطوعون من سكان الأحياء المجاورة. "
                + "وأوضحت البلدية في بيان أن كلفة المشروع بلغت نحو أربعة ملايين، تحملت نصفها جهات مانحة محلية، وأن "
                + "الحدائق ستدار بالشراكة مع لجان الأحياء التي ستتولى تنظيم الأنشطة الثقافية والرياضية في عطلة نهاية "
                + "الأسبوع. ودعت السكان إلى المحافظة على المرافق والإبلاغ عن أي أعطال عبر الرقم المجاني المخصص لذلك.";
        List<CorpusArticle> articles = List.of(
                new CorpusArticle("1", "outletA", "", "2024-05-01", "ثلاث حدائق جديدة", body),
                new CorpusArticle("2", "outletB", "", "2024-05-02", "البلدية تفتتح حدائق", body + " وقال رئيس البلدية إن المشروع سيتوسع."),
                new CorpusArticle("3", "outletC", "", "2024-05-01", "مباراة الديربي", "انتهت مباراة الديربي بالتعادل السلبي "
                        + "بعد شوطين متكافئين لم يهدد فيهما أي من الفريقين مرمى الآخر بشكل جدي، وسط حضور جماهيري كبير."));
        StringWriter out = new StringWriter();
        DuplicatesEvaluation.CorpusFigures f = eval.corpus("test", articles, 1, 1, new PrintWriter(out));
        assertEquals(1, f.groups());
        assertEquals(2, f.articlesInGroups());
        assertEquals(1, f.crossOutletGroups());
        assertTrue(out.toString().contains("outletB"));
    }

    @Test
    void ansContradictionsAreNeverReportedAsDuplicates() throws IOException {
        Optional<Path> ans = EvalData.dir("ans-arabic-news-stance");
        assumeTrue(ans.isPresent(), "ANS data absent");
        List<Path> csvs = List.of(ans.get().resolve("stance/test.csv"), ans.get().resolve("stance/dev.csv"));
        DuplicatesEvaluation.PairFigures f = eval.pairs(csvs, new PrintWriter(new StringWriter()));
        assertTrue(f.byStance().getOrDefault("disagree", 0) > 500);
        assertEquals(0, f.reportedByStance().getOrDefault("disagree", 0));
    }
}
