package org.mirsad.extract.ner.internal;

/**
 * Feature extraction for the tagger: every feature is a 64-bit hash ({@link Hashing}) of its template and
 * values, so no feature strings are built; the model maps the hashes it knows to weight rows.
 *
 * <p>Templates (numbers are part of the hash and must not change without retraining):
 * bias; normalized word at −2..+2; clitic-stripped core at −1..+1; word bigrams (−1,0) and (0,+1);
 * suffixes of length 1–3 of the word; prefixes of length 2–3 of the core; the proclitic group; shape and
 * length; shapes of −1,0,+1; lexicon classes beginning at / continuing through tokens −2..+2; suffixes
 * of neighbouring cores; nisba ending (ال + …ي/…يه/…يين/…يون); core length; and, when the lexicons carry
 * {@link WordClusters}, the coarse and fine clusters of the cores at −2..+2 and coarse cluster bigrams
 * (templates 31–39); the position right after a title phrase, with the token's article and shape
 * (template 41).
 */
public final class Features {

    /** Bumped whenever a template changes; stored in models. */
    public static final int VERSION = 3;

    /** Features at positions 1..LEXICAL of each token's array identify the word itself. */
    public static final int LEXICAL = 4;

    /** The value standing for a missing word or cluster before the sentence. */
    static final long BOS = Hashing.hash("<s>");
    /** The value standing for a missing word or cluster after the sentence. */
    static final long EOS = Hashing.hash("</s>");

    private Features() {
    }

    /** The 64-bit feature hashes of every token's features. */
    public static long[][] extract(TokenForms[] t, Lexicons lex) {
        return extract(t, lex, true, true);
    }

    /**
     * The features of every token that depend on more than one token or on lexicon matches: all of
     * {@link #extract} except the token's own features ({@link #own}) and those that depend on one
     * neighbour alone ({@link #asNeighbour}, {@link #noNeighbour}).
     */
    public static long[][] pairwise(TokenForms[] t, Lexicons lex) {
        return extract(t, lex, false, false);
    }

    /** Offsets of the neighbours whose features depend on the neighbour alone. */
    public static final int[] NEIGHBOURS = {-2, -1, 1, 2};

    /**
     * The features a token contributes as the neighbour at {@code offset} (one of {@link #NEIGHBOURS}) of
     * another token: its word, core, core suffix and clusters seen from that position.
     */
    public static long[] asNeighbour(TokenForms w, int offset, WordClusters wc) {
        boolean cl = wc.groupings() > 0;
        if (cl) {
            clusterCodes(w, wc);
        }
        switch (offset) {
            case -2:
                return new long[] {Hashing.feature(5, w.hNorm)};
            case 2:
                return new long[] {Hashing.feature(6, w.hNorm)};
            case -1:
                return cl ? new long[] {Hashing.feature(3, w.hNorm), Hashing.feature(7, w.hCore),
                        Hashing.feature(25, local(w)[CORE_SUFFIX]), Hashing.feature(33, w.fine), Hashing.feature(35, w.coarse)}
                        : new long[] {Hashing.feature(3, w.hNorm), Hashing.feature(7, w.hCore),
                        Hashing.feature(25, local(w)[CORE_SUFFIX])};
            case 1:
                return cl ? new long[] {Hashing.feature(4, w.hNorm), Hashing.feature(8, w.hCore),
                        Hashing.feature(26, local(w)[CORE_SUFFIX]), Hashing.feature(34, w.fine), Hashing.feature(36, w.coarse)}
                        : new long[] {Hashing.feature(4, w.hNorm), Hashing.feature(8, w.hCore),
                        Hashing.feature(26, local(w)[CORE_SUFFIX])};
            default:
                throw new IllegalArgumentException("not a neighbour offset: " + offset);
        }
    }

    /** The features that stand for a missing neighbour at {@code offset} (before the start or after the end). */
    public static long[] noNeighbour(int offset, WordClusters wc) {
        boolean cl = wc.groupings() > 0;
        switch (offset) {
            case -2:
                return new long[] {Hashing.feature(5, BOS)};
            case 2:
                return new long[] {Hashing.feature(6, EOS)};
            case -1:
                return cl ? new long[] {Hashing.feature(3, BOS), Hashing.feature(7, BOS), Hashing.feature(33, BOS),
                        Hashing.feature(35, BOS)} : new long[] {Hashing.feature(3, BOS), Hashing.feature(7, BOS)};
            case 1:
                return cl ? new long[] {Hashing.feature(4, EOS), Hashing.feature(8, EOS), Hashing.feature(34, EOS),
                        Hashing.feature(36, EOS)} : new long[] {Hashing.feature(4, EOS), Hashing.feature(8, EOS)};
            default:
                throw new IllegalArgumentException("not a neighbour offset: " + offset);
        }
    }

    /**
     * The features of a token that depend on its surface alone: bias, normalized word and core identity, and
     * the affix, shape, nisba, length and trigram templates. With {@link #asNeighbour} or
     * {@link #noNeighbour} and {@link #pairwise} they are exactly the features of {@link #extract}.
     */
    public static long[] own(TokenForms w) {
        long[] local = local(w);
        long[] out = new long[3 + local.length - LOCAL_FIRST];
        out[0] = Hashing.feature(0, 0);
        out[1] = Hashing.feature(1, w.hNorm);
        out[2] = Hashing.feature(2, w.hCore);
        System.arraycopy(local, LOCAL_FIRST, out, 3, local.length - LOCAL_FIRST);
        return out;
    }

    /**
     * The token's own cluster features (templates 31 and 32: its fine and coarse cluster), part of
     * {@link #pairwise} (they need the lexicons' clusters) but depending on the token alone; empty without
     * clusters.
     */
    static long[] ownClusters(TokenForms w, WordClusters wc) {
        if (wc.groupings() == 0) {
            return new long[0];
        }
        clusterCodes(w, wc);
        return new long[] {Hashing.feature(31, w.fine), Hashing.feature(32, w.coarse)};
    }

    private static long[][] extract(TokenForms[] t, Lexicons lex, boolean withOwn, boolean withNeighbours) {
        int n = t.length;
        int[] lb = new int[n];
        int[] li = new int[n];
        lex.annotate(t, lb, li);
        featureClassesOnly(lb, li);
        long[][] out = new long[n][];
        long[] buf = new long[192];
        long[] coarse = new long[n];
        long[] fine = new long[n];
        clusters(t, lex.clusters(), coarse, fine);
        int[] afterTitle = afterTitle(t, lb);
        for (int i = 0; i < n; i++) {
            int k = 0;
            TokenForms w = t[i];
            long pm1 = i > 0 ? t[i - 1].hNorm : BOS;
            long pm2 = i > 1 ? t[i - 2].hNorm : BOS;
            long pp1 = i + 1 < n ? t[i + 1].hNorm : EOS;
            long pp2 = i + 2 < n ? t[i + 2].hNorm : EOS;
            long cm1 = i > 0 ? t[i - 1].hCore : BOS;
            long cp1 = i + 1 < n ? t[i + 1].hCore : EOS;
            if (withOwn) {
                buf[k++] = Hashing.feature(0, 0);
                // the word-identity features come first (positions 1..LEXICAL): the trainer drops them at random
                buf[k++] = Hashing.feature(1, w.hNorm);
                buf[k++] = Hashing.feature(2, w.hCore);
            }
            buf[k++] = Hashing.feature(9, pm1, w.hNorm);
            buf[k++] = Hashing.feature(10, w.hNorm, pp1);
            if (withNeighbours) {
                buf[k++] = Hashing.feature(3, pm1);
                buf[k++] = Hashing.feature(4, pp1);
                buf[k++] = Hashing.feature(5, pm2);
                buf[k++] = Hashing.feature(6, pp2);
                buf[k++] = Hashing.feature(7, cm1);
                buf[k++] = Hashing.feature(8, cp1);
            }
            long[] local = local(w);
            if (withOwn) {
                System.arraycopy(local, LOCAL_FIRST, buf, k, LOCAL_BEFORE_SHAPES);
                k += LOCAL_BEFORE_SHAPES;
            }
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
            if (i > 0 && withNeighbours) {
                buf[k++] = Hashing.feature(25, local(t[i - 1])[CORE_SUFFIX]);
            }
            if (i + 1 < n && withNeighbours) {
                buf[k++] = Hashing.feature(26, local(t[i + 1])[CORE_SUFFIX]);
            }
            if (withOwn) {
                int rest = Math.min(local.length - LOCAL_REST, buf.length - 8 - k);
                System.arraycopy(local, LOCAL_REST, buf, k, Math.max(0, rest));
                k += Math.max(0, rest);
            }
            buf[k++] = Hashing.feature(29, lb[i] == 0 && li[i] == 0 ? 0 : 1, w.shape);
            if (afterTitle[i] > 0) {
                buf[k++] = Hashing.feature(41, afterTitle[i] * 4L + (definite(w) ? 2 : 0) + (w.shape == TokenForms.SHAPE_ARABIC ? 1 : 0));
            }
            if (lex.clusters().groupings() > 0) {
                long cm2 = i > 1 ? coarse[i - 2] : BOS;
                long cc1 = i > 0 ? coarse[i - 1] : BOS;
                long cn1 = i + 1 < n ? coarse[i + 1] : EOS;
                long cn2 = i + 2 < n ? coarse[i + 2] : EOS;
                buf[k++] = Hashing.feature(31, fine[i]);
                buf[k++] = Hashing.feature(32, coarse[i]);
                if (withNeighbours) {
                    buf[k++] = Hashing.feature(33, i > 0 ? fine[i - 1] : BOS);
                    buf[k++] = Hashing.feature(34, i + 1 < n ? fine[i + 1] : EOS);
                    buf[k++] = Hashing.feature(35, cc1);
                    buf[k++] = Hashing.feature(36, cn1);
                }
                buf[k++] = Hashing.feature(37, cc1, coarse[i]);
                buf[k++] = Hashing.feature(38, coarse[i], cn1);
                buf[k++] = Hashing.feature(39, cm2, cn2);
            }
            out[i] = java.util.Arrays.copyOf(buf, k);
        }
        return out;
    }

    /** The lexicon classes that are features; the others serve the rules only. */
    static final int FEATURE_CLASSES = ~LexClass.MONTH.bit();

    /** Clears, in lexicon match masks, the classes that are no features ({@link #FEATURE_CLASSES}). */
    static void featureClassesOnly(int[] begin, int[] inside) {
        for (int i = 0; i < begin.length; i++) {
            begin[i] &= FEATURE_CLASSES;
            inside[i] &= FEATURE_CLASSES;
        }
    }

    /** Longest title phrase, in tokens after the title word, that {@link #afterTitle} looks through. */
    static final int TITLE_PHRASE = 4;

    /**
     * Per token, 0 or 1 + the number of words between it and a title word before it when every word between
     * is definite or a nisba adjective — the token right after a title phrase (وزير النقل البحري ▸ رافع،
     * رئيسة الغرفة التجارية ▸ هالة), where names begin.
     */
    /** {@link #afterTitle(TokenForms[], int[])} with the lexicons' matches over {@code t}. */
    static int[] afterTitle(TokenForms[] t, Lexicons lex) {
        int[] begin = new int[t.length];
        lex.annotate(t, begin, new int[t.length]);
        return afterTitle(t, begin);
    }

    static int[] afterTitle(TokenForms[] t, int[] begin) {
        int n = t.length;
        int[] out = new int[n];
        int title = LexClass.TITLE.bit();
        for (int i = 1; i < n; i++) {
            for (int k = i - 1; k >= 0 && i - 1 - k <= TITLE_PHRASE; k--) {
                if ((begin[k] & title) != 0) {
                    out[i] = 1 + (i - 1 - k);
                    break;
                }
                if (!definite(t[k]) && nisba(t[k]) == 0) {
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a token carries the article (ال، وال، بال، لل ...). */
    static boolean definite(TokenForms w) {
        return w.proclitic.endsWith("\u0627\u0644") || w.proclitic.endsWith("\u0644\u0644");
    }

    /** Fills each token's coarse and fine cluster codes (a distinct code for words without a cluster). */
    private static void clusters(TokenForms[] t, WordClusters wc, long[] coarse, long[] fine) {
        if (wc.groupings() == 0) {
            return;
        }
        for (int i = 0; i < t.length; i++) {
            clusterCodes(t[i], wc);
            coarse[i] = t[i].coarse;
            fine[i] = t[i].fine;
        }
    }

    /** Sets a token's cluster codes under {@code wc}, once per token and table. */
    static void clusterCodes(TokenForms w, WordClusters wc) {
        if (w.clustersOf == wc) {
            return;
        }
        int[] c = wc.of(w.core);
        if (c == null && w.shape != TokenForms.SHAPE_ARABIC) {
            w.coarse = w.fine = -2 - w.shape;
        } else if (c == null) {
            w.coarse = w.fine = -1;
        } else {
            w.coarse = c[0];
            w.fine = c[c.length - 1];
        }
        w.clustersOf = wc;
    }

    /** Index, in a token's local array, of the hash of its core's last two letters (for neighbours). */
    private static final int CORE_SUFFIX = 0;
    /** First local feature. */
    private static final int LOCAL_FIRST = 1;
    /** Local features placed before the shape feature (templates 11–17). */
    private static final int LOCAL_BEFORE_SHAPES = 7;
    /** Where the local features placed after the lexicon features start (27, 28, 30). */
    private static final int LOCAL_REST = LOCAL_FIRST + LOCAL_BEFORE_SHAPES;
    /**
     * The features of a token that depend on the token alone (templates 11–17, 27, 28, 30), computed
     * once per {@link TokenForms} (shared by the occurrences of a surface); index {@link #CORE_SUFFIX}
     * holds a value for neighbours.
     */
    static long[] local(TokenForms w) {
        long[] l = w.local;
        if (l == null) {
            l = computeLocal(w);
            w.local = l;
        }
        return l;
    }

    private static long[] computeLocal(TokenForms w) {
        long[] b = new long[64];
        int k = 0;
        String nm = w.norm;
        String co = w.core;
        int len = nm.length();
        b[k++] = co.length() >= 2 ? Hashing.hash(co.substring(co.length() - 2)) : 5;
        b[k++] = Hashing.feature(11, len >= 1 ? nm.charAt(len - 1) : 0);
        b[k++] = Hashing.feature(12, len >= 2 ? Hashing.hash(nm.substring(len - 2)) : 1);
        b[k++] = Hashing.feature(13, len >= 3 ? Hashing.hash(nm.substring(len - 3)) : 2);
        b[k++] = Hashing.feature(14, co.length() >= 2 ? Hashing.hash(co.substring(0, 2)) : 3);
        b[k++] = Hashing.feature(15, co.length() >= 3 ? Hashing.hash(co.substring(0, 3)) : 4);
        b[k++] = Hashing.feature(16, Hashing.hash(w.proclitic));
        b[k++] = Hashing.feature(17, w.shape * 16L + Math.min(len, 8));
        int nisba = nisba(w);
        if (nisba != 0) {
            b[k++] = Hashing.feature(27, nisba);
        }
        b[k++] = Hashing.feature(28, Math.min(co.length(), 10));
        if (w.shape == TokenForms.SHAPE_ARABIC || w.shape == TokenForms.SHAPE_LATIN) {
            // character trigrams of the core, with boundaries: letter patterns of foreign names
            int cl = co.length();
            for (int q = -1; q + 3 <= cl + 1 && k < b.length; q++) {
                long h = 0;
                for (int r = q; r < q + 3; r++) {
                    char ch = r < 0 ? '^' : r >= cl ? '$' : co.charAt(r);
                    h = h * 65599 + ch;
                }
                b[k++] = Hashing.feature(30, h);
            }
        }
        return java.util.Arrays.copyOf(b, k);
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
