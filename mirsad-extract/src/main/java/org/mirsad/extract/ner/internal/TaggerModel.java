package org.mirsad.extract.ner.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order linear-chain model over BIO labels: hashed emission weights {@code w[bucket * L + label]},
 * transition weights, and Viterbi decoding constrained to valid BIO sequences. Immutable once built;
 * {@link #decode} is thread-safe.
 *
 * <p>File format (gzip of a {@link DataOutputStream}): magic {@code MRSDNER1}, feature version, bits, label
 * count and labels, lexicon fingerprint, transition floats, the weight scale, the count of non-zero weights,
 * then for each non-zero weight the gap to the previous index (varint) and the weight quantized to 16 bits.
 */
public final class TaggerModel {

    /** The labels, in model order. */
    public static final List<String> LABELS = List.of(
            "O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC");

    private static final String MAGIC = "MRSDNER1";

    final int bits;
    final int nLabels;
    final float[] w;
    final float[] trans; // (L+1) x L, row L = start
    final long lexFingerprint;
    final int featureVersion;
    private final boolean[] allowed; // (L+1) x L

    TaggerModel(int bits, float[] w, float[] trans, long lexFingerprint, int featureVersion) {
        this.bits = bits;
        this.nLabels = LABELS.size();
        this.w = w;
        this.trans = trans;
        this.lexFingerprint = lexFingerprint;
        this.featureVersion = featureVersion;
        this.allowed = allowedTransitions();
    }

    /** Hash bits. */
    public int bits() {
        return bits;
    }

    /** The fingerprint of the lexicons the model was trained with. */
    public long lexFingerprint() {
        return lexFingerprint;
    }

    /** The feature version the model was trained with. */
    public int featureVersion() {
        return featureVersion;
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

    /** The best label sequence for a sentence's features. */
    public int[] decode(int[][] feats) {
        return viterbi(feats, w, trans, allowed, nLabels);
    }

    static int[] viterbi(int[][] feats, float[] w, float[] trans, boolean[] allowed, int l) {
        int n = feats.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[] score = new float[n * l];
        int[] back = new int[n * l];
        float[] em = new float[l];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(em, 0f);
            for (int f : feats[i]) {
                if (f < 0) {
                    continue;
                }
                int base = f * l;
                for (int y = 0; y < l; y++) {
                    em[y] += w[base + y];
                }
            }
            for (int y = 0; y < l; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (i == 0) {
                    if (allowed[l * l + y]) {
                        best = trans[l * l + y];
                    }
                } else {
                    int prevBase = (i - 1) * l;
                    for (int p = 0; p < l; p++) {
                        if (!allowed[p * l + y]) {
                            continue;
                        }
                        float s = score[prevBase + p] + trans[p * l + y];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                score[i * l + y] = best + em[y];
                back[i * l + y] = arg;
            }
        }
        int bestY = 0;
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < l; y++) {
            if (score[(n - 1) * l + y] > best) {
                best = score[(n - 1) * l + y];
                bestY = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = bestY;
            bestY = back[i * l + bestY];
        }
        return out;
    }

    /** Writes the model (deterministic bytes for a given model). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeBytes(MAGIC);
        d.writeInt(featureVersion);
        d.writeInt(bits);
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
        int nnz = 0;
        for (float x : w) {
            if (Math.round(x / scale) != 0) {
                nnz++;
            }
        }
        d.writeInt(nnz);
        int prev = -1;
        for (int i = 0; i < w.length; i++) {
            int q = Math.round(w[i] / scale);
            if (q == 0) {
                continue;
            }
            writeVarint(d, i - prev);
            d.writeShort(q);
            prev = i;
        }
        d.flush();
        gz.finish();
        out.flush();
    }

    /** Reads a model written by {@link #write}. */
    public static TaggerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        byte[] magic = new byte[MAGIC.length()];
        d.readFully(magic);
        if (!MAGIC.equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new IOException("not a Mirsad NER model");
        }
        int version = d.readInt();
        int bits = d.readInt();
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
        int nnz = d.readInt();
        float[] w = new float[(1 << bits) * l];
        int idx = -1;
        for (int k = 0; k < nnz; k++) {
            idx += readVarint(d);
            w[idx] = d.readShort() * scale;
        }
        return new TaggerModel(bits, w, trans, fp, version);
    }

    private static void writeVarint(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            d.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    private static int readVarint(DataInputStream d) throws IOException {
        int v = 0;
        int shift = 0;
        while (true) {
            int b = d.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }
}
