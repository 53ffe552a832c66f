package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicFormsTest {

    @Test
    void aDoubledLamIsReadBothAsTheMergedArticleAndAsLamBeforeAWordThatBeginsWithLam() {
        assertArrayEquals(new String[] {"للبنان", "0", "البنان", "2", "لبنان", "1"}, ArabicForms.lookupForms("للبنان"));
        assertArrayEquals(new String[] {"وللندن", "0", "للندن", "1", "الندن", "3", "لندن", "2"},
                ArabicForms.lookupForms("وللندن"));
    }

    @Test
    void aSingleProcliticIsStrippedOnce() {
        assertArrayEquals(new String[] {"بباريس", "0", "باريس", "1"}, ArabicForms.lookupForms("بباريس"));
        assertArrayEquals(new String[] {"وبغداد", "0", "بغداد", "1", "غداد", "2"}, ArabicForms.lookupForms("وبغداد"));
        assertEquals(1, ArabicForms.lookupForms("كل").length / 2, "too short to strip anything");
    }
}
