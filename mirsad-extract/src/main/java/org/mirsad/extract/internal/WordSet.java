package org.mirsad.extract.internal;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An immutable set of words for the one-probe filters that run on every token ({@link Words#expand}): a
 * bitmap over the words' string hashes answers most "no"s from a few kilobytes that stay in the processor's
 * cache, and only words whose bit is set go on to the hash set. Token forms are shared strings whose hash is
 * computed once, so a probe costs a shift and a load.
 */
public final class WordSet extends AbstractSet<String> {

    /** Bitmap bits per word (at least): about one in eight absent words gets past the bitmap. */
    private static final int BITS_PER_WORD = 8;

    private final Set<String> words;
    private final int shift;
    private final long[] bitmap;

    /** A set of {@code words}. */
    public WordSet(Collection<String> words) {
        this.words = new HashSet<>(words);
        int bits = Math.max(12, 32 - Integer.numberOfLeadingZeros(Math.max(1, this.words.size() * BITS_PER_WORD - 1)));
        this.shift = 32 - bits;
        this.bitmap = new long[Math.max(1, (1 << bits) / 64)];
        for (String w : this.words) {
            int b = bit(w);
            bitmap[b >>> 6] |= 1L << b;
        }
    }

    private int bit(String w) {
        int h = w.hashCode() * 0x9E3779B9;
        return h >>> shift;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String w)) {
            return false;
        }
        int b = bit(w);
        return (bitmap[b >>> 6] & (1L << b)) != 0 && words.contains(w);
    }

    @Override
    public Iterator<String> iterator() {
        Iterator<String> it = words.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public String next() {
                return it.next();
            }
        };
    }

    @Override
    public int size() {
        return words.size();
    }
}
