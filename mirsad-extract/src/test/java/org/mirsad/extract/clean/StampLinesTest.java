package org.mirsad.extract.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Date stamp lines are debris; a short body sentence that names a time is not (article written for this test). */
class StampLinesTest {

    private static final String RAW = """
            وكالة الساحل للأنباء
            افتتاح معرض الكتاب في المدينة القديمة
            نشر في 14 مايو 2024 الساعة 10:20 صباحا بتوقيت مكة
            أعلنت إدارة المعرض أن أبوابه ستفتح أمام الزوار طوال الأسبوع المقبل بمشاركة مئتي دار نشر.
            ويبدأ الافتتاح 10.30 صباحا بتوقيت مكة.
            وقالت مديرة المعرض إن الدخول مجاني للطلاب.
            """;

    @Test
    void aShortSentenceThatNamesATimeStaysInTheBodyAndTheStampLineGoes() {
        String body = new TextArticleCleaner().clean(RAW).body();
        assertTrue(body.contains("ويبدأ الافتتاح 10.30 صباحا بتوقيت مكة."), body);
        assertTrue(body.contains("وقالت مديرة المعرض"), body);
        assertFalse(body.contains("نشر في 14 مايو"), body);
    }
}
