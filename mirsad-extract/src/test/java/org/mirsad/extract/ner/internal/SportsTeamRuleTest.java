package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SportsTeamRuleTest {

    private static final Lexicons LEX = Lexicons.of(Map.of(LexClass.COUNTRY, List.of("تونس", "المغرب")));

    private static final int O = 0;
    private static final int BL = TaggerModel.labelOf("B-LOC");
    private static final int BO = TaggerModel.labelOf("B-ORG");

    /** Tokens of {@code sentence}; the words in {@code places} start tagged as places, as the tagger left them. */
    private static int[] apply(String sentence, String... places) {
        String[] w = sentence.split(" ");
        TokenForms[] t = TokenForms.of(w);
        int[] y = new int[t.length];
        for (int i = 0; i < w.length; i++) {
            for (String p : places) {
                if (w[i].equals(p)) {
                    y[i] = BL;
                }
            }
        }
        SportsTeamRule.apply(t, y, LEX);
        return y;
    }

    @Test
    void aCityAfterATeamWordIsItsClub() {
        assertArrayEquals(new int[] {O, O, BO, O}, apply("انضم مدرب صفاقس أمس", "صفاقس"));
        assertArrayEquals(new int[] {O, O, BO, O}, apply("وسجل مهاجم القيروان هدفا", "القيروان"));
    }

    @Test
    void aCityAfterAMatchVerbInASportsSentenceIsAClubAndSoIsItsOpponent() {
        assertArrayEquals(new int[] {O, BO, O, BO, O, O, O},
                apply("تعادل سوسة مع بنزرت في مباراة مثيرة", "سوسة", "بنزرت"));
        assertArrayEquals(new int[] {O, BO, BO, O, O, O},
                apply("حسم قابس وقفصة ترتيب المجموعة الثانية", "قابس", "وقفصة"));
    }

    @Test
    void outsideSportsAPlaceAfterTheSameVerbsStaysAPlace() {
        assertArrayEquals(new int[] {O, BL, O, O, O}, apply("فاز سوسة بجائزة المدن النظيفة", "سوسة"));
        assertArrayEquals(new int[] {O, O, O, BL}, apply("وصل الوفد إلى بنزرت", "بنزرت"));
    }

    @Test
    void countriesAreLeftAlone() {
        assertArrayEquals(new int[] {O, BL, O, BL, O, O},
                apply("تغلب تونس على المغرب بهدفين نظيفين", "تونس", "المغرب"));
        assertArrayEquals(new int[] {O, BL, O}, apply("لاعب تونس الأول", "تونس"));
    }
}
