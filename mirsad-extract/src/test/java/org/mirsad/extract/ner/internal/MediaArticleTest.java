package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediaArticleTest {

    private static final Lexicons LEX = Lexicons.of(Map.of(
            LexClass.MEDIA, List.of("أسوشيتد برس", "وكالة الأنباء الألمانية", "الجزيرة", "بي بي سي", "سي"),
            LexClass.MEDIA_HEAD, List.of("وكالة"),
            LexClass.ORG, List.of("هيومن رايتس ووتش")));

    private static Lexicons.Match at(String sentence, int i, LexClass c) {
        return LEX.longestAt(TokenForms.of(sentence.split(" ")), i, c.bit());
    }

    @Test
    void aForeignOutletMatchesWithTheArticleThePressGivesIt() {
        Lexicons.Match m = at("نقلا عن الأسوشيتد برس أمس", 2, LexClass.MEDIA);
        assertNotNull(m);
        assertEquals(4, m.end());
        assertNotNull(at("وفق أسوشيتد برس", 1, LexClass.MEDIA));
    }

    @Test
    void theArticleIsNotAddedToAHeadOrToOtherClasses() {
        assertNull(at("قالت الوكالة الأنباء الألمانية", 1, LexClass.MEDIA));
        assertNull(at("قالت الهيومن رايتس ووتش", 1, LexClass.ORG));
    }

    @Test
    void aProcliticOnATwoLetterFirstWordIsStrippedOnlyInANameOfSeveralWords() {
        Lexicons.Match m = at("وقال لبي بي سي إن", 1, LexClass.MEDIA);
        assertNotNull(m);
        assertEquals(4, m.end());
        assertEquals(1, m.strippedLetters());
        assertNull(at("وقال لسي إن", 1, LexClass.MEDIA), "a two-letter word alone keeps its first letter");
    }
}
