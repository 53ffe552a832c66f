package org.mirsad.extract.quote;

import java.util.List;
import java.util.Set;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.Layer;
import org.mirsad.core.pipeline.Stage;
import org.mirsad.extract.quote.internal.QuoteParser;
import org.mirsad.extract.quote.internal.TokenTable;

/**
 * The quotes and sources layers: who said what, through whom (see
 * {@link org.mirsad.extract.quote.internal.QuoteParser} for the rules). Speakers are linked to the
 * entities layer when it is present. Pure and thread-safe.
 */
public final class QuoteStage implements Stage {

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.QUOTES, Layer.SOURCES);
    }

    @Override
    public Document apply(Document document) {
        List<Entity> entities = document.getOrEmpty(Layer.ENTITIES);
        TokenTable table = new TokenTable(document.text(), document.get(Layer.TOKENS), document.get(Layer.SENTENCES));
        QuoteParser parser = new QuoteParser(table, entities);
        // both layers in one copy: each Document copy validates every layer again
        java.util.Map<Layer<?>, List<?>> layers = new java.util.LinkedHashMap<>(document.layers());
        layers.put(Layer.QUOTES, parser.quotes());
        layers.put(Layer.SOURCES, parser.sources());
        return new Document(document.meta(), document.text(), layers, document.raw());
    }
}
