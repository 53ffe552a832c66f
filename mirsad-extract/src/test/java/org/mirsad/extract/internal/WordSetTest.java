package org.mirsad.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void holdsExactlyItsWords() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            words.add("عام" + i);
        }
        WordSet set = new WordSet(words);
        assertEquals(5000, set.size());
        assertEquals(new HashSet<>(words), new HashSet<>(set));
        for (String w : words) {
            assertTrue(set.contains(w), w);
        }
        for (int i = 5000; i < 20000; i++) {
            assertFalse(set.contains("عام" + i));
        }
        assertFalse(set.contains(null));
        assertFalse(set.contains(42));
    }

    @Property
    void answersLikeAHashSet(@ForAll List<String> words, @ForAll String probe) {
        Set<String> plain = new HashSet<>(words);
        WordSet set = new WordSet(words);
        assertEquals(plain.contains(probe), set.contains(probe));
        for (String w : words) {
            assertTrue(set.contains(w));
        }
    }

    @Test
    void anEmptySetHoldsNothing() {
        assertFalse(new WordSet(List.of()).contains(""));
    }
}
