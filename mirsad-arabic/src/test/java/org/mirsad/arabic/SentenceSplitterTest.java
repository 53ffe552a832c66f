package org.mirsad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.span().in(text)).collect(Collectors.toList());
    }

    @Test
    void periodsAndQuestionMarks() {
        assertEquals(List.of("وصل الوفد.", "هل يتفقون؟", "ربما!"), sentences("وصل الوفد. هل يتفقون؟ ربما!"));
    }

    @Test
    void lineBreaksEndSentences() {
        assertEquals(List.of("الفقرة الأولى بلا نقطة", "الفقرة الثانية."), sentences("الفقرة الأولى بلا نقطة\nالفقرة الثانية."));
    }

    @Test
    void doubleAndTriplePeriodsAreOneTerminator() {
        assertEquals(List.of("انتهى الاجتماع..", "ثم غادروا...", "وبعد"), sentences("انتهى الاجتماع.. ثم غادروا... وبعد"));
    }

    @Test
    void decimalsAndDottedAbbreviationsDoNotSplit() {
        assertEquals(List.of("بلغ النمو 3.4 في المائة في ج.م.ع هذا العام."), sentences("بلغ النمو 3.4 في المائة في ج.م.ع هذا العام."));
    }

    @Test
    void singleLetterAbbreviationsDoNotSplit() {
        assertEquals(List.of("قال د. سامي نعمان إن الوضع مستقر."), sentences("قال د. سامي نعمان إن الوضع مستقر."));
        assertEquals(List.of("Dr. Smith met Mr. J. Doe.", "Then left."), sentences("Dr. Smith met Mr. J. Doe. Then left."));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        assertEquals(List.of("قال: «انتهى الأمر.»", "ثم صمت."), sentences("قال: «انتهى الأمر.» ثم صمت."));
    }

    @Test
    void terminatorsInsideAClosedQuotationDoNotSplit() {
        String t = "قالت المتحدثة: «الوضع صعب. نحتاج إلى دعم عاجل». وأضافت أن الفرق تعمل.";
        assertEquals(List.of("قالت المتحدثة: «الوضع صعب. نحتاج إلى دعم عاجل».", "وأضافت أن الفرق تعمل."), sentences(t));
    }

    @Test
    void unclosedQuotationDoesNotSwallowTheParagraph() {
        assertEquals(List.of("قال: «بدأ الأمر.", "ثم انتهى."), sentences("قال: «بدأ الأمر. ثم انتهى."));
    }

    @Test
    void listNumbersDoNotSplit() {
        assertEquals(List.of("1. البند الأول."), sentences("1. البند الأول."));
    }

    @Test
    void urlsStayInsideTheSentence() {
        assertEquals(List.of("التفاصيل على www.example.com اليوم."), sentences("التفاصيل على www.example.com اليوم."));
    }

    @Test
    void arabicQuestionMarkWithoutSpace() {
        assertEquals(List.of("لماذا؟", "لأن الوقت ضاق."), sentences("لماذا؟لأن الوقت ضاق."));
    }

    @Test
    void edgeInputs() {
        assertTrue(SentenceSplitter.split("").isEmpty());
        assertTrue(SentenceSplitter.split("  \n\n \u200F ").isEmpty());
        assertEquals(List.of("..."), sentences("..."));
        assertEquals(List.of("Hello world."), sentences("Hello world."));
    }
}
