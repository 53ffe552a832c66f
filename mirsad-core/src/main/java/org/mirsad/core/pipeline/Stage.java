package org.mirsad.core.pipeline;

import java.util.Set;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;

/**
 * One step of analysis over a single document: pure, thread-safe and free of I/O.
 *
 * <p>A stage declares the layers it needs and the layers it adds; the {@link Pipeline} checks when
 * it is built that every need is met by an earlier stage.
 */
public interface Stage {

    /** A short name for errors and timings. */
    String name();

    /** Layers that must be computed before this stage runs. */
    Set<Layer<?>> requires();

    /** Layers this stage adds to the document. */
    Set<Layer<?>> provides();

    /** Returns the document with this stage's layers added. */
    Document apply(Document document);
}
