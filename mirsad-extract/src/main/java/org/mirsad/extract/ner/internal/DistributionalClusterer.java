package org.mirsad.extract.ner.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Groups words that occur in the same contexts, from unlabelled text, so that the tagger can generalize
 * from the names it was trained on to names it never saw (a transliterated surname in training and
 * another one in a new article share a cluster because both follow "قال" and precede "إن").
 *
 * <p>Algorithm (deterministic for a given input and seed):
 * <ol>
 *   <li>vocabulary: the {@code maxWords} most frequent word forms occurring at least {@code minCount}
 *       times (ties broken by the form's text);</li>
 *   <li>contexts: the {@code contexts} most frequent forms, as the word at offset −2, −1, +1 and +2
 *       (four separate blocks), counted for every vocabulary word;</li>
 *   <li>each count is weighted by positive pointwise mutual information, giving a dense vector per word
 *       (4 × contexts), length-normalized;</li>
 *   <li>coarse grouping: spherical k-means (cosine), seeded k-means++ initialization, a fixed number of
 *       iterations; fine grouping: each coarse cluster split the same way into {@code split} parts.</li>
 * </ol>
 */
public final class DistributionalClusterer {

    /**
     * Settings.
     *
     * @param minCount   least occurrences of a word to be clustered
     * @param maxWords   most words clustered
     * @param contexts   context words per offset block (the most frequent words)
     * @param coarse     clusters of the coarse grouping
     * @param split      parts each coarse cluster is split into for the fine grouping
     * @param iterations k-means iterations
     * @param seed       seed of the projection and of the initialization
     */
    public record Options(int minCount, int maxWords, int contexts, int coarse, int split, int iterations,
            long seed) {

        /** The settings of the shipped clusters. */
        public static final Options DEFAULT = new Options(4, 60_000, 400, 128, 8, 12, 17);
    }

    private static final int OFFSETS = 4;

    private final Options options;
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<int[]> sentences = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> forms = new ArrayList<>();

    /** A clusterer with {@code options}. */
    public DistributionalClusterer(Options options) {
        this.options = options;
    }

    /** Adds one sentence of word forms (already in the form the clusters are keyed by). */
    public void add(List<String> sentence) {
        int[] s = new int[sentence.size()];
        for (int i = 0; i < s.length; i++) {
            String f = sentence.get(i);
            Integer id = ids.get(f);
            if (id == null) {
                id = forms.size();
                ids.put(f, id);
                forms.add(f);
            }
            s[i] = id;
            counts.merge(f, 1, Integer::sum);
        }
        sentences.add(s);
    }

    /** Number of sentences added. */
    public int sentenceCount() {
        return sentences.size();
    }

    /**
     * Clusters the vocabulary.
     *
     * @return per clustered word, its cluster index in each grouping of {@link Options#sizes}
     */
    public Map<String, int[]> cluster() {
        int n = forms.size();
        int[] freq = new int[n];
        for (int i = 0; i < n; i++) {
            freq[i] = counts.get(forms.get(i));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> freq[a] != freq[b] ? Integer.compare(freq[b], freq[a])
                : forms.get(a).compareTo(forms.get(b)));
        int[] vocabIndex = new int[n];
        int[] contextIndex = new int[n];
        Arrays.fill(vocabIndex, -1);
        Arrays.fill(contextIndex, -1);
        int v = 0;
        for (int r = 0; r < n && v < options.maxWords() && freq[order[r]] >= options.minCount(); r++) {
            vocabIndex[order[r]] = v++;
        }
        int c = Math.min(options.contexts(), n);
        for (int r = 0; r < c; r++) {
            contextIndex[order[r]] = r;
        }
        int width = (c + 1) * OFFSETS; // context id c marks the sentence boundary
        long[] ctxTotals = new long[width];
        long[] wordTotals = new long[v];
        long total = 0;
        int[] offsets = {-2, -1, 1, 2};
        long[] pairs = new long[1 << 16];
        int np = 0;
        for (int[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                int w = vocabIndex[s[i]];
                if (w < 0) {
                    continue;
                }
                for (int o = 0; o < OFFSETS; o++) {
                    int j = i + offsets[o];
                    int ctx = j < 0 || j >= s.length ? c : contextIndex[s[j]];
                    if (ctx < 0) {
                        continue;
                    }
                    int key = o * (c + 1) + ctx;
                    if (np == pairs.length) {
                        pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    }
                    pairs[np++] = (long) w << 32 | key;
                    ctxTotals[key]++;
                    wordTotals[w]++;
                    total++;
                }
            }
        }
        Arrays.sort(pairs, 0, np);
        float[][] vectors = project(pairs, np, v, ctxTotals, wordTotals, total, width);
        Map<String, int[]> out = new HashMap<>();
        int[][] groupings = new int[2][];
        groupings[0] = kmeans(vectors, Math.min(options.coarse(), Math.max(1, v)), options.seed());
        groupings[1] = split(vectors, groupings[0], options.coarse(), options.split());
        for (int i = 0; i < n; i++) {
            int w = vocabIndex[i];
            if (w < 0) {
                continue;
            }
            int[] cl = new int[groupings.length];
            for (int g = 0; g < groupings.length; g++) {
                cl[g] = groupings[g][w];
            }
            out.put(forms.get(i), cl);
        }
        return out;
    }

    private static float[][] project(long[] pairs, int np, int words, long[] ctxTotals, long[] wordTotals,
            long total, int width) {
        float[][] vec = new float[words][width];
        int i = 0;
        while (i < np) {
            long pair = pairs[i];
            int run = 1;
            while (i + run < np && pairs[i + run] == pair) {
                run++;
            }
            i += run;
            int w = (int) (pair >>> 32);
            int key = (int) pair;
            double pmi = Math.log((double) run * total / ((double) wordTotals[w] * ctxTotals[key]));
            if (pmi > 0) {
                vec[w][key] = (float) pmi;
            }
        }
        for (float[] x : vec) {
            normalize(x);
        }
        return vec;
    }

    private static void normalize(float[] x) {
        double s = 0;
        for (float f : x) {
            s += f * f;
        }
        if (s > 0) {
            float inv = (float) (1 / Math.sqrt(s));
            for (int k = 0; k < x.length; k++) {
                x[k] *= inv;
            }
        }
    }

    /** Fine clusters: each coarse cluster's members split by k-means into {@code parts}. */
    private int[] split(float[][] x, int[] coarse, int clusters, int parts) {
        int[] fine = new int[x.length];
        for (int c = 0; c < clusters; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (coarse[i] == c) {
                    members.add(i);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            float[][] sub = new float[members.size()][];
            for (int m = 0; m < sub.length; m++) {
                sub[m] = x[members.get(m)];
            }
            int[] a = kmeans(sub, Math.min(parts, sub.length), options.seed() * 31 + c);
            for (int m = 0; m < sub.length; m++) {
                fine[members.get(m)] = c * parts + a[m];
            }
        }
        return fine;
    }

    private int[] kmeans(float[][] x, int k, long seed) {
        int n = x.length;
        int d = n == 0 ? 0 : x[0].length;
        int[] assign = new int[n];
        if (n == 0) {
            return assign;
        }
        float[][] cent = initialize(x, k, new Random(seed));
        for (int it = 0; it < options.iterations(); it++) {
            for (int i = 0; i < n; i++) {
                assign[i] = nearest(x[i], cent);
            }
            float[][] sum = new float[k][d];
            int[] size = new int[k];
            for (int i = 0; i < n; i++) {
                float[] s = sum[assign[i]];
                for (int q = 0; q < d; q++) {
                    s[q] += x[i][q];
                }
                size[assign[i]]++;
            }
            for (int j = 0; j < k; j++) {
                if (size[j] > 0) {
                    normalize(sum[j]);
                    cent[j] = sum[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            assign[i] = nearest(x[i], cent);
        }
        return assign;
    }

    private static int nearest(float[] v, float[][] cent) {
        int best = 0;
        float bestSim = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < cent.length; j++) {
            float s = dot(v, cent[j]);
            if (s > bestSim) {
                bestSim = s;
                best = j;
            }
        }
        return best;
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int q = 0; q < a.length; q++) {
            s += a[q] * b[q];
        }
        return s;
    }

    /** k-means++ over a seeded sample of at most 20,000 points (keeps initialization linear in k). */
    private static float[][] initialize(float[][] x, int k, Random rnd) {
        int n = x.length;
        int m = Math.min(n, 20_000);
        int[] sample = new int[m];
        for (int i = 0; i < m; i++) {
            sample[i] = n <= m ? i : rnd.nextInt(n);
        }
        float[][] cent = new float[k][];
        cent[0] = x[sample[rnd.nextInt(m)]].clone();
        double[] dist = new double[m];
        Arrays.fill(dist, Double.MAX_VALUE);
        for (int j = 1; j < k; j++) {
            double sum = 0;
            for (int i = 0; i < m; i++) {
                double dd = 1 - dot(x[sample[i]], cent[j - 1]);
                if (dd < dist[i]) {
                    dist[i] = dd;
                }
                sum += Math.max(0, dist[i]);
            }
            double r = rnd.nextDouble() * sum;
            int pick = m - 1;
            for (int i = 0; i < m; i++) {
                r -= Math.max(0, dist[i]);
                if (r <= 0) {
                    pick = i;
                    break;
                }
            }
            cent[j] = x[sample[pick]].clone();
        }
        return cent;
    }
}
