package org.mirsad.extract;

import java.time.LocalDate;
import java.util.List;
import org.mirsad.arabic.TextLayerStage;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Metadata;
import org.mirsad.core.pipeline.Pipeline;
import org.mirsad.extract.date.DateStage;
import org.mirsad.extract.quantity.QuantityStage;

/** Test helper: runs the text layer, dates and quantities over a text. */
public final class Analyzed {

    private static final Pipeline PIPELINE = Pipeline.of(List.of(new TextLayerStage(), new DateStage(),
            new QuantityStage()));

    private Analyzed() {
    }

    /** The analyzed document of {@code text} published on {@code published} (may be null). */
    public static Document of(String text, LocalDate published) {
        Metadata meta = new Metadata("t", "test", null, null, null, null, published, "ar");
        return PIPELINE.run(Document.of(meta, text, null));
    }
}
