package org.mirsad.extract.internal;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An immutable set of words for the one-probe filters that run on every token ({@link Words#expand}): a
 * {@link HashBitmap} answers most "no"s, and only words that pass it go on to the hash set.
 */
public final class WordSet extends AbstractSet<String> {

    private final Set<String> words;
    private final HashBitmap filter;

    /** A set of {@code words}. */
    public WordSet(Collection<String> words) {
        this.words = new HashSet<>(words);
        this.filter = new HashBitmap(this.words);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String w)) {
            return false;
        }
        return filter.mayContain(w) && words.contains(w);
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
