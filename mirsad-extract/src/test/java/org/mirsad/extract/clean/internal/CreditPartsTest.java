package org.mirsad.extract.clean.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Credits written on their own (author fields, the words before a story's colon), read part by part. */
class CreditPartsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // place and writer in either order, with any separator
        "تبوك - سامر الحربي | تبوك | سامر الحربي",
        "سامر الحربي - تبوك | تبوك | سامر الحربي",
        "الدمام: نوال القحطاني | الدمام | نوال القحطاني",
        "سامر الحربي (بريدة) | بريدة | سامر الحربي",
        "سامر الحربي من الدمام | الدمام | سامر الحربي",
        // an agency, an outlet in guillemets (a region's name there is the newspaper, not the place)
        "جدة - واس | جدة | واس",
        "رويترز- طوكيو: | طوكيو | رويترز",
        "باريس: «الشرق الأوسط» | باريس | الشرق الأوسط",
        "«الأفق» من الرياض | الرياض | الأفق",
        // writer, outlet, place: the writer is the byline
        "سامر الحربي - الأفق - مكة المكرمة: | مكة المكرمة | سامر الحربي",
        "الأفق - متابعة : | - | الأفق",
        // a photo credit takes its photographer
        "الأفق - عدن - تصوير : نادر سلوم: | عدن | الأفق",
        // two places
        "عدن، لحج: الوكالات | عدن، لحج | الوكالات",
        // an unknown place before a colon, by the convention المكان: الكاتب
        "وادي النخيل: سامر الحربي | وادي النخيل | سامر الحربي",
        // a desk word before the writer
        "كتابة: سامر الحربي | - | سامر الحربي",
    })
    void readsPlaceAndByline(String credit, String dateline, String byline) {
        CreditParts.Reading r = CreditParts.read(credit);
        assertEquals(dateline, r.dateline(), credit);
        assertEquals(byline, r.byline(), credit);
    }

    @Test
    void aSentenceOrANumberIsNoCredit() {
        assertNull(CreditParts.read("نرحب بمشاركاتكم ومقترحاتكم على العنوان التالي في كل أسبوع"));
        assertNull(CreditParts.read("هاتف 4412 - فاكس 4413"));
        assertNull(CreditParts.read("https://www.facebook.com/alufuq"));
    }

    @Test
    void confidenceNeedsAKnownPartOrAPersonBesideShortNames() {
        assertTrue(CreditParts.read("سامر الحربي - الأفق").confident());
        assertTrue(CreditParts.read("متابعة").confident());
        assertFalse(CreditParts.read("وزير النقل").confident());
        assertFalse(CreditParts.read("سامر الحربي - مدير عام مؤسسة الموانئ").confident());
    }
}
