package org.mirsad.extract.ner;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.arabic.TextLayerStage;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Metadata;

/**
 * Runs CoNLL sentences through what {@code mirsad analyze} runs — the text layer and the whole entities
 * stage ({@link NerStage}: tagger, rules, consistency, name extension) — and reads the entities back as
 * BIO tags over the CoNLL tokens, so the product's own output can be scored.
 *
 * <p>The sentences of a run are joined with spaces (sentences with line breaks between them) into one
 * document; an entity's tags go to the CoNLL tokens its span overlaps: B- on the first, I- on the rest.
 */
final class StageEvaluation {

    private static final TextLayerStage TEXT = new TextLayerStage();

    private StageEvaluation() {
    }

    /** BIO tags for each sentence of one run of sentences taken as a document. */
    static List<List<String>> tag(List<ConllSentence> run, NerStage stage) {
        StringBuilder text = new StringBuilder();
        List<int[][]> offsets = new ArrayList<>(run.size());
        for (ConllSentence s : run) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int[][] o = new int[s.size()][];
            for (int i = 0; i < s.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(s.tokens().get(i));
                o[i] = new int[] {start, text.length()};
            }
            offsets.add(o);
        }
        Document d = Document.of(new Metadata("conll", "conll", null, null, null, null, null, "ar"), text.toString(), null);
        List<Entity> entities = stage.apply(TEXT.apply(d)).getOrEmpty(Layer.ENTITIES);
        List<List<String>> out = new ArrayList<>(run.size());
        for (int[][] o : offsets) {
            List<String> tags = new ArrayList<>(o.length);
            for (int i = 0; i < o.length; i++) {
                tags.add("O");
            }
            out.add(tags);
        }
        for (Entity e : entities) {
            String type = e.type().name();
            boolean first = true;
            for (int s = 0; s < offsets.size(); s++) {
                int[][] o = offsets.get(s);
                for (int i = 0; i < o.length; i++) {
                    if (o[i][0] < e.span().end() && e.span().start() < o[i][1] && "O".equals(out.get(s).get(i))) {
                        out.get(s).set(i, (first ? "B-" : "I-") + type);
                        first = false;
                    }
                }
            }
        }
        return out;
    }
}
