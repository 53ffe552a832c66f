package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CanalNameRuleTest {

    private static final int BO = TaggerModel.labelOf("B-ORG");
    private static final int IO = TaggerModel.labelOf("I-ORG");
    private static final int BL = TaggerModel.labelOf("B-LOC");
    private static final int IL = TaggerModel.labelOf("I-LOC");

    private static int[] apply(String sentence, int... y) {
        CanalNameRule.apply(TokenForms.of(sentence.split(" ")), y);
        return y;
    }

    @Test
    void aWaterwayAfterQanaIsACanalWithItsHead() {
        assertArrayEquals(new int[] {0, BL, IL, IL, 0}, apply("عبرت قناة السويس الجديدة سفينتان", 0, 0, BO, IO, 0));
        assertArrayEquals(new int[] {0, BL, IL, 0}, apply("ومرت بقناة بنما أمس", 0, BO, IO, 0));
        assertArrayEquals(new int[] {0, 0, 0, BL, IL}, apply("وتوقفت الملاحة في قناة السويس", 0, 0, 0, 0, BL));
    }

    @Test
    void aChannelOrACanalInsideAnOrganizationsNameIsLeftAlone() {
        assertArrayEquals(new int[] {0, BO, IO, IO}, apply("رئيس هيئة قناة السويس", 0, BO, IO, IO));
        assertArrayEquals(new int[] {0, 0, BO}, apply("عرضت قناة الجزيرة", 0, 0, BO));
    }
}
