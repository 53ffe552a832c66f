package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RegnalNumberRuleTest {

    private static final int B = TaggerModel.labelOf("B-PERSON");
    private static final int I = TaggerModel.labelOf("I-PERSON");

    private static int[] apply(String sentence, int... y) {
        RegnalNumberRule.apply(TokenForms.of(sentence.split(" ")), y);
        return y;
    }

    @Test
    void theOrdinalOfAMonarchOrPopeIsPartOfTheName() {
        assertArrayEquals(new int[] {0, 0, B, I, 0}, apply("زارت الملكة ماتيلدا الثانية المعرض", 0, 0, B, 0, 0));
        assertArrayEquals(new int[] {0, 0, B, I, I, 0}, apply("استقبل البابا أوربان السابع عشر الوفد", 0, 0, B, 0, 0, 0));
        assertArrayEquals(new int[] {0, 0, B, I, I, 0}, apply("العاهل الأردني فيصل ناصر الرابع أمس", 0, 0, B, I, 0, 0));
    }

    @Test
    void anOrdinalAfterANameWithoutSuchATitleIsARank() {
        assertArrayEquals(new int[] {0, B, 0, 0}, apply("حل غسان الثاني بفارق", 0, B, 0, 0));
        assertArrayEquals(new int[] {0, 0, B, 0}, apply("قال الوزير غسان الثاني", 0, 0, B, 0));
    }
}
