package org.mirsad.index.search.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bounded top-k selection of facet values equals a full sort cut to k (count desc, ordinal asc). */
class FacetTopTest {

    @Test
    void selectionEqualsFullSort() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            int values = 1 + random.nextInt(300);
            int[] counts = new int[values];
            for (int i = 0; i < values; i++) {
                counts[i] = random.nextInt(1 + random.nextInt(20));
            }
            int n = random.nextInt(values + 1);
            int[] ords = new int[n + 3];
            Integer[] shuffled = new Integer[values];
            for (int i = 0; i < values; i++) {
                shuffled[i] = i;
            }
            java.util.Collections.shuffle(Arrays.asList(shuffled), random);
            for (int i = 0; i < n; i++) {
                ords[i] = shuffled[i];
            }
            int limit = random.nextInt(12);
            Integer[] all = Arrays.copyOf(shuffled, n);
            Arrays.sort(all, Comparator.comparingInt((Integer g) -> -counts[g]).thenComparingInt(g -> g));
            int[] expected = Arrays.stream(all).limit(limit).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, FacetCounter.top(counts, ords, n, limit), "round " + round);
        }
    }
}
