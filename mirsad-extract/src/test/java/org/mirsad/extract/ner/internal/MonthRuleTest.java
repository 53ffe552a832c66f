package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthRuleTest {

    private static final Lexicons LEX = Lexicons.of(Map.of(
            LexClass.MONTH, List.of("آب", "أغسطس", "كانون الثاني", "يناير", "رمضان")));

    private static int l(String tag) {
        return TaggerModel.labelOf(tag);
    }

    private static int[] apply(String sentence, int[] y) {
        TokenForms[] t = TokenForms.of(sentence.split(" "));
        MonthRule.apply(t, y, LEX);
        return y;
    }

    @Test
    void aMonthAcrossASlashFromAnotherMonthIsNoPlace() {
        assertArrayEquals(new int[6], apply("في نهاية أغسطس / آب الماضي", new int[] {0, 0, 0, 0, l("B-LOC"), 0}));
        assertArrayEquals(new int[7], apply("في نهاية أغسطس ( آب ) الماضي", new int[] {0, 0, 0, 0, l("B-ORG"), 0, 0}),
                "the other calendar's name in parentheses");
        assertArrayEquals(new int[5], apply("منذ يناير / كانون الثاني", new int[] {0, 0, 0, l("B-LOC"), l("I-LOC")}));
    }

    @Test
    void aMonthNextToADayOrAYearIsNoEntity() {
        assertArrayEquals(new int[4], apply("وصل في آب 2003", new int[] {0, 0, l("B-LOC"), 0}));
        assertArrayEquals(new int[4], apply("صباح 12 رمضان الماضي", new int[] {0, 0, l("B-PERSON"), 0}));
    }

    @Test
    void aMonthNameThatIsAGivenNameElsewhereKeepsItsTag() {
        int[] y = apply("قال رمضان الحسيني إن", new int[] {0, l("B-PERSON"), l("I-PERSON"), 0});
        assertArrayEquals(new int[] {0, l("B-PERSON"), l("I-PERSON"), 0}, y);
        int[] z = apply("التقى رمضان بالوفد", new int[] {0, l("B-PERSON"), 0});
        assertNotEquals(0, z[1]);
    }
}
