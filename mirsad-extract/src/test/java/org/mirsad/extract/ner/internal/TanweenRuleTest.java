package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TanweenRuleTest {

    private static final int BP = TaggerModel.labelOf("B-PERSON");
    private static final int IP = TaggerModel.labelOf("I-PERSON");
    private static final int BL = TaggerModel.labelOf("B-LOC");

    private static int[] apply(String sentence, int... y) {
        TanweenRule.apply(TokenForms.of(sentence.split(" ")), y);
        return y;
    }

    @Test
    void aWordWithTanweenIsNoName() {
        assertArrayEquals(new int[] {0, 0, 0}, apply("غادر البلاد هارباً", 0, 0, BP));
        assertArrayEquals(new int[] {0, 0, 0}, apply("يعد تحولا روسياً", 0, 0, BL));
    }

    @Test
    void tanweenWordsAtTheEdgesOfANameAreLeftOut() {
        assertArrayEquals(new int[] {0, BP, IP, 0, 0}, apply("دخل سامر البيطار بديلاً للمصاب", 0, BP, IP, IP, 0));
        assertArrayEquals(new int[] {0, 0, BP, 0}, apply("بدا شاباً يوسف واثقا", 0, BP, IP, 0));
    }

    @Test
    void aTanweenWordInsideANameEndsItBeforeThatWord() {
        int[] y = {0, BP, IP, IP, 0};
        TanweenRule.endAtInnerTanween(TokenForms.of("مقالات تشي بإفلاسٍ فكري واضح".split(" ")), y);
        assertArrayEquals(new int[] {0, BP, 0, 0, 0}, y);
    }

    @Test
    void namesWithoutTanweenAreKept() {
        assertArrayEquals(new int[] {0, BP, IP}, apply("قال سامر البيطار", 0, BP, IP));
    }
}
