package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceRulesTest {

    private static final Lexicons LEX = Lexicons.of(Map.of(
            LexClass.GIVEN_MALE, List.of("وليد"),
            LexClass.TITLE, List.of("الوزير"),
            LexClass.NISBA, List.of("التونسي")));

    private static int l(String tag) {
        return TaggerModel.labelOf(tag);
    }

    private static int[] apply(String sentence, int[] y) {
        SentenceRules.apply(TokenForms.of(sentence.split(" ")), y, LEX);
        return y;
    }

    @Test
    void aConjunctionInsideAPersonBeginsTheNextPerson() {
        int[] y = {0, l("B-PERSON"), l("I-PERSON"), l("I-PERSON"), l("I-PERSON"), 0};
        assertArrayEquals(new int[] {0, l("B-PERSON"), l("I-PERSON"), l("B-PERSON"), l("I-PERSON"), 0},
                apply("استقبل سلوى الخطيب وهادي السعدي أمس", y));
    }

    @Test
    void aGivenNameBeginningWithWawStaysInsideTheName() {
        int[] y = {0, l("B-PERSON"), l("I-PERSON"), l("I-PERSON")};
        assertArrayEquals(new int[] {0, l("B-PERSON"), l("I-PERSON"), l("I-PERSON")},
                apply("التقى محمد وليد الشامي", y));
    }

    @Test
    void aTitleOpeningANameIsNotPartOfItAndALoneNisbaIsNotAPlace() {
        int[] y = {l("B-PERSON"), l("I-PERSON"), l("I-PERSON"), 0, l("B-LOC")};
        assertArrayEquals(new int[] {0, l("B-PERSON"), l("I-PERSON"), 0, 0},
                apply("الوزير كمال العبيدي والوفد التونسي", y));
    }
}
