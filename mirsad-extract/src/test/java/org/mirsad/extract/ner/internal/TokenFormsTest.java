package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TokenFormsTest {

    @Test
    void aConjunctionOnAWordInLatinLettersLeavesItALatinWord() {
        TokenForms t = new TokenForms("وDell");
        assertEquals(TokenForms.SHAPE_LATIN, t.shape);
        assertEquals("dell", t.core);
        assertEquals(TokenForms.SHAPE_LATIN, new TokenForms("Dell").shape);
        assertEquals(TokenForms.SHAPE_OTHER, new TokenForms("وDellو").shape, "Arabic letters after the Latin ones");
        assertEquals(TokenForms.SHAPE_ARABIC, new TokenForms("وديل").shape);
    }

    @Test
    void aTokenLookedUpWhereItStandsInTheTextSharesTheFormsOfTheSameSurfaceGivenAsAString() {
        String text = "قال الوزير إن الوزير والوزير";
        TokenForms[] inText = TokenForms.of(text, new int[] {4, 14, 21}, new int[] {10, 20, 28});
        TokenForms[] given = TokenForms.of(new String[] {"الوزير", "والوزير"});
        assertEquals("الوزير", inText[0].surface);
        assertSame(inText[0], inText[1], "one surface, one forms object");
        assertSame(inText[0], given[0]);
        assertSame(inText[2], given[1]);
        assertNotSame(inText[0], inText[2]);
        assertEquals("والوزير", inText[2].surface);
    }

    @Test
    void theCacheKeepsWordsAcrossAGenerationChangeAndDistinguishesManySurfaces() {
        TokenForms kept = TokenForms.of(new String[] {"مرصد"})[0];
        for (int i = 0; i < 250_000; i++) {
            String w = "كلمة" + i;
            TokenForms f = TokenForms.of(new String[] {w})[0];
            assertEquals(w, f.surface);
            if (i % 1000 == 0) {
                assertSame(kept, TokenForms.of(new String[] {"مرصد"})[0], "a word in steady use stays");
            }
        }
    }
}
