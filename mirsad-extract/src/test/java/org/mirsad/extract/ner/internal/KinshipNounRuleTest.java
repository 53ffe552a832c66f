package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class KinshipNounRuleTest {

    private static final int BP = TaggerModel.labelOf("B-PERSON");
    private static final int IP = TaggerModel.labelOf("I-PERSON");

    private static int[] apply(String sentence, int... y) {
        KinshipNounRule.apply(TokenForms.of(sentence.split(" ")), y);
        return y;
    }

    @Test
    void aKinshipNounSplitsTheNameIntoTwoPersons() {
        assertArrayEquals(new int[] {0, BP, IP, 0, BP, IP}, apply("حضر نادر الكتبي حفيد مهدي الكتبي", 0, BP, IP, IP, IP, IP));
        assertArrayEquals(new int[] {0, BP, IP, 0}, apply("حضر نادر الكتبي ونجله", 0, BP, IP, 0));
    }

    @Test
    void theWordsThatJoinANameToTheFathersStayInIt() {
        assertArrayEquals(new int[] {0, BP, IP, IP}, apply("حضر نادر بن مهدي", 0, BP, IP, IP));
    }
}
