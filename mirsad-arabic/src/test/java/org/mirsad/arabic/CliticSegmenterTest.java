package org.mirsad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CliticSegmenterTest {

    private static String seg(String word) {
        Segmentation s = CliticSegmenter.segment(word);
        return s.prefix() + "+" + s.stem() + "+" + s.suffix();
    }

    @Test
    void article() {
        assertEquals("ال+حكومه+", seg("الحكومة"));
    }

    @Test
    void conjunctionAndArticle() {
        assertEquals("وال+عراق+", seg("والعراق"));
        assertEquals("فال+وزاره+", seg("فالوزارة"));
    }

    @Test
    void prepositionAndArticle() {
        assertEquals("بال+قاهره+", seg("بالقاهرة"));
        assertEquals("وبال+عاصمه+", seg("وبالعاصمة"));
        assertEquals("كال+عاده+", seg("كالعادة"));
    }

    @Test
    void lamFusedWithArticle() {
        assertEquals("لل+اتحاد+", seg("للاتحاد"));
        assertEquals("ولل+حكومه+", seg("وللحكومة"));
    }

    @Test
    void hamzatedAlefIsNeverTheArticle() {
        assertEquals("+المانيا+", seg("ألمانيا"));
        assertEquals("+الغاء+", seg("إلغاء"));
    }

    @Test
    void lamRootVerbalNounsKeepTheirAlefLam() {
        assertEquals("+التزام+", seg("التزام"));
        assertEquals("+التقي+", seg("التقى"));
        assertEquals("+التزامها+", seg("التزامها"));
    }

    @Test
    void tooShortStemsStayWhole() {
        assertEquals("+الي+", seg("الى"));
        assertEquals("+والده+", seg("والده"));
        assertEquals("+بالغ+", seg("بالغ"));
    }

    @Test
    void functionWordsStayWhole() {
        assertEquals("+الذي+", seg("الذي"));
        assertEquals("+التي+", seg("التي"));
        assertEquals("+لكن+", seg("لكن"));
        assertEquals("+الله+", seg("الله"));
    }

    @Test
    void pronounsOnClosedClassWords() {
        assertEquals("+ان+ه", seg("إنه"));
        assertEquals("+علي+ها", seg("عليها"));
        assertEquals("+من+هم", seg("منهم"));
        assertEquals("و+ان+ها", seg("وأنها"));
    }

    @Test
    void conjunctionBeforeClosedClassWord() {
        assertEquals("و+في+", seg("وفي"));
        assertEquals("ف+ان+", seg("فإن"));
    }

    @Test
    void ordinaryWordsAreNotSegmentedUnsafely() {
        assertEquals("+وزير+", seg("وزير"));
        assertEquals("+فرنسا+", seg("فرنسا"));
        assertEquals("+بيروت+", seg("بيروت"));
        assertEquals("+كورونا+", seg("كورونا"));
        assertEquals("+سياره+", seg("سيارة"));
    }

    @Test
    void diacriticsDoNotChangeTheSplit() {
        assertEquals("وال+عراق+", seg("وَالعِرَاق"));
    }

    @Test
    void candidatesOfferUnverifiedSplits() {
        List<Segmentation> c = CliticSegmenter.candidates("لفرنسا");
        assertEquals("لفرنسا", c.get(0).stem());
        assertTrue(c.stream().anyMatch(s -> s.stem().equals("فرنسا") && s.prefix().equals("ل")));
        assertTrue(CliticSegmenter.candidates("وبيروت").stream().anyMatch(s -> s.stem().equals("بيروت")));
        assertTrue(CliticSegmenter.candidates("سيقول").stream().anyMatch(s -> s.stem().equals("يقول")));
        assertTrue(CliticSegmenter.candidates("وأضاف").stream().anyMatch(s -> s.stem().equals("اضاف")));
    }

    @Test
    void candidatesRestoreTehMarbutaBeforePronouns() {
        assertTrue(CliticSegmenter.candidates("حكومتها").stream()
                .anyMatch(s -> s.stem().equals("حكومه") && s.suffix().equals("ها")));
    }

    @Test
    void candidatesOfferTheLamOfLamInitialStems() {
        assertTrue(CliticSegmenter.candidates("للجنة").stream().anyMatch(s -> s.stem().equals("لجنه")));
    }

    @Test
    void definiteStem() {
        assertEquals("القاهره", CliticSegmenter.segment("بالقاهرة").definiteStem());
        assertEquals("اتحاد", CliticSegmenter.segment("اتحاد").definiteStem());
    }

    @Test
    void edgeInputs() {
        assertEquals("++", seg(""));
        assertEquals("+و+", seg("و"));
        assertEquals("+abc+", seg("ABC"));
    }
}
