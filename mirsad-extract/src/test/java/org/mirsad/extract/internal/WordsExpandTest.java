package org.mirsad.extract.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The prefilter forms of lexicon words carry every proclitic the lookup peels. */
class WordsExpandTest {

    @Test
    void aWordWithTheArticleAlsoStandsForItsFormAfterLam() {
        Set<String> forms = Words.expand(List.of("الساعه", "يوم"));
        for (String f : List.of("الساعه", "والساعه", "بالساعه", "للساعه", "وللساعه", "فللساعه", "يوم", "ليوم", "واليوم", "لليوم")) {
            assertTrue(forms.contains(f), f);
        }
        assertFalse(forms.contains("ساعه"), "the bare word is not one of the forms of الساعه");
    }
}
