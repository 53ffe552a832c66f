package org.mirsad.extract.ner.internal;

/**
 * Feature extraction for the tagger: every feature is a 64-bit hash ({@link Hashing}) of its template and
 * values, so no feature strings are built; the model maps the hashes it knows to weight rows.
 *
 * <p>Templates (numbers are part of the hash and must not change without retraining):
 * bias; normalized word at −2..+2; clitic-stripped core at −1..+1; word bigrams (−1,0) and (0,+1);
 * suffixes of length 1–3 of the word; prefixes of length 2–3 of the core; the proclitic group; shape and
 * length; shapes of −1,0,+1; lexicon classes beginning at / continuing through tokens −2..+2; suffixes
 * of neighbouring cores; nisba ending (ال + …ي/…يه/…يين/…يون); core length.
 */
public final class Features {

    /** Bumped whenever a template changes; stored in models. */
    public static final int VERSION = 1;

    /** Features at positions 1..LEXICAL of each token's array identify the word itself. */
    public static final int LEXICAL = 4;

    private static final long BOS = Hashing.hash("<s>");
    private static final long EOS = Hashing.hash("</s>");

    private Features() {
    }

    /** The 64-bit feature hashes of every token's features. */
    public static long[][] extract(TokenForms[] t, Lexicons lex) {
        int n = t.length;
        int[] lb = new int[n];
        int[] li = new int[n];
        lex.annotate(t, lb, li);
        long[][] out = new long[n][];
        long[] buf = new long[96];
        for (int i = 0; i < n; i++) {
            int k = 0;
            TokenForms w = t[i];
            long pm1 = i > 0 ? t[i - 1].hNorm : BOS;
            long pm2 = i > 1 ? t[i - 2].hNorm : BOS;
            long pp1 = i + 1 < n ? t[i + 1].hNorm : EOS;
            long pp2 = i + 2 < n ? t[i + 2].hNorm : EOS;
            long cm1 = i > 0 ? t[i - 1].hCore : BOS;
            long cp1 = i + 1 < n ? t[i + 1].hCore : EOS;
            buf[k++] = Hashing.feature(0, 0);
            // the word-identity features come first (positions 1..LEXICAL): the trainer drops them at random
            buf[k++] = Hashing.feature(1, w.hNorm);
            buf[k++] = Hashing.feature(2, w.hCore);
            buf[k++] = Hashing.feature(9, pm1, w.hNorm);
            buf[k++] = Hashing.feature(10, w.hNorm, pp1);
            buf[k++] = Hashing.feature(3, pm1);
            buf[k++] = Hashing.feature(4, pp1);
            buf[k++] = Hashing.feature(5, pm2);
            buf[k++] = Hashing.feature(6, pp2);
            buf[k++] = Hashing.feature(7, cm1);
            buf[k++] = Hashing.feature(8, cp1);
            String nm = w.norm;
            String co = w.core;
            int len = nm.length();
            buf[k++] = Hashing.feature(11, len >= 1 ? nm.charAt(len - 1) : 0);
            buf[k++] = Hashing.feature(12, len >= 2 ? Hashing.hash(nm.substring(len - 2)) : 1);
            buf[k++] = Hashing.feature(13, len >= 3 ? Hashing.hash(nm.substring(len - 3)) : 2);
            buf[k++] = Hashing.feature(14, co.length() >= 2 ? Hashing.hash(co.substring(0, 2)) : 3);
            buf[k++] = Hashing.feature(15, co.length() >= 3 ? Hashing.hash(co.substring(0, 3)) : 4);
            buf[k++] = Hashing.feature(16, Hashing.hash(w.proclitic));
            buf[k++] = Hashing.feature(17, w.shape * 16L + Math.min(len, 8));
            int sm1 = i > 0 ? t[i - 1].shape : 9;
            int sp1 = i + 1 < n ? t[i + 1].shape : 9;
            buf[k++] = Hashing.feature(18, sm1 * 100L + w.shape * 10L + sp1);
            for (int d = -2; d <= 2; d++) {
                int j = i + d;
                if (j < 0 || j >= n) {
                    continue;
                }
                int tpl = 20 + (d + 2);
                int b = lb[j];
                int in = li[j];
                while (b != 0) {
                    int c = Integer.numberOfTrailingZeros(b);
                    b &= b - 1;
                    buf[k++] = Hashing.feature(tpl, c * 2L);
                }
                while (in != 0) {
                    int c = Integer.numberOfTrailingZeros(in);
                    in &= in - 1;
                    buf[k++] = Hashing.feature(tpl, c * 2L + 1);
                }
                if (k > buf.length - 24) {
                    break;
                }
            }
            if (i > 0) {
                String c = t[i - 1].core;
                buf[k++] = Hashing.feature(25, c.length() >= 2 ? Hashing.hash(c.substring(c.length() - 2)) : 5);
            }
            if (i + 1 < n) {
                String c = t[i + 1].core;
                buf[k++] = Hashing.feature(26, c.length() >= 2 ? Hashing.hash(c.substring(c.length() - 2)) : 5);
            }
            int nisba = nisba(w);
            if (nisba != 0) {
                buf[k++] = Hashing.feature(27, nisba);
            }
            buf[k++] = Hashing.feature(28, Math.min(co.length(), 10));
            if (w.shape == TokenForms.SHAPE_ARABIC || w.shape == TokenForms.SHAPE_LATIN) {
                // character trigrams of the core, with boundaries: letter patterns of foreign names
                int cl = co.length();
                for (int q = -1; q + 3 <= cl + 1 && k < buf.length - 8; q++) {
                    long h = 0;
                    for (int r = q; r < q + 3; r++) {
                        char ch = r < 0 ? '^' : r >= cl ? '$' : co.charAt(r);
                        h = h * 65599 + ch;
                    }
                    buf[k++] = Hashing.feature(30, h);
                }
            }
            buf[k++] = Hashing.feature(29, lb[i] == 0 && li[i] == 0 ? 0 : 1, w.shape);
            out[i] = java.util.Arrays.copyOf(buf, k);
        }
        return out;
    }

    /** 0, or a code for a nisba ending on a token with the article: 1 …ي, 2 …يه, 3 …يين/…يون. */
    public static int nisba(TokenForms w) {
        if (!w.proclitic.endsWith("\u0627\u0644") && !w.proclitic.endsWith("\u0644\u0644")) {
            return 0;
        }
        String c = w.core;
        if (c.length() < 3) {
            return 0;
        }
        if (c.endsWith("\u064A\u064A\u0646") || c.endsWith("\u064A\u0648\u0646")) {
            return 3;
        }
        if (c.endsWith("\u064A\u0647")) {
            return 2;
        }
        if (c.endsWith("\u064A")) {
            return 1;
        }
        return 0;
    }
}
