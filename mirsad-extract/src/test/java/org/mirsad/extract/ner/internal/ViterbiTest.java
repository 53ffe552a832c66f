package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast Viterbi against a plain one that keeps every back pointer, on random scores. */
class ViterbiTest {

    /** Textbook Viterbi: all back pointers kept, ties to the lowest previous label. */
    private static int[] plain(float[] em, int n, float[] trans, boolean[] allowed, int l) {
        int[] out = new int[n];
        float[] score = new float[n * l];
        int[] back = new int[n * l];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < l; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (i == 0) {
                    if (allowed[l * l + y]) {
                        best = trans[l * l + y];
                    }
                } else {
                    for (int p = 0; p < l; p++) {
                        float s = score[(i - 1) * l + p] + trans[p * l + y];
                        if (allowed[p * l + y] && s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                score[i * l + y] = best + em[i * l + y];
                back[i * l + y] = arg;
            }
        }
        int bestY = 0;
        for (int y = 1; y < l; y++) {
            if (score[(n - 1) * l + y] > score[(n - 1) * l + bestY]) {
                bestY = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = bestY;
            bestY = back[i * l + bestY];
        }
        return out;
    }

    @Test
    void theFastPassesFindThePlainPath() {
        Random r = new Random(7);
        boolean[] allowed = TaggerModel.allowedTransitions();
        int l = TaggerModel.LABELS.size();
        for (int t = 0; t < 3000; t++) {
            float[] trans = new float[(l + 1) * l];
            for (int k = 0; k < trans.length; k++) {
                trans[k] = r.nextInt(4) == 0 ? 0f : (float) r.nextGaussian() * 5;
            }
            int n = 1 + r.nextInt(40);
            float[] em = new float[n * l];
            for (int k = 0; k < em.length; k++) {
                em[k] = r.nextInt(5) == 0 ? 1f : (float) r.nextGaussian() * 30; // some ties
            }
            assertArrayEquals(plain(em, n, trans, allowed, l), TaggerModel.viterbiScores(em, n, trans, allowed, l), "case " + t);
        }
    }
}
