package org.mirsad.extract.ner.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The second, document-level pass of the tagger: weights of the {@link DocumentSignals} per label, added to
 * the first pass's emission scores before a second Viterbi. Trained by {@link #train} with the averaged
 * perceptron on first-pass output the first-pass model did not see (cross-validation folds), the first
 * pass's scores held fixed, so that it learns how far the rest of a document should move a decision.
 *
 * <p>File format: UTF-8 text, a header line {@code mirsad-ner-document 1 <signals> <labels>}, then one
 * line per signal with its weight per label.
 */
public final class DocumentModel {

    private static final String HEADER = "mirsad-ner-document";
    private static final int L = TaggerModel.LABELS.size();

    private final float[] w;

    DocumentModel(float[] w) {
        if (w.length != DocumentSignals.COUNT * L) {
            throw new IllegalArgumentException("expected " + DocumentSignals.COUNT * L + " weights, got " + w.length);
        }
        this.w = w;
    }

    /** Adds the signals' weights to a sentence's emission scores ({@code tokens × labels}, in place). */
    public void add(int[][] signals, float[] em) {
        add(w, signals, em);
    }

    private static void add(float[] w, int[][] signals, float[] em) {
        for (int i = 0; i < signals.length; i++) {
            for (int id : signals[i]) {
                int b = id * L;
                for (int y = 0; y < L; y++) {
                    em[i * L + y] += w[b + y];
                }
            }
        }
    }

    /** One first-pass sentence for training: its scores, first-pass labels and gold labels. */
    public record Sentence(TokenForms[] tokens, float[] emissions, int[] firstPass, int[] gold, float[] transitions) {
    }

    /**
     * Trains the weights.
     *
     * @param documents per document, its sentences as the first pass saw them
     * @param epochs    passes over the documents
     * @param step      size of a perceptron update (the first pass's scores are on the scale of its own
     *                  training; a larger step lets the signals matter sooner)
     * @param seed      shuffle seed
     */
    public static DocumentModel train(List<List<Sentence>> documents, int epochs, float step, long seed) {
        List<int[][][]> signals = new ArrayList<>(documents.size());
        for (List<Sentence> d : documents) {
            List<TokenForms[]> t = new ArrayList<>(d.size());
            List<int[]> y = new ArrayList<>(d.size());
            for (Sentence s : d) {
                t.add(s.tokens());
                y.add(s.firstPass());
            }
            signals.add(DocumentSignals.of(t, y));
        }
        int size = DocumentSignals.COUNT * L;
        float[] w = new float[size];
        double[] u = new double[size];
        boolean[] allowed = TaggerModel.allowedTransitions();
        List<int[]> order = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            for (int s = 0; s < documents.get(d).size(); s++) {
                if (DocumentSignals.any(signals.get(d)[s])) {
                    order.add(new int[] {d, s});
                }
            }
        }
        Random rnd = new Random(seed);
        long c = 1;
        for (int e = 0; e < epochs; e++) {
            java.util.Collections.shuffle(order, rnd);
            for (int[] ds : order) {
                Sentence s = documents.get(ds[0]).get(ds[1]);
                int[][] sig = signals.get(ds[0])[ds[1]];
                int n = s.gold().length;
                float[] em = s.emissions().clone();
                add(w, sig, em);
                int[] p = TaggerModel.viterbiScores(em, n, s.transitions(), allowed, L);
                int[] g = s.gold();
                for (int i = 0; i < n; i++) {
                    if (p[i] == g[i]) {
                        continue;
                    }
                    for (int id : sig[i]) {
                        w[id * L + g[i]] += step;
                        u[id * L + g[i]] += c * step;
                        w[id * L + p[i]] -= step;
                        u[id * L + p[i]] -= c * step;
                    }
                }
                c++;
            }
        }
        float[] avg = new float[size];
        for (int i = 0; i < size; i++) {
            avg[i] = (float) (w[i] - u[i] / c);
        }
        return new DocumentModel(avg);
    }

    /** The mean of several models' weights (bagging: shuffles with different seeds averaged). */
    public static DocumentModel average(List<DocumentModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models to average");
        }
        float[] sum = new float[models.get(0).w.length];
        for (DocumentModel m : models) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += m.w[i];
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= models.size();
        }
        return new DocumentModel(sum);
    }

    /** Writes the weights as text (the same model always gives the same bytes). */
    public void write(OutputStream out) throws IOException {
        Writer wr = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        wr.write(HEADER + " 1 " + DocumentSignals.COUNT + " " + L + "\n");
        for (int id = 0; id < DocumentSignals.COUNT; id++) {
            StringBuilder b = new StringBuilder();
            for (int y = 0; y < L; y++) {
                if (y > 0) {
                    b.append('\t');
                }
                b.append(String.format(java.util.Locale.ROOT, "%.4f", w[id * L + y]));
            }
            wr.write(b.append('\n').toString());
        }
        wr.flush();
    }

    /** Reads weights written by {@link #write}. */
    public static DocumentModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String head = r.readLine();
        String expected = HEADER + " 1 " + DocumentSignals.COUNT + " " + L;
        if (head == null || !head.equals(expected)) {
            throw new IOException("not a Mirsad document model of this version (expected header '" + expected
                    + "', found '" + head + "')");
        }
        float[] w = new float[DocumentSignals.COUNT * L];
        for (int id = 0; id < DocumentSignals.COUNT; id++) {
            String line = r.readLine();
            String[] f = line == null ? new String[0] : line.split("\t");
            if (f.length != L) {
                throw new IOException("document model line " + (id + 2) + ": expected " + L + " weights");
            }
            for (int y = 0; y < L; y++) {
                w[id * L + y] = Float.parseFloat(f[y]);
            }
        }
        return new DocumentModel(w);
    }
}
