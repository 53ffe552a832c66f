package org.mirsad.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mirsad.core.model.OffsetMap;

/** The cleaner never throws and its body always maps back, character for character, into the raw text. */
class CleanerPropertiesTest {

    @Provide
    Arbitrary<String> scraped() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("صحيفة المرفأ", "الرئيسية | أخبار | رياضة", "شارك: فيسبوك تويتر واتساب", "اقرأ أيضًا:",
                        "بيروت - سامر الخوري", "الخميس 14 نوفمبر 2024", "وقال الوزير إن الخطة ستبدأ الشهر المقبل وستشمل المحافظات كلها.",
                        "عاد الهدوء إلى المدينة بعد ليلة من الأمطار الغزيرة التي أغرقت الشوارع.", "(صورة أرشيفية)", "\u200F", "ـــ",
                        "ليث العمري: بدأت أعمال الصيانة في الجسر الشمالي منذ أسبوع.", ""),
                Arbitraries.strings().all().ofMaxLength(40));
        return line.list().ofMaxSize(25).map(l -> String.join("\n", l));
    }

    @Property
    void bodyMapsBackExactlyIntoTheRawText(@ForAll("scraped") String raw) {
        CleanArticle c = new TextArticleCleaner().clean(raw);
        OffsetMap map = c.map();
        String body = c.body();
        for (int i = 0; i < map.segmentCount(); i++) {
            int len = map.length(i);
            assertEquals(raw.substring(map.rawStart(i), map.rawStart(i) + len),
                    body.substring(map.cleanStart(i), map.cleanStart(i) + len));
        }
        int covered = 0;
        for (int i = 0; i < map.segmentCount(); i++) {
            covered += map.length(i);
        }
        assertEquals(body.length(), covered + Math.max(0, map.segmentCount() - 1));
    }
}
