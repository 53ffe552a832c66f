package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class PersonEdgeRuleTest {

    private static final int BP = TaggerModel.labelOf("B-PERSON");
    private static final int IP = TaggerModel.labelOf("I-PERSON");
    private static final int BL = TaggerModel.labelOf("B-LOC");
    private static final int BO = TaggerModel.labelOf("B-ORG");
    private static final int IO = TaggerModel.labelOf("I-ORG");

    private static int[] apply(String sentence, int... y) {
        PersonEdgeRule.apply(TokenForms.of(sentence.split(" ")), y, Lexicons.defaults());
        return y;
    }

    @Test
    void aPlaceWithLamEndsTheName() {
        assertArrayEquals(new int[] {0, BP, IP, 0, BL, 0}, apply("وشهدت سامي الحداد زيارة لفرنسا أمس", 0, BP, IP, 0, BL, 0),
                "nothing to cut");
        assertArrayEquals(new int[] {0, BP, IP, IP, BL, 0}, apply("زيارة محمد بن سلمان لفرنسا أمس", 0, BP, IP, IP, IP, 0));
    }

    @Test
    void aPersonOpeningWithAKnownOutletIsTheOutlet() {
        assertArrayEquals(new int[] {0, BO, IO, IO, IO, 0}, apply("وقال لبي بي سي الكورية إنه", 0, BP, IP, IP, IP, 0));
    }

    @Test
    void aWordWithBaAndAPronounIsNoName() {
        assertArrayEquals(new int[] {0, 0, 0, 0}, apply("الأمريكي وباندفاعه المعهود قرر", 0, BP, IP, 0));
    }

    @Test
    void aClauseOpeningVerbBeforeAGivenNameIsCut() {
        assertArrayEquals(new int[] {0, 0, BP, 0}, apply(". وتروي ريما أن", 0, BP, IP, 0));
        assertArrayEquals(new int[] {0, BP, IP}, apply("، وكريغ لورين", 0, BP, IP), "a name in a list keeps its و");
    }
}
