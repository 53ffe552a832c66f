package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
