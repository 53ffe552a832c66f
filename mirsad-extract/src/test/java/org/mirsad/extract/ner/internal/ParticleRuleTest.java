package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParticleRuleTest {

    private static final int B_PER = TaggerModel.labelOf("B-PERSON");
    private static final int I_PER = TaggerModel.labelOf("I-PERSON");

    @Test
    void theParticleWrittenWithHamzaLeavesTheNameAndTheNextWordBeginsIt() {
        TokenForms[] t = TokenForms.of(new String[] {"وبحسب", "الصحيفة", "فإنّ", "ماركو", "فيراتي", "سيبقى"});
        int[] y = {0, 0, B_PER, I_PER, I_PER, 0};
        ParticleRule.apply(t, y);
        assertArrayEquals(new int[] {0, 0, 0, B_PER, I_PER, 0}, y);
    }

    @Test
    void theNameParticleWrittenWithoutHamzaStays() {
        TokenForms[] t = TokenForms.of(new String[] {"المدرب", "فان", "باستن", "قال"});
        int[] y = {0, B_PER, I_PER, 0};
        ParticleRule.apply(t, y);
        assertArrayEquals(new int[] {0, B_PER, I_PER, 0}, y);
    }

    @Test
    void diacriticsAreIgnoredButTheHamzaIsNot() {
        assertEquals("فإن", ParticleRule.undiacritized("فَإِنَّ"));
        assertEquals("فان", ParticleRule.undiacritized("فان"));
    }
}
