package org.mirsad.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.mirsad.extract.ner.internal.DocumentModel;
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
        public static final Options DEFAULT = new Options(42, 20, 0.2f, 1.0f, 8);

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

    /**
     * Options of the document-level pass.
     *
     * @param window  consecutive sentences taken as one document (the training file marks no articles)
     * @param folds   cross-validation folds: each fold's first pass comes from a model trained on the others
     * @param epochs  perceptron passes
     * @param step    perceptron update size
     * @param foldBags bagged models per fold model (1 is faster; the scale of the scores is the same)
     */
    public record DocumentOptions(int window, int folds, int epochs, float step, int foldBags) {

        /** The options the shipped document pass was trained with. */
        public static final DocumentOptions DEFAULT = new DocumentOptions(20, 5, 5, 5f, 1);

        /** Validates the fields. */
        public DocumentOptions {
            if (window < 1 || folds < 2 || epochs < 1 || step <= 0 || foldBags < 1) {
                throw new IllegalArgumentException("window, epochs and fold bags must be >= 1, folds >= 2, step > 0");
            }
        }
    }

    /**
     * Trains the document-level second pass ({@link NerModel#withDocumentPass}). The sentences are cut into
     * documents of {@code window} consecutive sentences and the documents into contiguous folds; each
     * fold is tagged by a first-pass model trained on the other folds (so its mistakes are those of text
     * the model has not seen), and the pass learns from those tags, with as many shuffles averaged as the
     * model has bags. Deterministic.
     *
     * @param progress called with the number of folds done (may be null)
     */
    public static DocumentModel trainDocumentPass(List<ConllSentence> sentences, Options options,
            DocumentOptions doc, IntConsumer progress) {
        List<List<ConllSentence>> docs = new ArrayList<>();
        List<ConllSentence> cur = new ArrayList<>();
        for (ConllSentence s : sentences) {
            if (s.size() == 0) {
                continue;
            }
            cur.add(s);
            if (cur.size() == doc.window()) {
                docs.add(cur);
                cur = new ArrayList<>();
            }
        }
        if (!cur.isEmpty()) {
            docs.add(cur);
        }
        if (docs.size() < doc.folds()) {
            throw new IllegalArgumentException("too few documents (" + docs.size() + ") for " + doc.folds() + " folds");
        }
        Options foldOptions = new Options(options.seed(), options.epochs(), options.wordDropout(), options.prune(),
                doc.foldBags());
        List<List<DocumentModel.Sentence>> tagged = new ArrayList<>(docs.size());
        for (int k = 0; k < doc.folds(); k++) {
            int from = k * docs.size() / doc.folds();
            int to = (k + 1) * docs.size() / doc.folds();
            List<ConllSentence> rest = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                if (d < from || d >= to) {
                    rest.addAll(docs.get(d));
                }
            }
            NerTagger tagger = new NerTagger(train(rest, foldOptions, null));
            float[] trans = tagger.model().internal().transitions();
            for (int d = from; d < to; d++) {
                List<List<String>> words = new ArrayList<>();
                for (ConllSentence s : docs.get(d)) {
                    words.add(s.tokens());
                }
                NerTagger.FirstPass first = tagger.firstPass(words);
                List<DocumentModel.Sentence> out = new ArrayList<>(words.size());
                for (int s = 0; s < words.size(); s++) {
                    ConllSentence c = docs.get(d).get(s);
                    int[] g = new int[c.size()];
                    for (int i = 0; i < g.length; i++) {
                        g[i] = TaggerModel.labelOf(c.tags().get(i));
                    }
                    out.add(new DocumentModel.Sentence(first.forms().get(s), first.scores().get(s),
                            first.labels().get(s), g, trans));
                }
                tagged.add(out);
            }
            if (progress != null) {
                progress.accept(k + 1);
            }
        }
        List<DocumentModel> bag = new ArrayList<>(options.bags());
        for (int b = 0; b < options.bags(); b++) {
            bag.add(DocumentModel.train(tagged, doc.epochs(), doc.step(), options.seed() + b));
        }
        return DocumentModel.average(bag);
    }
}
