package org.mirsad.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;

/**
 * An ordered list of {@link Stage}s, checked when built: each stage's requirements are provided by
 * the stages before it.
 *
 * <p>Thread-safe when its stages are (they must be).
 */
public final class Pipeline {

    private final List<Stage> stages;
    private final Set<Layer<?>> provides;

    private Pipeline(List<Stage> stages, Set<Layer<?>> provides) {
        this.stages = stages;
        this.provides = provides;
    }

    /**
     * Builds a pipeline from stages in order.
     *
     * @throws PipelineException naming the first stage whose requirement is not met
     */
    public static Pipeline of(List<? extends Stage> stages) {
        Set<Layer<?>> available = new LinkedHashSet<>();
        for (Stage stage : stages) {
            for (Layer<?> need : stage.requires()) {
                if (!available.contains(need)) {
                    throw new PipelineException("stage '" + stage.name() + "' needs layer '" + need.name()
                            + "', which no earlier stage provides");
                }
            }
            available.addAll(stage.provides());
        }
        return new Pipeline(List.copyOf(stages), Set.copyOf(available));
    }

    /** Builds a pipeline from stages in order. */
    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    /** The stages, in order. */
    public List<Stage> stages() {
        return stages;
    }

    /** Every layer the pipeline computes. */
    public Set<Layer<?>> provides() {
        return provides;
    }

    /**
     * Runs every stage over the document.
     *
     * @throws PipelineException when a stage does not add a layer it declared
     */
    public Document run(Document document) {
        Document current = document;
        for (Stage stage : stages) {
            current = stage.apply(current);
            for (Layer<?> made : stage.provides()) {
                if (!current.has(made)) {
                    throw new PipelineException("stage '" + stage.name() + "' declared layer '" + made.name()
                            + "' but did not add it");
                }
            }
        }
        return current;
    }

    /** The names of the stages, for display. */
    public List<String> stageNames() {
        List<String> names = new ArrayList<>();
        for (Stage s : stages) {
            names.add(s.name());
        }
        return names;
    }
}
