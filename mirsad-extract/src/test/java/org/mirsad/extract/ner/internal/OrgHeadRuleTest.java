package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrgHeadRuleTest {

    private static final Lexicons LEX = Lexicons.of(Map.of(
            LexClass.AMBIGUOUS, List.of("الفجر"),
            LexClass.TITLE, List.of("رئيس")));

    private static int l(String tag) {
        return TaggerModel.labelOf(tag);
    }

    private static int[] apply(String sentence) {
        TokenForms[] t = TokenForms.of(sentence.split(" "));
        int[] y = new int[t.length];
        OrgHeadRule.apply(t, y, LEX);
        return y;
    }

    @Test
    void aHeadWithItsDefiniteWordsIsAnOrganizationUpToARelativePronoun() {
        assertArrayEquals(new int[] {0, l("B-ORG"), l("I-ORG"), l("I-ORG"), 0, 0, 0},
                apply("وأعلنت نقابة المعلمين المستقلين التي تأسست حديثا"));
    }

    @Test
    void aHeadBeforeANameThatIsAlsoAWordTakesIt() {
        assertArrayEquals(new int[] {0, l("B-ORG"), l("I-ORG"), 0}, apply("فاز لنادي الفجر أمس"));
    }

    @Test
    void aHeadWithoutADefiniteNameOrWithTheArticleIsLeftAlone() {
        assertArrayEquals(new int[4], apply("بدأت حركة نزوح واسعة"));
        assertArrayEquals(new int[3], apply("قالت الوزارة أمس"));
        assertArrayEquals(new int[4], apply("زار مركز المدينة أمس"));
    }

    @Test
    void aHeadThatIsAlsoACommonNounNeedsAKnownNameOrANisbaEnding() {
        assertArrayEquals(new int[6], apply("اتفقا على آلية لتنظيم الإطلاقات المائية"));
        assertArrayEquals(new int[4], apply("توقفت حركة السير أمس"));
        assertArrayEquals(new int[] {0, l("B-ORG"), l("I-ORG"), l("I-ORG"), 0}, apply("وأعلنت حركة المقاومة الشعبية أمس"));
        assertArrayEquals(new int[] {0, l("B-ORG"), l("I-ORG"), 0}, apply("أعلن تنظيم الفجر مسؤوليته"));
    }
}
