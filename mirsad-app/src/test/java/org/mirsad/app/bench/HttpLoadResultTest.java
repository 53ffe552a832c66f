package org.mirsad.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The target check and the capacity implied by CPU time per request. */
class HttpLoadResultTest {

    private static HttpLoad.Result run(int requests, int errors, double seconds, double p99, double cpu, double serverCpu) {
        return new HttpLoad.Result(requests, errors, seconds, p99 / 2, p99, p99 * 2, null, cpu, serverCpu);
    }

    @Test
    void targetNeedsRateLatencyAndNoErrors() {
        assertTrue(run(4000, 0, 10, 80, 4, 2).meets(200, 100));
        assertFalse(run(1900, 0, 10, 80, 4, 2).meets(200, 100), "too slow");
        assertFalse(run(4000, 0, 10, 100, 4, 2).meets(200, 100), "p99 must be under the bound");
        assertFalse(run(4000, 1, 10, 80, 4, 2).meets(200, 100), "an error fails it");
        assertFalse(run(0, 0, 10, 0, -1, -1).meets(0, 100), "nothing measured");
    }

    @Test
    void capacityFromCpuPerRequest() {
        HttpLoad.Result r = run(4000, 0, 10, 80, 4, 2);
        assertEquals(500, r.capacity(2, true), 1e-9);
        assertEquals(1000, r.capacity(2, false), 1e-9);
        assertEquals(-1, run(10, 0, 1, 5, -1, -1).capacity(2, true));
    }
}
