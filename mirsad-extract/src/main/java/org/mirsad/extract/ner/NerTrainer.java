package org.mirsad.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.mirsad.extract.ner.internal.Features;
import org.mirsad.extract.ner.internal.Lexicons;
import org.mirsad.extract.ner.internal.PerceptronTrainer;
import org.mirsad.extract.ner.internal.TaggerModel;
import org.mirsad.extract.ner.internal.TokenForms;

/**
 * Trains {@link NerModel}s from CoNLL sentences with the shipped lexicons as features. Deterministic:
 * the same sentences and options give a byte-identical model.
 */
public final class NerTrainer {

    /**
     * Training options.
     *
     * @param seed   seed of the per-epoch shuffle
     * @param epochs passes over the data
     * @param wordDropout probability of hiding a token's word-identity features in a training pass
     * @param prune  averaged weights with a smaller magnitude are dropped from the model (0 keeps all)
     */
    public record Options(long seed, int epochs, float wordDropout, float prune) {

        /** The options the shipped model was trained with. */
        public static final Options DEFAULT = new Options(42, 20, 0.2f, 1.0f);

        /** Validates the fields. */
        public Options {
            if (epochs < 1 || wordDropout < 0 || wordDropout >= 1 || prune < 0) {
                throw new IllegalArgumentException("epochs must be >= 1, word dropout in [0, 1) and prune >= 0");
            }
        }
    }

    private NerTrainer() {
    }

    /** Trains a model with the default lexicons. */
    public static NerModel train(List<ConllSentence> sentences, Options options, IntConsumer progress) {
        Lexicons lex = Lexicons.defaults();
        List<long[][]> feats = new ArrayList<>(sentences.size());
        List<int[]> gold = new ArrayList<>(sentences.size());
        for (ConllSentence s : sentences) {
            if (s.size() == 0) {
                continue;
            }
            TokenForms[] t = TokenForms.of(s.tokens().toArray(new String[0]));
            feats.add(Features.extract(t, lex));
            int[] g = new int[s.size()];
            for (int i = 0; i < g.length; i++) {
                g[i] = TaggerModel.labelOf(s.tags().get(i));
            }
            gold.add(g);
        }
        TaggerModel m = PerceptronTrainer.train(feats, gold, options.epochs(), options.seed(),
                lex.fingerprint(), options.wordDropout(), progress);
        return new NerModel(options.prune() > 0 ? m.pruned(options.prune()) : m);
    }
}
