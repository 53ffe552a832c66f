package org.mirsad.app.eval.cleaning;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.mirsad.app.eval.corpus.CorpusArticle;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.extract.clean.CleanArticle;
import org.mirsad.extract.clean.TextArticleCleaner;

/**
 * Cleaning measured on real articles whose bodies are already clean: each article is wrapped in
 * injected debris ({@link DebrisInjector}), cleaned, and scored — body paragraphs kept (recall),
 * body lines that are truly body (precision), injected debris removed (per kind), title found.
 * Original body lines that are themselves debris left by the corpus's own scraper count against
 * recall, so recall is a lower bound.
 */
public final class CleaningEvaluation {

    /** Figures of one run. */
    public record Figures(int articles, int bodyLines, int bodyKept, int predictedLines, int predictedBody,
            int titlesOk, Map<DebrisKind, int[]> debris) {

        /** Share of original body paragraphs kept. */
        public double recall() {
            return bodyLines == 0 ? 1 : (double) bodyKept / bodyLines;
        }

        /** Share of the cleaned body's lines that are original body paragraphs. */
        public double precision() {
            return predictedLines == 0 ? 1 : (double) predictedBody / predictedLines;
        }

        /** Share of injected debris lines removed. */
        public double removed() {
            int all = 0;
            int gone = 0;
            for (int[] v : debris.values()) {
                all += v[0];
                gone += v[1];
            }
            return all == 0 ? 1 : (double) gone / all;
        }
    }

    /**
     * Cleans {@code limit} articles sampled with {@code seed} and reports to {@code out}, with the
     * first {@code show} lost body lines.
     */
    public Figures run(String name, List<CorpusArticle> corpus, int limit, long seed, int show, PrintWriter out) {
        return run(name, corpus, limit, seed, 0, show, out);
    }

    /**
     * As {@link #run(String, List, int, long, int, PrintWriter)}, with the body paragraphs hard-wrapped at
     * {@code wrap} columns (0: one paragraph per line), as wire copy and text saved at a fixed width are.
     */
    public Figures run(String name, List<CorpusArticle> corpus, int limit, long seed, int wrap, int show, PrintWriter out) {
        int shown = 0;
        List<CorpusArticle> sample = new ArrayList<>();
        for (CorpusArticle a : corpus) {
            if (!a.title().isBlank() && paragraphs(a.body()).size() >= 2) {
                sample.add(a);
            }
        }
        Collections.shuffle(sample, new Random(seed));
        sample = sample.subList(0, Math.min(limit, sample.size()));
        DebrisInjector injector = new DebrisInjector(seed, wrap);
        TextArticleCleaner cleaner = new TextArticleCleaner();
        int bodyLines = 0;
        int bodyKept = 0;
        int predicted = 0;
        int predictedBody = 0;
        int titles = 0;
        Map<DebrisKind, int[]> debris = new EnumMap<>(DebrisKind.class);
        for (CorpusArticle a : sample) {
            List<String> paras = paragraphs(a.body());
            DebrisInjector.Injected in = injector.inject(a.title().strip(), paras);
            CleanArticle c = cleaner.clean(in.raw());
            Set<String> got = new HashSet<>();
            for (String l : c.body().split("\n")) {
                if (!l.isBlank()) {
                    got.add(key(l));
                }
            }
            Set<String> truth = new HashSet<>();
            for (String p : paras) {
                truth.add(key(p));
            }
            if (c.dateline() != null || c.byline() != null) {
                creditCut(truth, got); // the corpus keeps «دبي (CNN)-- ...» in its first paragraph; the cleaner moves it out
            }
            bodyLines += truth.size();
            for (String t : truth) {
                if (got.contains(t)) {
                    bodyKept++;
                } else if (shown++ < show) {
                    out.println("  lost body line (" + a.id() + "): " + (t.length() > 150 ? t.substring(0, 150) + "…" : t));
                }
            }
            predicted += got.size();
            for (String g : got) {
                if (truth.contains(g)) {
                    predictedBody++;
                }
            }
            if (c.title() != null && key(c.title()).equals(key(a.title()))) {
                titles++;
            }
            for (DebrisInjector.Line d : in.debris()) {
                int[] v = debris.computeIfAbsent(d.kind(), k -> new int[2]);
                v[0]++;
                boolean stays = d.kind() == DebrisKind.DUPLICATE ? countIn(c.body(), d.text()) > 1 : got.contains(key(d.text()));
                if (!stays) {
                    v[1]++;
                }
            }
        }
        Figures f = new Figures(sample.size(), bodyLines, bodyKept, predicted, predictedBody, titles, debris);
        out.printf(Locale.ROOT, "%s: %d articles; body recall %.3f, precision %.3f; debris removed %.3f; titles %d/%d%n",
                name, f.articles(), f.recall(), f.precision(), f.removed(), titles, f.articles());
        StringBuilder b = new StringBuilder("  debris removed by kind:");
        for (Map.Entry<DebrisKind, int[]> e : debris.entrySet()) {
            b.append(String.format(Locale.ROOT, " %s %d/%d", e.getKey().name().toLowerCase(Locale.ROOT), e.getValue()[1], e.getValue()[0]));
        }
        out.println(b);
        out.flush();
        return f;
    }

    /**
     * Where the cleaner moved a dateline or byline out of the first paragraph, the corpus paragraph that is that
     * line with the credit before it stands for the line in {@code truth} (a credit is at most
     * {@value #MAX_CREDIT_CHARS} characters).
     */
    private static void creditCut(Set<String> truth, Set<String> got) {
        for (String g : got) {
            if (truth.contains(g)) {
                continue;
            }
            String whole = null;
            for (String t : truth) {
                if (t.length() > g.length() && t.length() - g.length() <= MAX_CREDIT_CHARS && t.endsWith(g)) {
                    whole = t;
                    break;
                }
            }
            if (whole != null) {
                truth.remove(whole);
                truth.add(g);
                return;
            }
        }
    }

    /** Longest dateline and byline the evaluation lets the cleaner move out of a paragraph. */
    static final int MAX_CREDIT_CHARS = 80;

    private static int countIn(String body, String line) {
        int n = 0;
        String k = key(line);
        for (String l : body.split("\n")) {
            if (key(l).equals(k)) {
                n++;
            }
        }
        return n;
    }

    /** The non-blank paragraphs of a clean corpus body. */
    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String l : body.split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    private static String key(String s) {
        return ArabicNormalizer.normalize(s).replaceAll("\\s+", " ").strip();
    }
}
