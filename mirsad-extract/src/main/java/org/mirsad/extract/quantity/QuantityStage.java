package org.mirsad.extract.quantity;

import java.util.List;
import java.util.Set;
import org.mirsad.core.model.DateMention;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Span;
import org.mirsad.core.pipeline.Stage;
import org.mirsad.extract.quantity.internal.QuantityParser;

/**
 * Finds quantities ({@code قرابة 15 ألف لاجئ، 3.4 مليون دولار، نحو 40 في المائة، بين 10 و15 في المئة،
 * عشرات}) with their value, unit (ISO 4217 for money), counted noun, hedge and range. Numbers inside
 * date and time expressions (the {@code dates} layer) are not quantities, so the stage runs after the
 * date stage. Pure and thread-safe.
 */
public final class QuantityStage implements Stage {

    @Override
    public String name() {
        return "quantities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.DATES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.QUANTITIES);
    }

    @Override
    public Document apply(Document document) {
        List<Span> dates = document.get(Layer.DATES).stream().map(DateMention::span).toList();
        return document.with(Layer.QUANTITIES, QuantityParser.find(document.text(), document.get(Layer.TOKENS), dates));
    }
}
