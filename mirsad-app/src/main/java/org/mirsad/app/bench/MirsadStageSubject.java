package org.mirsad.app.bench;

import java.util.IdentityHashMap;
import java.util.Map;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Metadata;
import org.mirsad.core.pipeline.Stage;

/**
 * One extraction stage alone: the stages before it in the pipeline (the text layer and whatever
 * else it needs) run once per article outside the measurement, cached by article, and only the
 * stage itself is timed.
 */
public final class MirsadStageSubject implements BenchSubject {

    private final java.util.List<Stage> before;
    private final Stage stage;
    private final String name;
    private final Map<String, Document> prepared = new IdentityHashMap<>();

    /** A subject timing {@code stage}, shown as {@code name}, on documents prepared by {@code before}. */
    public MirsadStageSubject(java.util.List<Stage> before, Stage stage, String name) {
        this.before = java.util.List.copyOf(before);
        this.stage = stage;
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    /** Computes the text layer of {@code text} ahead of the measurement. */
    public void prepare(String text) {
        prepared.computeIfAbsent(text, t -> {
            Document d = Document.of(new Metadata("bench", "bench", null, null, null, null, null, "ar"), t, null);
            for (Stage s : before) {
                d = s.apply(d);
            }
            return d;
        });
    }

    @Override
    public long process(String text) {
        Document d = prepared.get(text);
        if (d == null) {
            prepare(text);
            d = prepared.get(text);
        }
        return stage.apply(d).getOrEmpty(Layer.TOKENS).size();
    }
}
