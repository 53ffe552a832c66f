package org.mirsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class ComponentsTest {

    @Test
    void chainedPairsShareOneRootAndSeparateChainsDoNot() {
        Map<String, String> roots = SparkNearDuplicates.components(List.of(
                new Tuple2<>("c", "d"), new Tuple2<>("a", "b"), new Tuple2<>("b", "c"), new Tuple2<>("x", "y")));
        assertEquals(6, roots.size());
        assertEquals("a", roots.get("d"));
        assertEquals("a", roots.get("c"));
        assertEquals("x", roots.get("y"));
        assertNotEquals(roots.get("a"), roots.get("x"));
    }

    @Test
    void noEdgesNoComponents() {
        assertEquals(Map.of(), SparkNearDuplicates.components(List.of()));
    }
}
