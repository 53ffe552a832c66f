package org.mirsad.arabic;

import java.util.Set;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;
import org.mirsad.core.pipeline.Stage;

/** The pipeline stage that adds tokens and sentences. */
public final class TextLayerStage implements Stage {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        return document.with(Layer.TOKENS, ArabicTokenizer.tokenize(text))
                .with(Layer.SENTENCES, SentenceSplitter.split(text));
    }
}
