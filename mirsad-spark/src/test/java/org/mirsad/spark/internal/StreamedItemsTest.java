package org.mirsad.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mirsad.ingest.read.Format;

class StreamedItemsTest {

    private static SparkItem item(int n) {
        return new SparkItem("f#" + n, Format.FIELDS, null, "نص " + n, null, null, null, null, null, null);
    }

    @Test
    void itemsArriveInOrderAndTheIteratorEnds() {
        StreamedItems items = new StreamedItems("t", emit -> {
            for (int i = 0; i < 500; i++) {
                emit.accept(item(i));
            }
        });
        List<String> got = new ArrayList<>();
        items.forEachRemaining(i -> got.add(i.origin()));
        assertEquals(500, got.size());
        assertEquals("f#0", got.get(0));
        assertEquals("f#499", got.get(499));
        assertFalse(items.hasNext());
        assertThrows(NoSuchElementException.class, items::next);
    }

    @Test
    void theProducerWaitsWhileTheQueueIsFullAndStopsWhenClosed() throws InterruptedException {
        AtomicInteger produced = new AtomicInteger();
        CountDownLatch stopped = new CountDownLatch(1);
        StreamedItems items = new StreamedItems("t", emit -> {
            try {
                for (int i = 0; i < 1_000_000; i++) {
                    emit.accept(item(i));
                    produced.incrementAndGet();
                }
            } finally {
                stopped.countDown();
            }
        });
        items.next();
        Thread.sleep(300);
        assertTrue(produced.get() <= StreamedItems.CAPACITY + 2, "bounded: " + produced.get());
        items.close();
        assertTrue(stopped.await(5, TimeUnit.SECONDS), "the producer ends once the consumer is gone");
        assertTrue(produced.get() < 1_000_000);
    }

    @Test
    void aProducerFailureReachesTheConsumer() {
        StreamedItems items = new StreamedItems("t", emit -> {
            emit.accept(item(1));
            throw new OutOfMemoryError("simulated");
        });
        assertEquals("f#1", items.next().origin());
        IllegalStateException e = assertThrows(IllegalStateException.class, items::hasNext);
        assertTrue(e.getMessage().contains("simulated"), e.getMessage());
        assertFalse(items.hasNext());
    }
}
