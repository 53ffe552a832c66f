package org.mirsad.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mirsad.app.Engine;
import org.mirsad.app.corpus.LiveCorpus;
import org.mirsad.core.json.DocumentJson;

/**
 * A small corpus written for these tests: two articles of one story (a border crossing reopened,
 * two outlets, two days), an unrelated sports article, and a forum article whose title, outlet and
 * text carry HTML and script payloads that the UI must show as text and never run.
 */
final class WebFixtures {

    private WebFixtures() {
    }

    static final String STORY_OUTLET_1 = "صحيفة الوادي";
    static final String STORY_OUTLET_2 = "شبكة السهل الإخبارية";
    static final String MINISTER = "سامر الخطيب";
    static final String XSS_TITLE = "تجربة عرض نص يحوي <script>window.__pwned=3</script> وسوما";

    private static ObjectNode article(String title, String text, String url, String date, String source) {
        return DocumentJson.mapper().createObjectNode().put("title", title).put("text", text).put("url", url)
                .put("date", date).put("source", source);
    }

    static List<ObjectNode> articles() {
        List<ObjectNode> a = new ArrayList<>();
        a.add(article("إعادة فتح معبر الزيتون أمام الشاحنات بعد إغلاق دام أسبوعين",
                "أعلنت وزارة النقل إعادة فتح معبر الزيتون الحدودي أمام حركة الشاحنات صباح أمس الأحد، بعد إغلاق دام أسبوعين "
                + "بسبب أعمال صيانة في الطريق المؤدي إليه.\n"
                + "وقال وزير النقل سامر الخطيب إن «المعبر سيعمل على مدار الساعة حتى نهاية الشهر»، مضيفا أن نحو 300 شاحنة "
                + "عبرت في الساعات الأولى.\n"
                + "وأوضح مدير المعبر نادر العلي أن الإجراءات الجديدة تختصر زمن الانتظار إلى أقل من ساعتين، وفق ما نقلته "
                + "وكالة الأنباء الوطنية.\n"
                + "ويعد معبر الزيتون من أهم المنافذ التجارية في المنطقة، إذ تمر عبره بضائع تقدر قيمتها بأكثر من 40 مليون "
                + "دولار شهريا.",
                "https://example.org/wadi/crossing", "2025-02-10", STORY_OUTLET_1));
        a.add(article("معبر الزيتون يستقبل مئات الشاحنات في أول يومين بعد إعادة فتحه",
                "استقبل معبر الزيتون الحدودي مئات الشاحنات منذ إعادة فتحه صباح الأحد، بعد أسبوعين من الإغلاق لإجراء صيانة "
                + "للطريق المؤدي إليه.\n"
                + "وأكد وزير النقل سامر الخطيب في تصريح صحفي أن «حركة العبور تسير بانتظام»، مشيرا إلى أن أكثر من 500 شاحنة "
                + "عبرت خلال يومين.\n"
                + "وقال سائقون إن زمن الانتظار تراجع بشكل ملحوظ مقارنة بالأشهر الماضية.\n"
                + "ويعد معبر الزيتون من أهم المنافذ التجارية في المنطقة، إذ تمر عبره بضائع بقيمة تتجاوز 40 مليون دولار كل شهر.",
                "https://example.org/sahl/crossing-trucks", "2025-02-11", STORY_OUTLET_2));
        a.add(article("نادي الفجر يتأهل إلى نهائي كأس الشباب",
                "تأهل نادي الفجر إلى نهائي كأس الشباب لكرة القدم بعد فوزه على نادي النخيل بهدفين مقابل هدف واحد، في المباراة "
                + "التي أقيمت مساء السبت في ملعب المدينة.\n"
                + "وقال مدرب الفريق خالد منصور إن لاعبيه «قدموا مباراة كبيرة رغم الضغط»، مؤكدا أن الفريق يستعد للنهائي المقرر "
                + "في 15 مارس.\n"
                + "وحضر المباراة قرابة 12 ألف متفرج.",
                "https://example.org/malaeb/final", "2025-03-02", "جريدة الملاعب"));
        a.add(article(XSS_TITLE,
                "نشر أحد القراء تعليقا جاء فيه <script>window.__pwned=1</script> ثم أكمل حديثه عن الطقس في المدينة.\n"
                + "وكتب آخر في المنتدى <img src=x onerror=\"window.__pwned=2\"> دون أن يلاحظ المشرفون ذلك، وقال المشرف العام "
                + "وليد حداد إن «المنتدى سيراجع التعليقات <b>كلها</b> قبل نشرها».\n"
                + "وأضاف أن عدد التعليقات المنشورة تجاوز 200 تعليق خلال أسبوع.",
                "https://example.org/forum/tags", "2025-03-05", "منتدى <i>التجربة</i>"));
        return a;
    }

    /** Writes the articles as a JSON Lines dump under {@code dir}. */
    static Path dump(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        for (ObjectNode o : articles()) {
            b.append(o.toString()).append('\n');
        }
        Path p = dir.resolve("fixtures.jsonl");
        Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
        return p;
    }

    /** A corpus under {@code dir}/data holding the articles. */
    static LiveCorpus corpus(Path dir) throws IOException, InterruptedException {
        LiveCorpus c = LiveCorpus.open(dir.resolve("data"), Engine.createDefault());
        c.ingest(List.of(dump(dir).toString()), UnaryOperator.identity(), false);
        return c;
    }
}
