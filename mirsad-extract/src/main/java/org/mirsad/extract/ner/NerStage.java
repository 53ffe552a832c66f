package org.mirsad.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.arabic.CliticSegmenter;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Sentence;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;
import org.mirsad.core.pipeline.Stage;
import org.mirsad.extract.ner.internal.EntityAssembler;
import org.mirsad.extract.ner.internal.TokenForms;

/**
 * The entities layer: the statistical tagger over each sentence's tokens, document-level
 * consistency (a name tagged once is tagged everywhere; a surname alone is the person), then
 * entities with exact spans, the fullest name in the document as canonical, and the role the
 * text attaches to each person (see {@link EntityAssembler} for the rules).
 *
 * <p>Pure and thread-safe: the tagger and lexicons are read-only.
 */
public final class NerStage implements Stage {

    private final NerTagger tagger;

    /** A stage with the shipped model. */
    public NerStage() {
        this(NerTagger.defaultTagger());
    }

    /** A stage with {@code tagger}. */
    public NerStage(NerTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Token> tokens = document.get(Layer.TOKENS);
        List<Sentence> sentences = document.get(Layer.SENTENCES);
        List<List<Token>> bySentence = new ArrayList<>(sentences.size());
        List<TokenForms[]> forms = new ArrayList<>(sentences.size());
        int t = 0;
        for (Sentence s : sentences) {
            while (t < tokens.size() && tokens.get(t).end() <= s.span().start()) {
                t++;
            }
            List<Token> in = new ArrayList<>();
            while (t < tokens.size() && tokens.get(t).start() < s.span().end()) {
                Token k = tokens.get(t++);
                if (!isHashtagMark(k, text)) {
                    in.add(k);
                }
            }
            if (in.isEmpty()) {
                continue;
            }
            bySentence.add(in);
            int[] starts = new int[in.size()];
            int[] ends = new int[in.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = in.get(i).start();
                ends[i] = in.get(i).end();
            }
            forms.add(TokenForms.of(text, starts, ends));
        }
        List<List<String>> tags = tagger.tagForms(forms);
        for (int s = 0; s < bySentence.size(); s++) {
            HashtagNames.apply(text, bySentence.get(s), forms.get(s), tags.get(s), tagger.lexicons());
        }
        List<Entity> entities = new EntityAssembler(text, tagger.lexicons()).assemble(bySentence, tags);
        return document.with(Layer.ENTITIES, entities);
    }

    /**
     * Rule {@code HASHTAG_NAMES}: the marks of a hashtag (# and the _ between its words) are left out of
     * the tagger's input, so "#تامر_حسني" is read as the two words of one name; the mention's span still
     * runs over the text as written.
     */
    static boolean isHashtagMark(Token k, String text) {
        if (k.kind() != TokenKind.PUNCT || k.end() - k.start() != 1) {
            return false;
        }
        char c = text.charAt(k.start());
        return c == '#' || c == '_';
    }

    /** Normalized lookup forms of a token (whole word, with article, bare stem), for the assembler. */
    static List<String> forms(Token t) {
        return CliticSegmenter.lookupForms(t);
    }
}
