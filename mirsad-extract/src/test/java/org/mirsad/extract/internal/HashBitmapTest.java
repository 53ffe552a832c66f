package org.mirsad.extract.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashBitmapTest {

    @Test
    void neverRejectsAKeyAndRejectsMostOtherWords() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            keys.add("قال" + i);
        }
        HashBitmap filter = new HashBitmap(keys);
        for (String k : keys) {
            assertTrue(filter.mayContain(k), k);
        }
        int passed = 0;
        int probes = 100_000;
        for (int i = 0; i < probes; i++) {
            if (filter.mayContain("كتب" + i)) {
                passed++;
            }
        }
        assertTrue(passed < probes / 5, passed + " of " + probes + " absent words passed the filter");
    }
}
