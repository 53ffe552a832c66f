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

    private static long[] dictionary(List<long[][]> hashed) {
        int total = 0;
        for (long[][] s : hashed) {
            for (long[] t : s) {
                total += t.length;
            }
        }
        long[] all = new long[total];
        int k = 0;
        for (long[][] s : hashed) {
            for (long[] t : s) {
                System.arraycopy(t, 0, all, k, t.length);
                k += t.length;
            }
        }
        java.util.Arrays.sort(all);
        int u = 0;
        for (int i = 0; i < all.length; i++) {
            if (u == 0 || all[i] != all[u - 1]) {
                all[u++] = all[i];
            }
        }
        return java.util.Arrays.copyOf(all, u);
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
     * @param hashed   per sentence, per token, the feature hashes
     * @param gold     per sentence, the gold label indices
     * @param epochs   passes over the data
     * @param seed     shuffling seed
     * @param fp       lexicon fingerprint to record
     * @param progress called with the epoch number after each epoch (may be null)
     */
    public static TaggerModel train(List<long[][]> hashed, List<int[]> gold, int epochs, long seed, long fp,
            float wordDropout, IntConsumer progress) {
        int l = TaggerModel.LABELS.size();
        long[] keys = dictionary(hashed);
        List<int[][]> feats = new ArrayList<>(hashed.size());
        for (long[][] sent : hashed) {
            int[][] ids = new int[sent.length][];
            for (int i = 0; i < sent.length; i++) {
                ids[i] = new int[sent[i].length];
                for (int k = 0; k < sent[i].length; k++) {
                    ids[i][k] = java.util.Arrays.binarySearch(keys, sent[i][k]);
                }
            }
            feats.add(ids);
        }
        int size = keys.length * l;
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
        return new TaggerModel(keys, avg, avgT, fp, Features.VERSION);
    }
}
