package org.mirsad.extract.ner.internal;

/**
 * Adds the scores of a sentence's context features ({@link Features#pairwise} less the token's own cluster
 * features, which are cached per word) to its emission scores, with far fewer hash lookups: the templates
 * whose values come from a small set (shape triples, lexicon classes at −2..+2, the lexicon flag with the
 * shape, the position after a title phrase, coarse-cluster pairs) are resolved to weight rows once per model
 * and lexicons, into plain arrays indexed by value. Only the word bigrams (templates 9 and 10) are looked up
 * per occurrence.
 *
 * <p>It must add exactly the rows of the features {@link Features#extract} gives a token beyond its own and
 * single-neighbour ones; {@code OwnFeaturesDecodeTest} checks the sums against the plain feature lists.
 * Immutable and thread-safe once built.
 */
final class ContextScorer {

    /** Shape value standing for a missing neighbour in template 18. */
    private static final int NO_SHAPE = 9;
    /** Largest value of {@link Features#afterTitle} plus one. */
    private static final int AFTER_TITLE_VALUES = Features.TITLE_PHRASE + 2;
    /** Lexicon class bits (an int mask). */
    private static final int CLASS_BITS = 32;
    /** Cluster codes below zero (no cluster: −1 Arabic, −2−shape otherwise). */
    private static final int NEGATIVE_CODES = 8;

    private final TaggerModel model;
    private final int l;
    private final int[] shapeTriples = new int[1000];
    private final int[][] lexiconAt = new int[5][2 * CLASS_BITS];
    private final int[] lexiconFlag = new int[2 * 10];
    private final int[] afterTitle = new int[AFTER_TITLE_VALUES * 4];
    private final boolean clusters;
    private final int codes;
    private final int[] coarseBefore;
    private final int[] coarseAfter;
    private final int[] coarseAround;

    ContextScorer(TaggerModel model, Lexicons lex) {
        this.model = model;
        this.l = model.nLabels;
        for (int v = 0; v < shapeTriples.length; v++) {
            shapeTriples[v] = model.row(Hashing.feature(18, v));
        }
        for (int d = 0; d < 5; d++) {
            for (int v = 0; v < 2 * CLASS_BITS; v++) {
                lexiconAt[d][v] = model.row(Hashing.feature(20 + d, v));
            }
        }
        for (int flag = 0; flag < 2; flag++) {
            for (int shape = 0; shape < 10; shape++) {
                lexiconFlag[flag * 10 + shape] = model.row(Hashing.feature(29, flag, shape));
            }
        }
        for (int v = 0; v < afterTitle.length; v++) {
            afterTitle[v] = model.row(Hashing.feature(41, v));
        }
        WordClusters wc = lex.clusters();
        this.clusters = wc.groupings() > 0;
        this.codes = clusters ? 2 + NEGATIVE_CODES + wc.coarseValues() : 0;
        this.coarseBefore = pairRows(37);
        this.coarseAfter = pairRows(38);
        this.coarseAround = pairRows(39);
    }

    private int[] pairRows(int template) {
        int[] rows = new int[codes * codes];
        for (int a = 0; a < codes; a++) {
            for (int b = 0; b < codes; b++) {
                rows[a * codes + b] = model.row(Hashing.feature(template, valueOf(a), valueOf(b)));
            }
        }
        return rows;
    }

    /** The cluster value behind a dense code (the inverse of {@link #code}). */
    private static long valueOf(int code) {
        if (code == 0) {
            return Features.BOS;
        }
        if (code == 1) {
            return Features.EOS;
        }
        if (code < 2 + NEGATIVE_CODES) {
            return -(code - 1);
        }
        return code - 2 - NEGATIVE_CODES;
    }

    /** A dense code for a coarse cluster value, or −1 when it falls outside the tables. */
    private int code(long v) {
        if (v == Features.BOS) {
            return 0;
        }
        if (v == Features.EOS) {
            return 1;
        }
        if (v < 0) {
            return v >= -NEGATIVE_CODES ? (int) (1 - v) : -1;
        }
        long c = 2 + NEGATIVE_CODES + v;
        return c < codes ? (int) c : -1;
    }

    /** Adds the context scores of every token of {@code t} to {@code em} ({@code t.length × labels}). */
    void add(TokenForms[] t, Lexicons lex, float[] em) {
        int n = t.length;
        int[] lb = new int[n];
        int[] li = new int[n];
        lex.annotate(t, lb, li);
        Features.featureClassesOnly(lb, li);
        int[] title = Features.afterTitle(t, lb);
        long[] coarse = new long[n];
        if (clusters) {
            for (int i = 0; i < n; i++) {
                Features.clusterCodes(t[i], lex.clusters());
                coarse[i] = t[i].coarse;
            }
        }
        for (int i = 0; i < n; i++) {
            int at = i * l;
            TokenForms w = t[i];
            long pm1 = i > 0 ? t[i - 1].hNorm : Features.BOS;
            long pp1 = i + 1 < n ? t[i + 1].hNorm : Features.EOS;
            addRow(model.row(Hashing.feature(9, pm1, w.hNorm)), em, at);
            addRow(model.row(Hashing.feature(10, w.hNorm, pp1)), em, at);
            int sm1 = i > 0 ? t[i - 1].shape : NO_SHAPE;
            int sp1 = i + 1 < n ? t[i + 1].shape : NO_SHAPE;
            addRow(shapeTriples[sm1 * 100 + w.shape * 10 + sp1], em, at);
            for (int d = -2; d <= 2; d++) {
                int j = i + d;
                if (j < 0 || j >= n) {
                    continue;
                }
                int[] rows = lexiconAt[d + 2];
                for (int b = lb[j]; b != 0; b &= b - 1) {
                    addRow(rows[Integer.numberOfTrailingZeros(b) * 2], em, at);
                }
                for (int b = li[j]; b != 0; b &= b - 1) {
                    addRow(rows[Integer.numberOfTrailingZeros(b) * 2 + 1], em, at);
                }
            }
            addRow(lexiconFlag[(lb[i] == 0 && li[i] == 0 ? 0 : 10) + w.shape], em, at);
            if (title[i] > 0) {
                addRow(afterTitle[title[i] * 4 + (Features.definite(w) ? 2 : 0) + (w.shape == TokenForms.SHAPE_ARABIC ? 1 : 0)],
                        em, at);
            }
            if (clusters) {
                long cm2 = i > 1 ? coarse[i - 2] : Features.BOS;
                long cc1 = i > 0 ? coarse[i - 1] : Features.BOS;
                long cn1 = i + 1 < n ? coarse[i + 1] : Features.EOS;
                long cn2 = i + 2 < n ? coarse[i + 2] : Features.EOS;
                addPair(coarseBefore, 37, cc1, coarse[i], em, at);
                addPair(coarseAfter, 38, coarse[i], cn1, em, at);
                addPair(coarseAround, 39, cm2, cn2, em, at);
            }
        }
    }

    private void addPair(int[] rows, int template, long a, long b, float[] em, int at) {
        int ca = code(a);
        int cb = code(b);
        int row = ca >= 0 && cb >= 0 ? rows[ca * codes + cb] : model.row(Hashing.feature(template, a, b));
        addRow(row, em, at);
    }

    private void addRow(int row, float[] em, int at) {
        if (row < 0) {
            return;
        }
        float[] w = model.w;
        int base = row * l;
        for (int y = 0; y < l; y++) {
            em[at + y] += w[base + y];
        }
    }
}
