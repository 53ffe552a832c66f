package org.mirsad.extract.ner.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Trains a {@link TaggerModel} with the averaged structured perceptron (Collins 2002): Viterbi-decode each
 * sentence with the current weights and, where the best sequence differs from the gold one, add the gold
 * features and subtract the predicted ones. Sentences are visited in an order shuffled per epoch by a
 * seeded {@link Random}, and a token's word-identity features are dropped at random (seeded) so that the
 * context, affix and lexicon features learn to find names never seen in training; everything else is deterministic, so the same data and seed give the same model.
 */
public final class PerceptronTrainer {

    private PerceptronTrainer() {
    }

    /** A copy with each token's word-identity features (positions 1..LEXICAL) dropped with probability p. */
    static int[][] dropWords(int[][] f, float p, Random rnd) {
        int[][] out = new int[f.length][];
        for (int i = 0; i < f.length; i++) {
            if (rnd.nextFloat() < p) {
                int[] c = f[i].clone();
                for (int k = 1; k <= Features.LEXICAL && k < c.length; k++) {
                    c[k] = -1;
                }
                out[i] = c;
            } else {
                out[i] = f[i];
            }
        }
        return out;
    }

    /**
     * Trains a model.
     *
     * @param feats    per sentence, per token, the feature buckets
     * @param gold     per sentence, the gold label indices
     * @param bits     hash bits the features were extracted with
     * @param epochs   passes over the data
     * @param seed     shuffling seed
     * @param fp       lexicon fingerprint to record
     * @param progress called with the epoch number after each epoch (may be null)
     */
    public static TaggerModel train(List<int[][]> feats, List<int[]> gold, int bits, int epochs, long seed, long fp,
            float wordDropout, IntConsumer progress) {
        int l = TaggerModel.LABELS.size();
        int size = (1 << bits) * l;
        float[] w = new float[size];
        double[] u = new double[size];
        float[] trans = new float[(l + 1) * l];
        double[] ut = new double[trans.length];
        boolean[] allowed = TaggerModel.allowedTransitions();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < feats.size(); i++) {
            order.add(i);
        }
        Random rnd = new Random(seed);
        Random drop = new Random(seed * 31 + 7);
        long c = 1;
        for (int e = 0; e < epochs; e++) {
            java.util.Collections.shuffle(order, rnd);
            for (int s : order) {
                int[][] f = wordDropout > 0 ? dropWords(feats.get(s), wordDropout, drop) : feats.get(s);
                int[] g = gold.get(s);
                int[] p = TaggerModel.viterbi(f, w, trans, allowed, l);
                for (int i = 0; i < g.length; i++) {
                    int gp = i == 0 ? l : g[i - 1];
                    int pp = i == 0 ? l : p[i - 1];
                    if (g[i] != p[i]) {
                        for (int b : f[i]) {
                            if (b < 0) {
                                continue;
                            }
                            int gi = b * l + g[i];
                            int pi = b * l + p[i];
                            w[gi] += 1f;
                            u[gi] += c;
                            w[pi] -= 1f;
                            u[pi] -= c;
                        }
                    }
                    if (g[i] != p[i] || gp != pp) {
                        trans[gp * l + g[i]] += 1f;
                        ut[gp * l + g[i]] += c;
                        trans[pp * l + p[i]] -= 1f;
                        ut[pp * l + p[i]] -= c;
                    }
                }
                c++;
            }
            if (progress != null) {
                progress.accept(e + 1);
            }
        }
        float[] avg = new float[size];
        for (int i = 0; i < size; i++) {
            avg[i] = (float) (w[i] - u[i] / c);
        }
        float[] avgT = new float[trans.length];
        for (int i = 0; i < trans.length; i++) {
            avgT[i] = (float) (trans[i] - ut[i] / c);
        }
        return new TaggerModel(bits, avg, avgT, fp, Features.VERSION);
    }
}
