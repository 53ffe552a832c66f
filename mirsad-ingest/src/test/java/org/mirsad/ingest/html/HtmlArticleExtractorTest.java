package org.mirsad.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Main-content extraction on pages written for this test. */
class HtmlArticleExtractorTest {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
            <title>افتتاح سوق الخضار الجديدة | موقع المرفأ</title>
            <meta property="og:site_name" content="موقع المرفأ">
            <link rel="canonical" href="https://marfa.example/news/123">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"افتتاح سوق الخضار الجديدة في الحي الشرقي","datePublished":"2024-04-07T09:30:00+03:00",
              "author":{"@type":"Person","name":"نور الزين"}}</script>
            </head><body>
            <nav class="main-menu"><a href="/">الرئيسية</a> | <a href="/local">محليات</a> | <a href="/sport">رياضة</a></nav>
            <div class="share-bar"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
            <article class="story">
              <h1>افتتاح سوق الخضار الجديدة في الحي الشرقي</h1>
              <figure><img src="a.jpg"><figcaption>جانب من السوق صباح الافتتاح</figcaption></figure>
              <p>افتتحت البلدية صباح اليوم سوقا جديدة للخضار والفواكه في الحي الشرقي، تضم أربعين محلا ومواقف للسيارات.</p>
              <p>وقال رئيس البلدية إن السوق ستخفف الازدحام عن وسط المدينة، وإن الأسعار ستخضع لرقابة يومية من لجنة مختصة.</p>
              <p>ويأمل التجار أن تجذب السوق زبائن من القرى المجاورة، بعد سنوات من العمل في ساحات مكشوفة.</p>
              <script>window.__pwned = 1;</script>
            </article>
            <div class="related-news"><h3>اقرأ أيضا</h3><ul><li><a href="/1">ارتفاع أسعار الطماطم</a></li>
              <li><a href="/2">مهرجان للتمور الشهر المقبل</a></li></ul></div>
            <div id="comments">التعليقات (3) أضف تعليقك</div>
            <footer>جميع الحقوق محفوظة © موقع المرفأ</footer>
            </body></html>""";

    @Test
    void bodyMetadataAndCaptions() throws IOException {
        HtmlArticle a = HtmlArticleExtractor.extract(PAGE.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("افتتاح سوق الخضار الجديدة في الحي الشرقي", a.title());
        assertEquals("2024-04-07", a.published());
        assertEquals("نور الزين", a.author());
        assertEquals("موقع المرفأ", a.site());
        assertEquals("https://marfa.example/news/123", a.url());
        assertEquals("ar", a.language());
        assertEquals(java.util.List.of("جانب من السوق صباح الافتتاح"), a.captions());
        assertTrue(a.body().contains("افتتحت البلدية صباح اليوم سوقا جديدة"), a.body());
        assertTrue(a.body().contains("ويأمل التجار"), a.body());
        for (String debris : new String[] {"الرئيسية", "فيسبوك", "اقرأ أيضا", "ارتفاع أسعار الطماطم", "التعليقات",
            "جميع الحقوق", "جانب من السوق", "__pwned"}) {
            assertFalse(a.body().contains(debris), debris + " left in: " + a.body());
        }
    }

    @Test
    void legacyArabicEncodingIsDecodedFromTheDeclaredCharset() throws IOException {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head>"
                + "<body><div class=\"content\"><p>" + "قال المتحدث إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة. ".repeat(3)
                + "</p></div></body></html>";
        HtmlArticle a = HtmlArticleExtractor.extract(page.getBytes(Charset.forName("windows-1256")), null);
        assertTrue(a.body().startsWith("قال المتحدث إن المفاوضات"), a.body());
    }

    @Test
    void undeclaredLegacyEncodingIsDetected() throws IOException {
        String page = "<html><body><div class=\"content\"><p>" + "أعلنت الوزارة تمديد ساعات العمل في المكاتب الحكومية. ".repeat(3)
                + "</p></div></body></html>";
        HtmlArticle a = HtmlArticleExtractor.extract(page.getBytes(Charset.forName("windows-1256")), null);
        assertTrue(a.body().startsWith("أعلنت الوزارة تمديد"), a.body());
    }

    @Test
    void arabicDateWrittenInThePage() throws IOException {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><span class=\"post-date\">الأحد 7 نيسان/أبريل 2024</span>"
                + "<div class=\"content\"><p>" + "افتتحت البلدية مكتبة عامة جديدة في الحي القديم، تضم آلاف الكتب. ".repeat(3)
                + "</p></div></body></html>";
        assertEquals("2024-04-07", HtmlArticleExtractor.extract(page.getBytes(StandardCharsets.UTF_8), null).published());
    }

    @Test
    void deeplyNestedPagesDoNotOverflow() throws IOException {
        StringBuilder b = new StringBuilder("<html><body>");
        b.append("<div>".repeat(100_000)).append("<p>نص عميق جدا داخل عناصر متداخلة كثيرة، للتأكد من عدم انهيار القارئ.</p>")
                .append("</div>".repeat(100_000)).append("</body></html>");
        HtmlArticle a = HtmlArticleExtractor.extract(b.toString().getBytes(StandardCharsets.UTF_8), null);
        assertTrue(a.body().contains("نص عميق جدا"));
    }

    @Test
    void hugePagesAreRefused() {
        byte[] big = new byte[HtmlArticleExtractor.MAX_BYTES + 1];
        IOException e = assertThrows(IOException.class, () -> HtmlArticleExtractor.extract(big, null));
        assertTrue(e.getMessage().contains("larger than"));
    }

    @Property(tries = 200)
    void neverThrowsOnArbitraryText(@ForAll String s) throws IOException {
        HtmlArticleExtractor.extract(s.getBytes(StandardCharsets.UTF_8), null);
    }
}
