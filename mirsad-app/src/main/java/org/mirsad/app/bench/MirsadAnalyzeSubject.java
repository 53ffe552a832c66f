package org.mirsad.app.bench;

import org.mirsad.app.Engine;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;

/** The whole {@code analyze} path: cleaning plus every pipeline stage. */
public final class MirsadAnalyzeSubject implements BenchSubject {

    private final Engine engine = Engine.createDefault();

    @Override
    public String name() {
        return "Mirsad analyze (clean + all stages)";
    }

    @Override
    public long process(String text) {
        Document d = engine.analyzeText("bench", text, null);
        return d.getOrEmpty(Layer.TOKENS).size();
    }
}
