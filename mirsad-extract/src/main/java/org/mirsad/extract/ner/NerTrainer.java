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
     * @param bags   models trained with successive seeds and averaged into one (1: a single model)
     */
    public record Options(long seed, int epochs, float wordDropout, float prune, int bags) {

        /** The options the shipped model was trained with. */
        public static final Options DEFAULT = new Options(42, 20, 0.2f, 1.0f, 4);

        /** Validates the fields. */
        public Options {
            if (epochs < 1 || wordDropout < 0 || wordDropout >= 1 || prune < 0 || bags < 1) {
                throw new IllegalArgumentException("epochs and bags must be >= 1, word dropout in [0, 1) and prune >= 0");
            }
        }

        /** Options with one model per seed (no bagging). */
        public Options(long seed, int epochs, float wordDropout, float prune) {
            this(seed, epochs, wordDropout, prune, 1);
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
        List<TaggerModel> bag = new ArrayList<>(options.bags());
        for (int b = 0; b < options.bags(); b++) {
            bag.add(PerceptronTrainer.train(feats, gold, options.epochs(), options.seed() + b,
                    lex.fingerprint(), options.wordDropout(), progress));
        }
        TaggerModel m = bag.size() == 1 ? bag.get(0) : TaggerModel.average(bag);
        return new NerModel(options.prune() > 0 ? m.pruned(options.prune()) : m);
    }
}
