package org.mirsad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class LightStemmerTest {

    private static String stem(String w) {
        return LightStemmer.stem(w);
    }

    @Test
    void conjunctionIsRemovedFromLongWords() {
        assertEquals(stem("سوريا"), stem("وسوريا"));
        assertEquals(stem("قالوا"), stem("فقالوا"));
    }

    @Test
    void rootInitialWawAndFehAreKept() {
        assertEquals("وزير", stem("وزير"));
        assertNotEquals(stem("زار"), stem("وزارة"));
        assertEquals(stem("فرنسا"), stem("وفرنسا"));
        assertEquals("فرنسا", stem("فرنسا"));
    }

    @Test
    void pluralEndings() {
        assertEquals(stem("حكومة"), stem("الحكومات"));
        assertEquals(stem("مصري"), stem("المصريون"));
        assertEquals(stem("مهندس"), stem("المهندسين"));
    }

    @Test
    void dualOnlyFromLongWords() {
        assertEquals(stem("مسؤول"), stem("مسؤولان"));
        assertEquals("لبنان", stem("لبنان"));
        assertEquals("ايران", stem("إيران"));
    }

    @Test
    void finalEndings() {
        assertEquals(stem("مصر"), stem("المصرية"));
        assertEquals(stem("مصر"), stem("مصري"));
        assertEquals(stem("مدينة"), stem("بالمدينة"));
    }

    @Test
    void spellingVariantsConflate() {
        assertEquals(stem("مستشفى"), stem("مستشفي"));
        assertEquals(stem("أحمد"), stem("احمد"));
        assertEquals(stem("الحُكومة"), stem("الحكومه"));
    }

    @Test
    void shortWordsStayWhole() {
        assertEquals("علي", stem("علي"));
        assertEquals("في", stem("في"));
    }

    @Test
    void edgeInputs() {
        assertEquals("", stem(""));
        assertEquals("reuters", stem("Reuters"));
    }
}
