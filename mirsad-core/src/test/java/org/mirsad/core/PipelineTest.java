package org.mirsad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Metadata;
import org.mirsad.core.pipeline.Pipeline;
import org.mirsad.core.pipeline.PipelineException;
import org.mirsad.core.pipeline.Stage;

class PipelineTest {

    private record FakeStage(String name, Set<Layer<?>> requires, Set<Layer<?>> provides, UnaryOperator<Document> f)
            implements Stage {
        @Override
        public Document apply(Document document) {
            return f.apply(document);
        }
    }

    private static final Stage SOURCES = new FakeStage("sources", Set.of(), Set.of(Layer.SOURCES),
            d -> d.with(Layer.SOURCES, List.of("واس")));
    private static final Stage NEEDS_SOURCES = new FakeStage("uses-sources", Set.of(Layer.SOURCES),
            Set.of(Layer.ENTITIES), d -> d.with(Layer.ENTITIES, List.of()));

    @Test
    void rejectsAStageWhoseRequirementComesLater() {
        PipelineException e = assertThrows(PipelineException.class, () -> Pipeline.of(NEEDS_SOURCES, SOURCES));
        assertTrue(e.getMessage().contains("uses-sources"));
        assertTrue(e.getMessage().contains("sources"));
    }

    @Test
    void runsStagesInOrder() {
        Pipeline p = Pipeline.of(SOURCES, NEEDS_SOURCES);
        Document d = p.run(Document.of(new Metadata("1", null, null, null, null, null, null, "ar"), "نص", null));
        assertEquals(List.of("واس"), d.get(Layer.SOURCES));
        assertTrue(d.has(Layer.ENTITIES));
        assertEquals(Set.of(Layer.SOURCES, Layer.ENTITIES), p.provides());
    }

    @Test
    void failsWhenAStageDoesNotAddWhatItDeclared() {
        Stage liar = new FakeStage("liar", Set.of(), Set.of(Layer.DATES), d -> d);
        Document d = Document.of(new Metadata("1", null, null, null, null, null, null, "ar"), "", null);
        assertThrows(PipelineException.class, () -> Pipeline.of(liar).run(d));
    }
}
