package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The facility rule on labels given by hand, so each case shows what the rule itself does. */
class FacilityNameRuleTest {

    private static final int BP = TaggerModel.labelOf("B-PERSON");
    private static final int IP = TaggerModel.labelOf("I-PERSON");
    private static final int BO = TaggerModel.labelOf("B-ORG");
    private static final int IO = TaggerModel.labelOf("I-ORG");
    private static final int BL = TaggerModel.labelOf("B-LOC");
    private static final int IL = TaggerModel.labelOf("I-LOC");

    private static int[] apply(String sentence, int... y) {
        FacilityNameRule.apply(TokenForms.of(sentence.split(" ")), y, Lexicons.defaults());
        return y;
    }

    @Test
    void anInstitutionNamedAfterAPersonTakesTheHeadTheNameAndItsAdjectives() {
        assertArrayEquals(new int[] {0, 0, BO, IO, IO, IO, 0},
                apply("نقل إلى مستشفى الملك فيصل التخصصي أمس", 0, 0, 0, 0, BP, 0, 0));
        assertArrayEquals(new int[] {0, BL, IL, IL, IL, IL, IL, 0},
                apply("هبطت بمطار الأمير سلطان بن فهد الإقليمي مساء", 0, 0, 0, BP, IP, IP, 0, 0));
    }

    @Test
    void aPlaceNamedAfterAPersonNeedsNoTitleButACommonNounHeadDoes() {
        assertArrayEquals(new int[] {0, BL, IL, IL}, apply("في ملعب سعيد المهيري", 0, 0, BP, IP));
        assertArrayEquals(new int[] {0, 0, BP, IP}, apply("في مركز سعيد المهيري", 0, 0, BP, IP));
        assertArrayEquals(new int[] {0, BO, IO, IO, 0}, apply("في مركز الملك سلمان للإغاثة", 0, 0, 0, BP, 0));
    }

    @Test
    void thePlaceWhereTheFacilityStandsIsNoPartOfItsName() {
        assertArrayEquals(new int[] {0, BO, IO, IO, 0, 0}, apply("في مستشفى الملك فهد بالهفوف أمس", 0, 0, 0, BP, IP, 0));
        assertArrayEquals(new int[] {0, BO, IO, IO, 0}, apply("في مستشفى الملك سعود بجدة", 0, 0, 0, BP, IP));
    }

    @Test
    void aNamesakeTitleInsideTheTaggersChunkOfTheHeadJoinsTheName() {
        assertArrayEquals(new int[] {0, BO, IO, IO, 0}, apply("وقامت جامعة الملك عبدالله للتقنية", 0, BO, IO, BP, 0));
    }

    @Test
    void anInstitutionNamedAfterAPlaceWithItsAdjectiveIsOneOrganization() {
        assertArrayEquals(new int[] {0, BO, IO, IO, 0}, apply("في مركز جدة الدولي للمنتديات", 0, 0, BL, 0, 0));
        assertArrayEquals(new int[] {0, 0, BL, 0}, apply("في مركز جدة أمس", 0, 0, BL, 0));
    }

    @Test
    void aDefiniteHeadOrAnotherEntityTypeIsLeftAlone() {
        assertArrayEquals(new int[] {0, 0, BP, IP}, apply("زار المستشفى سعيد المهيري", 0, 0, BP, IP));
        assertArrayEquals(new int[] {0, 0, BL, 0}, apply("في مطار القاهرة الدولي", 0, 0, BL, 0));
    }
}
