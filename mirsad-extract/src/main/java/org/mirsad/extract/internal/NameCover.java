package org.mirsad.extract.internal;

import java.util.List;
import java.util.function.Predicate;
import org.mirsad.core.model.Entity;

/**
 * The entity mentions that cover positions of a text, asked for in increasing order of position (the
 * numbers of quantities, the dates of a document): a cursor over the mentions, which are sorted and apart,
 * so a document's questions cost one pass over its mentions. Not thread-safe; one per document.
 */
public final class NameCover {

    private final List<Entity> entities;
    private int first; // the first mention that ends after the last position asked about

    /** A cover over a document's entity mentions, in text order. */
    public NameCover(List<Entity> entities) {
        this.entities = entities;
    }

    /**
     * The first mention that contains {@code offset} and that {@code accept} takes, or null. Offsets must
     * not decrease from one call to the next.
     */
    public Entity at(int offset, Predicate<Entity> accept) {
        while (first < entities.size() && entities.get(first).span().end() <= offset) {
            first++;
        }
        for (int j = first; j < entities.size() && entities.get(j).span().start() <= offset; j++) {
            Entity e = entities.get(j);
            if (offset < e.span().end() && accept.test(e)) {
                return e;
            }
        }
        return null;
    }
}
