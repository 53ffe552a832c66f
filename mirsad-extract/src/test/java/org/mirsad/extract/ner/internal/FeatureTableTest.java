package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureTableTest {

    @Test
    void everyFeatureOfTheModelIsFoundAtItsRowAndNoOtherKeyIs() {
        Random r = new Random(7);
        long[] keys = r.longs(30_000).sorted().distinct().toArray();
        int l = TaggerModel.LABELS.size();
        TaggerModel m = new TaggerModel(keys, new float[keys.length * l], new float[(l + 1) * l], 0, Features.VERSION);
        for (int i = 0; i < keys.length; i++) {
            assertEquals(i, m.row(keys[i]));
        }
        Set<Long> known = new HashSet<>();
        Arrays.stream(keys).forEach(known::add);
        for (int k = 0; k < 200_000; k++) {
            long probe = r.nextLong();
            assertEquals(known.contains(probe) ? Arrays.binarySearch(keys, probe) : -1, m.row(probe));
        }
        // keys that share the filter's top bits with a feature but are not features
        for (long key : Arrays.copyOf(keys, 2000)) {
            long sibling = key ^ 1L;
            assertEquals(known.contains(sibling) ? Arrays.binarySearch(keys, sibling) : -1, m.row(sibling));
        }
    }
}
