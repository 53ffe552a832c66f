package org.mirsad.app.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.mirsad.index.corpus.CorpusViews;
import org.mirsad.index.search.CorpusSearcher;

/**
 * One committed state of the corpus as the server reads it: a searcher and the corpus-wide views
 * computed on it (memoized, since each reads every article). Reference-counted so a newer state can
 * replace it while requests still read it; closed when the last reader is done.
 */
final class Generation {

    /** A computation that may fail with an {@link IOException}. */
    interface IoSupplier<T> {
        T get() throws IOException;
    }

    final CorpusSearcher searcher;
    final CorpusViews views;
    final long commit;
    private final AtomicInteger refs = new AtomicInteger(1);
    private final Map<String, FutureTask<Object>> memo = new ConcurrentHashMap<>();
    /** Recent search answers of this state, least recently used dropped first. */
    private final Map<String, Object> searches = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > SEARCHES_KEPT;
        }
    };

    /** Search answers kept per state. */
    static final int SEARCHES_KEPT = 1024;

    Generation(CorpusSearcher searcher, long commit) {
        this.searcher = searcher;
        this.views = new CorpusViews(searcher);
        this.commit = commit;
    }

    /** Takes a reference; false when the generation is already closed. */
    boolean tryAcquire() {
        while (true) {
            int r = refs.get();
            if (r <= 0) {
                return false;
            }
            if (refs.compareAndSet(r, r + 1)) {
                return true;
            }
        }
    }

    /** Drops a reference, closing the searcher with the last one. */
    void release() {
        if (refs.decrementAndGet() == 0) {
            try {
                searcher.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A search answer kept for {@code key}, or null. */
    @SuppressWarnings("unchecked")
    <T> T cachedSearch(String key) {
        synchronized (searches) {
            return (T) searches.get(key);
        }
    }

    /** Keeps a search answer. */
    void cacheSearch(String key, Object answer) {
        synchronized (searches) {
            searches.put(key, answer);
        }
    }

    /**
     * The value memoized under {@code key}, computed once per generation (concurrent callers wait for
     * the first; a computation may itself use other memoized values). A failed computation is
     * forgotten, so the next call tries again.
     */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, IoSupplier<T> compute) throws IOException {
        FutureTask<Object> task = new FutureTask<>(compute::get);
        FutureTask<Object> known = memo.putIfAbsent(key, task);
        if (known == null) {
            known = task;
            task.run();
        }
        try {
            return (T) known.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            memo.remove(key, known);
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(c);
        }
    }
}
