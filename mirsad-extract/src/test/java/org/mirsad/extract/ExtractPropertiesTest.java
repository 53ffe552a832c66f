package org.mirsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mirsad.core.model.DateMention;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Quantity;
import org.mirsad.core.model.Span;

/** Properties of the date and quantity stages on random text: no throw, spans exact, in the text and sorted. */
class ExtractPropertiesTest {

    @Provide
    Arbitrary<String> numberish() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("قرابة", "نحو", "أكثر", "من", "ما", "بين", "و", "15", "ألف", "آلاف", "مليون", "ونصف",
                        "٣٫٤", "1,850", "3.4", "%", "٪", "في", "المائة", "بالمئة", "دولار", "دينار", "كويتي", "عشرات",
                        "الآلاف", "خمسة", "وعشرين", "الثلاثة", "نصف", "ربع", "-", "/", ":", "2021", "12", "مارس",
                        "آذار", "كانون", "الثاني", "أمس", "اليوم", "الاثنين", "الماضي", "المقبل", "الأسبوع", "منذ",
                        "قبل", "بعد", "غد", "يومين", "الساعة", "الثامنة", "مساءً", "عام", "شوال", "1445", "هـ", "غرة",
                        "على", "الأقل", "تقريبا", "\u0640", "\u064E", "\u00A0", "\u200F", "\uD83D\uDE00", "\n", "،", "."),
                Arbitraries.strings().all().ofMaxLength(5));
        return pieces.list().ofMaxSize(30).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void spansAreExactSortedAndInsideTheText(@ForAll("numberish") String text) {
        check(text, LocalDate.of(2024, 3, 12));
    }

    @Property(tries = 200)
    void noThrowOnArbitraryUnicodeWithOrWithoutPublicationDate(@ForAll String text) {
        check(text, null);
        check(text, LocalDate.of(2023, 12, 31));
    }

    private static void check(String text, LocalDate published) {
        Document doc = Analyzed.of(text, published);
        List<Quantity> qs = doc.get(Layer.QUANTITIES);
        List<DateMention> ds = doc.get(Layer.DATES);
        sorted(qs.stream().map(Quantity::span).toList(), text);
        sorted(ds.stream().map(DateMention::span).toList(), text);
        for (Quantity q : qs) {
            assertEquals(q.span().in(text), q.text());
            assertTrue(q.value() == null || q.range() == null);
        }
        for (DateMention d : ds) {
            assertEquals(d.span().in(text), d.text());
            String one = "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2})?)?|-W\\d{2})?";
            assertTrue(d.value() == null || d.value().matches(one) || d.value().matches(one + "/" + one), d.value());
            if (d.value() != null && d.value().contains("/")) {
                String[] ends = d.value().split("/");
                assertTrue(ends[0].length() == ends[1].length() && ends[0].compareTo(ends[1]) < 0, d.value());
            }
        }
    }

    private static void sorted(List<Span> spans, String text) {
        int prevEnd = 0;
        for (Span s : spans) {
            assertTrue(s.start() >= prevEnd && s.end() > s.start() && s.end() <= text.length(),
                    () -> "bad span " + s + " in " + spans);
            prevEnd = s.end();
        }
    }
}
