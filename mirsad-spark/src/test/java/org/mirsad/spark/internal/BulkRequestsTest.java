package org.mirsad.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkRequestsTest {

    private static String doc(int n) {
        return "{\"id\":\"d" + n + "\",\"title\":\"خبر رقم " + n + "\",\"text\":\"نص \\\"مقتبس\\\"\"}";
    }

    @Test
    void eachDocumentGetsAnIndexActionWithItsIdThenItsLine() {
        BulkRequests b = new BulkRequests("mirsad", 10, 1_000_000);
        b.add(doc(1));
        b.add(doc(2));
        List<String> bodies = b.finish();
        assertEquals(1, bodies.size());
        assertEquals("{\"index\":{\"_index\":\"mirsad\",\"_id\":\"d1\"}}\n" + doc(1) + "\n"
                + "{\"index\":{\"_index\":\"mirsad\",\"_id\":\"d2\"}}\n" + doc(2) + "\n", bodies.get(0));
    }

    @Test
    void batchesAreCutByCountAndBySize() {
        BulkRequests byCount = new BulkRequests("mirsad", 2, 1_000_000);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            byCount.add(doc(i));
            bodies.addAll(byCount.takeFull());
        }
        bodies.addAll(byCount.finish());
        assertEquals(List.of(4, 4, 2), bodies.stream().map(s -> s.split("\n").length).toList());

        BulkRequests bySize = new BulkRequests("mirsad", 100, doc(1).length() * 2);
        for (int i = 0; i < 4; i++) {
            bySize.add(doc(i));
        }
        List<String> small = bySize.finish();
        assertEquals(4, small.size(), "each document alone: two never fit the size limit with their actions");
        assertTrue(small.stream().allMatch(s -> s.endsWith("\n")));
    }

    @Test
    void nothingAddedGivesNoRequest() {
        assertEquals(List.of(), new BulkRequests("mirsad", 10, 100).finish());
    }

    @Test
    void invalidIndexNamesAndDocumentsWithoutIdAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BulkRequests("Mirsad", 10, 100));
        assertThrows(IllegalArgumentException.class, () -> new BulkRequests("a/b", 10, 100));
        BulkRequests b = new BulkRequests("mirsad", 10, 100);
        assertThrows(IllegalArgumentException.class, () -> b.add("{\"title\":\"بلا معرف\"}"));
        assertThrows(IllegalArgumentException.class, () -> b.add("not json"));
    }
}
