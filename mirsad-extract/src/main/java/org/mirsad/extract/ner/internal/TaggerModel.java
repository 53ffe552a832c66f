package org.mirsad.extract.ner.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order linear-chain model over BIO labels: per known feature (a 64-bit hash) a row of one weight per
 * label, transition weights, and Viterbi decoding constrained to valid BIO sequences. Features are found
 * through an open-addressing table, so unknown features cost one probe. Immutable; {@link #decode} is
 * thread-safe.
 *
 * <p>File format (gzip of a {@link DataOutputStream}): magic {@code MRSDNER2}, feature version, label count
 * and labels, lexicon fingerprint, transition floats, weight scale, feature count, then per feature (in
 * increasing key order) the key gap as a varint, a 16-bit mask of its non-zero labels and, for each, the
 * weight quantized to 16 bits.
 */
public final class TaggerModel {

    /** The labels, in model order. */
    public static final List<String> LABELS = List.of(
            "O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC");

    private static final String MAGIC = "MRSDNER2";

    final int nLabels;
    final long[] keys;     // sorted feature hashes
    final float[] w;       // keys.length x L
    final float[] trans;   // (L+1) x L, row L = start
    final long lexFingerprint;
    final int featureVersion;
    private final boolean[] allowed;
    private final long[] table;
    private final int[] rows;
    private final int mask;
    /**
     * One bit per {@link #FILTER_BITS}-bit slice of the key space, set where some feature's key falls: most
     * features looked up when tagging (word bigrams, unseen words) are not in the model, and this 128 KB
     * bitmap answers most of those from the processor's cache instead of a probe of the much larger table.
     */
    private final long[] present;
    private static final int FILTER_BITS = 20;

    TaggerModel(long[] keys, float[] w, float[] trans, long lexFingerprint, int featureVersion) {
        this.nLabels = LABELS.size();
        this.keys = keys;
        this.w = w;
        this.trans = trans;
        this.lexFingerprint = lexFingerprint;
        this.featureVersion = featureVersion;
        this.allowed = allowedTransitions();
        int cap = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
        this.table = new long[cap];
        this.rows = new int[cap];
        Arrays.fill(rows, -1);
        this.mask = cap - 1;
        this.present = new long[(1 << FILTER_BITS) / 64];
        for (long k : keys) {
            int bit = filterBit(k);
            present[bit >>> 6] |= 1L << bit;
        }
        for (int i = 0; i < keys.length; i++) {
            int slot = (int) (keys[i] ^ (keys[i] >>> 32)) & mask;
            while (rows[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = keys[i];
            rows[slot] = i;
        }
    }

    /**
     * A smaller model: weights with magnitude under {@code minAbs} set to zero and features left with no
     * weight dropped. Fewer features mean a smaller table and fewer cache misses when tagging.
     */
    public TaggerModel pruned(float minAbs) {
        int l = nLabels;
        int kept = 0;
        for (int i = 0; i < keys.length; i++) {
            for (int y = 0; y < l; y++) {
                if (Math.abs(w[i * l + y]) >= minAbs) {
                    kept++;
                    break;
                }
            }
        }
        long[] k2 = new long[kept];
        float[] w2 = new float[kept * l];
        int j = 0;
        for (int i = 0; i < keys.length; i++) {
            boolean any = false;
            for (int y = 0; y < l; y++) {
                float v = w[i * l + y];
                if (Math.abs(v) >= minAbs) {
                    w2[j * l + y] = v;
                    any = true;
                }
            }
            if (any) {
                k2[j++] = keys[i];
            }
        }
        return new TaggerModel(k2, w2, trans.clone(), lexFingerprint, featureVersion);
    }

    /**
     * The mean of several models trained on the same data with the same lexicons and features (bagging over
     * shuffles): a feature missing from a model counts as zero there. Deterministic: keys stay sorted.
     */
    public static TaggerModel average(List<TaggerModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models to average");
        }
        TaggerModel first = models.get(0);
        int l = first.nLabels;
        long[] all = models.stream().flatMapToLong(m -> Arrays.stream(m.keys)).sorted().distinct().toArray();
        float[] w = new float[all.length * l];
        float[] trans = new float[first.trans.length];
        float k = models.size();
        for (TaggerModel m : models) {
            if (m.lexFingerprint != first.lexFingerprint || m.featureVersion != first.featureVersion) {
                throw new IllegalArgumentException("models trained with different lexicons or features");
            }
            for (int i = 0; i < m.keys.length; i++) {
                int at = Arrays.binarySearch(all, m.keys[i]);
                for (int y = 0; y < l; y++) {
                    w[at * l + y] += m.w[i * l + y] / k;
                }
            }
            for (int i = 0; i < trans.length; i++) {
                trans[i] += m.trans[i] / k;
            }
        }
        return new TaggerModel(all, w, trans, first.lexFingerprint, first.featureVersion);
    }

    /** Number of features with weights. */
    public int features() {
        return keys.length;
    }

    /** The fingerprint of the lexicons the model was trained with. */
    public long lexFingerprint() {
        return lexFingerprint;
    }

    /** The feature version the model was trained with. */
    public int featureVersion() {
        return featureVersion;
    }

    /** The B- label of a label's entity type (B- labels have odd indices, each followed by its I- label). */
    public static int beginOf(int label) {
        return label % 2 == 1 ? label : label - 1;
    }

    /**
     * The end (exclusive) of the entity chunk starting at {@code i} (a B- label, or a stray I- label): the
     * I- labels of the same type after it.
     */
    public static int chunkEnd(int[] y, int i) {
        int inside = beginOf(y[i]) + 1;
        int j = i + 1;
        while (j < y.length && y[j] == inside) {
            j++;
        }
        return j;
    }

    /**
     * The entity chunks of a sentence's labels, in order, as {@code {start, end}} pairs: from each labelled
     * token not inside an earlier chunk to its {@link #chunkEnd}. Computed before a rule changes the labels,
     * so a rule that walks them sees the chunks the labels had when it began.
     */
    public static List<int[]> chunks(int[] y) {
        List<int[]> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < y.length) {
            if (y[i] == 0) {
                i++;
                continue;
            }
            int end = chunkEnd(y, i);
            out.add(new int[] {i, end});
            i = end;
        }
        return out;
    }

    /** Label index of a tag. */
    public static int labelOf(String tag) {
        int i = LABELS.indexOf(tag);
        if (i < 0) {
            throw new IllegalArgumentException("unknown tag " + tag);
        }
        return i;
    }

    static boolean[] allowedTransitions() {
        int l = LABELS.size();
        boolean[] a = new boolean[(l + 1) * l];
        for (int p = 0; p <= l; p++) {
            for (int c = 0; c < l; c++) {
                String cur = LABELS.get(c);
                boolean ok = true;
                if (cur.startsWith("I-")) {
                    if (p == l) {
                        ok = false;
                    } else {
                        String prev = LABELS.get(p);
                        ok = !prev.equals("O") && prev.substring(2).equals(cur.substring(2));
                    }
                }
                a[p * l + c] = ok;
            }
        }
        return a;
    }

    int row(long key) {
        int bit = filterBit(key);
        if ((present[bit >>> 6] & (1L << bit)) == 0) {
            return -1;
        }
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (true) {
            int r = rows[slot];
            if (r < 0) {
                return -1;
            }
            if (table[slot] == key) {
                return r;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The filter bit of a key: its top bits, independent of the low bits that choose its table slot. */
    private static int filterBit(long key) {
        return (int) (key >>> (64 - FILTER_BITS));
    }

    /** Per token and label, the sum of the weights of the given feature hashes ({@code feats.length × labels}). */
    float[] emissions(long[][] feats) {
        float[] em = new float[feats.length * nLabels];
        for (int i = 0; i < feats.length; i++) {
            addRows(feats[i], em, i * nLabels);
        }
        return em;
    }

    /** The best label sequence for a sentence's feature hashes. */
    public int[] decode(long[][] feats) {
        int[][] r = new int[feats.length][];
        for (int i = 0; i < feats.length; i++) {
            long[] f = feats[i];
            int[] x = new int[f.length];
            for (int k = 0; k < f.length; k++) {
                x[k] = row(f[k]);
            }
            r[i] = x;
        }
        return viterbi(r, w, trans, allowed, nLabels);
    }

    /** The context scorers, per lexicons the model is used with. */
    private final java.util.concurrent.ConcurrentHashMap<Lexicons, ContextScorer> contexts =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The word-alone scores of missing neighbours, per lexicons the model is used with. */
    private final java.util.concurrent.ConcurrentHashMap<Lexicons, float[]> boundaries =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The best label sequence for a sentence: the same result as {@link #decode(long[][])} over
     * {@link Features#extract}, with fewer lookups. Each distinct word's own features ({@link Features#own})
     * and its features as a neighbour ({@link Features#asNeighbour}) are scored once and kept with its
     * shared {@link TokenForms}; only the features that depend on several tokens ({@link Features#pairwise})
     * are looked up per occurrence.
     */
    public int[] decode(TokenForms[] t, Lexicons lex) {
        return viterbiScores(emissions(t, lex), t.length, trans, allowed, nLabels);
    }

    /**
     * Per token and label, the sum of the weights of the token's features ({@code t.length × labels}): the
     * scores {@link #decode(TokenForms[], Lexicons)} decodes, for a caller that adds scores of its own
     * before {@link #best}.
     */
    public float[] scores(TokenForms[] t, Lexicons lex) {
        return emissions(t, lex);
    }

    /** The best label sequence for emission scores ({@code n × labels}) under this model's transitions. */
    public int[] best(float[] em, int n) {
        return viterbiScores(em, n, trans, allowed, nLabels);
    }

    /** The transition weights ({@code (labels + 1) × labels}, the last row from the start); not copied. */
    public float[] transitions() {
        return trans;
    }

    /** Per token and label, the sum of the weights of the token's features ({@code t.length × labels}). */
    float[] emissions(TokenForms[] t, Lexicons lex) {
        int l = nLabels;
        float[] edge = boundaries.computeIfAbsent(lex, x -> {
            float[] b = new float[Features.NEIGHBOURS.length * l];
            for (int k = 0; k < Features.NEIGHBOURS.length; k++) {
                addRows(Features.noNeighbour(Features.NEIGHBOURS[k], x.clusters()), b, k * l);
            }
            return b;
        });
        int n = t.length;
        for (TokenForms w : t) {
            if (w.scoresOf != edge) {
                float[] sc = new float[(1 + Features.NEIGHBOURS.length) * l];
                addRows(Features.own(w), sc, 0);
                addRows(Features.ownClusters(w, lex.clusters()), sc, 0);
                for (int k = 0; k < Features.NEIGHBOURS.length; k++) {
                    addRows(Features.asNeighbour(w, Features.NEIGHBOURS[k], lex.clusters()), sc, (1 + k) * l);
                }
                w.scores = sc;
                w.scoresOf = edge;
            }
        }
        float[] em = new float[n * l];
        for (int i = 0; i < n; i++) {
            int at = i * l;
            System.arraycopy(t[i].scores, 0, em, at, l);
            for (int k = 0; k < Features.NEIGHBOURS.length; k++) {
                int j = i + Features.NEIGHBOURS[k];
                float[] src;
                int from;
                if (j < 0 || j >= n) {
                    src = edge;
                    from = k * l;
                } else {
                    src = t[j].scores;
                    from = (1 + k) * l;
                }
                for (int y = 0; y < l; y++) {
                    em[at + y] += src[from + y];
                }
            }
        }
        contexts.computeIfAbsent(lex, x -> new ContextScorer(this, x)).add(t, lex, em);
        return em;
    }

    private void addRows(long[] feats, float[] em, int at) {
        int l = nLabels;
        for (long f : feats) {
            int r = row(f);
            if (r < 0) {
                continue;
            }
            int base = r * l;
            for (int y = 0; y < l; y++) {
                em[at + y] += w[base + y];
            }
        }
    }

    /** Drops this thread's cached word scores and word features (so a timing starts from cold caches). */
    public void clearThreadCaches() {
        TokenForms.clearThreadCache();
    }

    /**
     * Viterbi over precomputed emission scores ({@code n × l}). Ties go to the lowest previous label.
     * Disallowed transitions weigh −∞, so each position is one dense pass over (previous, current) label
     * pairs with a running maximum per current label (independent chains the compiler can vectorize); the
     * forward pass keeps only the best scores, and the back pointers of the one path taken are recomputed
     * in the backward pass with the same float operations, so the result is what keeping every back
     * pointer would give.
     */
    static int[] viterbiScores(float[] em, int n, float[] trans, boolean[] allowed, int l) {
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[] tm = new float[(l + 1) * l];
        for (int k = 0; k < tm.length; k++) {
            tm[k] = allowed[k] ? trans[k] : Float.NEGATIVE_INFINITY;
        }
        float[] score = new float[n * l];
        int start = l * l;
        for (int y = 0; y < l; y++) {
            score[y] = tm[start + y] + em[y];
        }
        if (l == 9) {
            forwardNine(em, n, tm, score);
            return backward(score, n, tm, l, out);
        }
        float[] cand = new float[l];
        for (int i = 1; i < n; i++) {
            int prevBase = (i - 1) * l;
            int at = i * l;
            Arrays.fill(cand, Float.NEGATIVE_INFINITY);
            for (int p = 0; p < l; p++) {
                float sp = score[prevBase + p];
                int row = p * l;
                for (int y = 0; y < l; y++) {
                    float v = sp + tm[row + y];
                    cand[y] = v > cand[y] ? v : cand[y];
                }
            }
            for (int y = 0; y < l; y++) {
                score[at + y] = cand[y] + em[at + y];
            }
        }
        return backward(score, n, tm, l, out);
    }

    /**
     * The forward pass of {@link #viterbiScores} for nine labels (the model's), with the same sums: per
     * label, the nine candidates in locals and their maximum by a tree of comparisons (four levels instead
     * of a chain of nine), over a transposed transition table.
     */
    private static void forwardNine(float[] em, int n, float[] tm, float[] score) {
        final int l = 9;
        float[] tt = new float[l * l];
        for (int p = 0; p < l; p++) {
            for (int y = 0; y < l; y++) {
                tt[y * l + p] = tm[p * l + y];
            }
        }
        for (int i = 1; i < n; i++) {
            int pb = (i - 1) * l;
            int at = i * l;
            float s0 = score[pb];
            float s1 = score[pb + 1];
            float s2 = score[pb + 2];
            float s3 = score[pb + 3];
            float s4 = score[pb + 4];
            float s5 = score[pb + 5];
            float s6 = score[pb + 6];
            float s7 = score[pb + 7];
            float s8 = score[pb + 8];
            for (int y = 0; y < l; y++) {
                int r = y * l;
                float m01 = max(s0 + tt[r], s1 + tt[r + 1]);
                float m23 = max(s2 + tt[r + 2], s3 + tt[r + 3]);
                float m45 = max(s4 + tt[r + 4], s5 + tt[r + 5]);
                float m67 = max(s6 + tt[r + 6], s7 + tt[r + 7]);
                float m = max(max(max(m01, m23), max(m45, m67)), s8 + tt[r + 8]);
                score[at + y] = m + em[at + y];
            }
        }
    }

    /** The larger of two scores, the first on ties (−∞ when both are). */
    private static float max(float a, float b) {
        return b > a ? b : a;
    }

    /** The best last label and the back pointers of the path to it, recomputed from the forward scores. */
    private static int[] backward(float[] score, int n, float[] tm, int l, int[] out) {
        int bestY = 0;
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < l; y++) {
            if (score[(n - 1) * l + y] > best) {
                best = score[(n - 1) * l + y];
                bestY = y;
            }
        }
        out[n - 1] = bestY;
        for (int i = n - 1; i > 0; i--) {
            int y = out[i];
            int prevBase = (i - 1) * l;
            float top = Float.NEGATIVE_INFINITY;
            for (int p = 0; p < l; p++) {
                float v = score[prevBase + p] + tm[p * l + y];
                top = v > top ? v : top;
            }
            int arg = 0;
            if (top != Float.NEGATIVE_INFINITY) {
                for (int p = 0; p < l; p++) {
                    if (score[prevBase + p] + tm[p * l + y] == top) {
                        arg = p;
                        break;
                    }
                }
            }
            out[i - 1] = arg;
        }
        return out;
    }

    /** Viterbi over weight rows ({@code -1} entries are skipped). */
    static int[] viterbi(int[][] feats, float[] w, float[] trans, boolean[] allowed, int l) {
        int n = feats.length;
        float[] em = new float[n * l];
        for (int i = 0; i < n; i++) {
            for (int f : feats[i]) {
                if (f < 0) {
                    continue;
                }
                int base = f * l;
                for (int y = 0; y < l; y++) {
                    em[i * l + y] += w[base + y];
                }
            }
        }
        return viterbiScores(em, n, trans, allowed, l);
    }

    /** Writes the model (deterministic bytes for a given model). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeBytes(MAGIC);
        d.writeInt(featureVersion);
        d.writeInt(nLabels);
        for (String s : LABELS) {
            d.writeUTF(s);
        }
        d.writeLong(lexFingerprint);
        for (float t : trans) {
            d.writeFloat(t);
        }
        float max = 0f;
        for (float x : w) {
            max = Math.max(max, Math.abs(x));
        }
        float scale = max == 0f ? 1f : max / 32767f;
        d.writeFloat(scale);
        int kept = 0;
        for (int i = 0; i < keys.length; i++) {
            if (labelMask(i, scale) != 0) {
                kept++;
            }
        }
        d.writeInt(kept);
        long prev = 0;
        for (int i = 0; i < keys.length; i++) {
            int m = labelMask(i, scale);
            if (m == 0) {
                continue;
            }
            writeVarLong(d, keys[i] - prev);
            prev = keys[i];
            d.writeShort(m);
            for (int y = 0; y < nLabels; y++) {
                if ((m & (1 << y)) != 0) {
                    d.writeShort(Math.round(w[i * nLabels + y] / scale));
                }
            }
        }
        d.flush();
        gz.finish();
        out.flush();
    }

    private int labelMask(int i, float scale) {
        int m = 0;
        for (int y = 0; y < nLabels; y++) {
            if (Math.round(w[i * nLabels + y] / scale) != 0) {
                m |= 1 << y;
            }
        }
        return m;
    }

    /** Reads a model written by {@link #write}. */
    public static TaggerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        byte[] magic = new byte[MAGIC.length()];
        d.readFully(magic);
        if (!MAGIC.equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new IOException("not a Mirsad NER model (version 2)");
        }
        int version = d.readInt();
        int l = d.readInt();
        if (l != LABELS.size()) {
            throw new IOException("model has " + l + " labels, expected " + LABELS.size());
        }
        for (int i = 0; i < l; i++) {
            String s = d.readUTF();
            if (!s.equals(LABELS.get(i))) {
                throw new IOException("model label " + i + " is " + s + ", expected " + LABELS.get(i));
            }
        }
        long fp = d.readLong();
        float[] trans = new float[(l + 1) * l];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = d.readFloat();
        }
        float scale = d.readFloat();
        int n = d.readInt();
        long[] keys = new long[n];
        float[] w = new float[n * l];
        long prev = 0;
        for (int i = 0; i < n; i++) {
            prev += readVarLong(d);
            keys[i] = prev;
            int m = d.readUnsignedShort();
            for (int y = 0; y < l; y++) {
                if ((m & (1 << y)) != 0) {
                    w[i * l + y] = d.readShort() * scale;
                }
            }
        }
        return new TaggerModel(keys, w, trans, fp, version);
    }

    private static void writeVarLong(DataOutputStream d, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            d.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        d.writeByte((int) v);
    }

    private static long readVarLong(DataInputStream d) throws IOException {
        long v = 0;
        int shift = 0;
        while (true) {
            int b = d.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }
}
