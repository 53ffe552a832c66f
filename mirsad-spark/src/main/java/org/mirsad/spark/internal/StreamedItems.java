package org.mirsad.spark.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The items one producer emits, as an iterator: the producer (the reading of one input file) runs
 * on its own thread and hands items over through a bounded queue, so a multi-gigabyte crawl file
 * never sits whole in an executor's memory. Closing it (at the end of the Spark task) stops the
 * producer at its next item.
 */
final class StreamedItems implements Iterator<SparkItem>, AutoCloseable {

    /** Items waiting between the producer and the consumer at most. */
    static final int CAPACITY = 32;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicBoolean closed = new AtomicBoolean();
    private Object next;

    /** Starts {@code producer} on a daemon thread named {@code name}; it emits items to the consumer it is given. */
    StreamedItems(String name, Consumer<Consumer<SparkItem>> producer) {
        Thread t = new Thread(() -> {
            try {
                producer.accept(this::put);
            } catch (Cancelled e) {
                return;
            } catch (RuntimeException | Error e) {
                put(new Failure(e));
            }
            put(END);
        }, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + Thread.currentThread().getName(), e);
            }
        }
        if (next instanceof Failure f) {
            next = END;
            throw new IllegalStateException("reading failed: " + f.cause, f.cause);
        }
        return next != END;
    }

    @Override
    public SparkItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SparkItem item = (SparkItem) next;
        next = null;
        return item;
    }

    /** Stops the producer (it ends at its next item) and drops what is queued. */
    @Override
    public void close() {
        closed.set(true);
        queue.clear();
    }

    private void put(Object o) {
        try {
            while (!queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
                if (closed.get()) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    /** The producer's way out once the consumer is gone. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    private record Failure(Throwable cause) {
    }
}
