package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceRulesTest {

    private static final Lexicons LEX = Lexicons.of(Map.of(
            LexClass.GIVEN_MALE, List.of("وليد", "نادر", "باسم"),
            LexClass.GIVEN_FEMALE, List.of("هالة"),
            LexClass.ORG_HEAD, List.of("وزارة"),
            LexClass.TITLE, List.of("الوزير", "مدير", "رئيسة", "المتحدث"),
            LexClass.NISBA, List.of("التونسي", "تونسي")));

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

    @Test
    void aKnownGivenNameAfterATitlePhraseBeginsAPersonWithItsFamilyName() {
        assertArrayEquals(new int[] {0, 0, 0, l("B-PERSON"), l("I-PERSON"), 0},
                apply("وأوضح مدير المعبر نادر العلي أمس", new int[6]));
        assertArrayEquals(new int[] {0, 0, 0, l("B-PERSON"), l("I-PERSON")},
                apply("وقالت رئيسة الغرفة هالة عزام", new int[5]));
    }

    @Test
    void aGivenNameThatIsAlsoAWordIsNotANameBeforeAnOrganizationOrADefiniteNoun() {
        assertArrayEquals(new int[5], apply("وقال المتحدث باسم وزارة الصحة", new int[5]));
        assertArrayEquals(new int[4], apply("وقال المتحدث باسم الحكومة", new int[4]));
    }

    @Test
    void aLoneParticiplePluralIsNotAPersonButAForeignSurnameInSonIs() {
        assertArrayEquals(new int[] {0, 0, 0}, apply("وقال متظاهرون إن", new int[] {0, l("B-PERSON"), 0}));
        assertArrayEquals(new int[] {0, l("B-PERSON"), 0}, apply("وقال أندرسون إن", new int[] {0, l("B-PERSON"), 0}));
    }

    @Test
    void anUnknownWordBetweenATitleAndAFamilyNameIsTheGivenNameButAVerbIsNot() {
        assertArrayEquals(new int[] {0, 0, 0, l("B-PERSON"), l("I-PERSON"), 0},
                apply("وقالت مدير المصرف رغدة الحلبي أمس", new int[6]));
        assertArrayEquals(new int[5], apply("وقال مدير المصرف يستقبل الدبلوماسي", new int[5]));
    }

    @Test
    void aPersonsNameEndsBeforeAPronounOrParticle() {
        int[] y = {l("B-PERSON"), l("I-PERSON"), l("I-PERSON"), l("I-PERSON")};
        assertArrayEquals(new int[] {l("B-PERSON"), l("I-PERSON"), 0, 0}, apply("سامر العاني هو الذي", y));
    }

    @Test
    void aCurrencyAloneIsNotAnEntity() {
        assertArrayEquals(new int[] {0, 0, 0}, apply("مليون دولار سنويا", new int[] {0, l("B-MISC"), 0}));
        assertArrayEquals(new int[] {0, 0}, apply("بملايين الدولارات", new int[] {0, l("B-MISC")}));
    }

    @Test
    void aCurrencyTaggedAsSomethingElseIsNoEntityAfterAnAmountOrBeforeANationality() {
        assertArrayEquals(new int[] {0, 0, 0, 0}, apply("دفع 40 دينار غرامة", new int[] {0, 0, l("B-ORG"), 0}));
        assertArrayEquals(new int[] {0, 0, 0, 0}, apply("بلغت مليون دينار تقريبا", new int[] {0, 0, l("B-ORG"), 0}));
        assertArrayEquals(new int[] {0, 0, 0}, apply("خسر دينار تونسي", new int[] {0, l("B-ORG"), 0}));
        // elsewhere the tagger's reading stands (a club, a person named دينار)
        assertArrayEquals(new int[] {0, l("B-ORG"), 0}, apply("فاز دينار أمس", new int[] {0, l("B-ORG"), 0}));
    }

    @Test
    void aGivenNameWithAPrepositionBeginsTheNextPerson() {
        int[] y = {l("B-PERSON"), l("I-PERSON"), l("I-PERSON"), l("I-PERSON")};
        assertArrayEquals(new int[] {l("B-PERSON"), l("I-PERSON"), l("B-PERSON"), l("I-PERSON")},
                apply("رياض التوفيق لنادر سليم", y));
    }

    @Test
    void aDefiniteNisbaOpeningANameIsLeftOut() {
        int[] y = {0, l("B-PERSON"), l("I-PERSON"), l("I-PERSON")};
        assertArrayEquals(new int[] {0, 0, l("B-PERSON"), l("I-PERSON")}, apply("المطرب الحلبي سامر يزدي", y));
    }

    @Test
    void aCountryWhoseNameIsAlsoAnAdjectiveIsTheAdjectiveAfterAnIndefiniteNoun() {
        int loc = l("B-LOC");
        int[] z = {0, 0, 0, loc};
        SentenceRules.clearAdjectiveCountries(TokenForms.of("سجلت الحكومة فائض مالي".split(" ")), z);
        assertArrayEquals(new int[4], z);
        int[] inMali = {0, 0, 0, loc};
        SentenceRules.clearAdjectiveCountries(TokenForms.of("قتل جنود شمال مالي".split(" ")), inMali);
        assertArrayEquals(new int[] {0, 0, 0, loc}, inMali, "شمال governs the country");
        int[] after = {0, 0, loc};
        SentenceRules.clearAdjectiveCountries(TokenForms.of("وصل الوفد مالي".split(" ")), after);
        assertArrayEquals(new int[] {0, 0, loc}, after, "after a definite word it is the country");
        int[] company = {0, 0, loc};
        SentenceRules.clearAdjectiveCountries(TokenForms.of("اشترتها شركة تركية".split(" ")), company);
        assertArrayEquals(new int[3], company, "تركية after a noun is Turkish, not Turkey");
        int[] prep = {0, 0, loc};
        SentenceRules.clearAdjectiveCountries(TokenForms.of("وصلوا إلى مالي".split(" ")), prep);
        assertArrayEquals(new int[] {0, 0, loc}, prep, "after a preposition it is the country");
    }
}
