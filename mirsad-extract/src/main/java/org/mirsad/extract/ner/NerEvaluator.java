package org.mirsad.extract.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * CoNLL exact-span scoring: a predicted entity counts only when its type, start and end all match a gold
 * entity. Scores are given per type (PERSON, ORG, LOC, MISC) and micro-averaged over PERSON, ORG and LOC
 * ({@link #MICRO_TYPES}); MISC is reported but left out of the average, because Mirsad's product does not
 * rely on it and the corpora disagree on what it holds.
 */
public final class NerEvaluator {

    /** Types in the micro average. */
    public static final List<String> MICRO_TYPES = List.of("PERSON", "ORG", "LOC");
    /** Types reported. */
    public static final List<String> TYPES = List.of("PERSON", "ORG", "LOC", "MISC");

    private NerEvaluator() {
    }

    /** Counts for one type. */
    public record Counts(long tp, long fp, long fn) {

        /** Precision. */
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        /** Recall. */
        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        /** F1. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /**
     * An evaluation result.
     *
     * @param perType        counts per type, in {@link #TYPES} order
     * @param micro          micro-averaged counts over {@link #MICRO_TYPES}
     * @param tokens         tokens tagged
     * @param nanos          tagging time (wall clock)
     * @param cpuNanos       tagging time on the tagging thread's core (CPU time; 0 when the JVM cannot tell)
     */
    public record Report(Map<String, Counts> perType, Counts micro, long tokens, long nanos, long cpuNanos) {

        /** Tokens per second of wall-clock time. */
        public double tokensPerSecond() {
            return nanos == 0 ? 0 : tokens * 1e9 / nanos;
        }

        /**
         * Tokens per second of the tagging thread's CPU time: the rate of one core, less disturbed than
         * {@link #tokensPerSecond} when other processes share the machine.
         */
        public double tokensPerCpuSecond() {
            return cpuNanos == 0 ? 0 : tokens * 1e9 / cpuNanos;
        }

        /** A plain-text table. */
        public String format() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-8s %9s %9s %9s %7s %7s %7s%n", "type", "precision", "recall", "f1",
                    "tp", "fp", "fn"));
            for (Map.Entry<String, Counts> e : perType.entrySet()) {
                row(b, e.getKey(), e.getValue());
            }
            row(b, "micro", micro);
            b.append(String.format(Locale.ROOT, "(micro over PERSON, ORG, LOC; MISC not averaged)%n"));
            b.append(String.format(Locale.ROOT, "tokens: %d, tokens/second: %.0f (wall clock), %.0f (CPU time of the tagging thread)%n",
                    tokens, tokensPerSecond(), tokensPerCpuSecond()));
            return b.toString();
        }

        private static void row(StringBuilder b, String name, Counts c) {
            b.append(String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %7d %7d %7d%n", name, c.precision(), c.recall(),
                    c.f1(), c.tp(), c.fp(), c.fn()));
        }
    }

    /** A typed span over token indices. */
    public record Chunk(int start, int end, String type) {
    }

    /** The entity chunks of a BIO tag sequence (an I- tag that does not continue an entity starts one). */
    public static List<Chunk> chunks(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            boolean cont = t.startsWith("I-") && type != null && t.substring(2).equals(type);
            if (!cont && type != null) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if (!cont && !t.equals("O")) {
                start = i;
                type = t.substring(2);
            }
        }
        return out;
    }

    /** Scores predicted against gold tag sequences. */
    public static Report score(List<List<String>> gold, List<List<String>> predicted, long tokens, long nanos) {
        return score(gold, predicted, tokens, nanos, 0);
    }

    /** Scores predicted against gold tag sequences, with the tagging thread's CPU time. */
    public static Report score(List<List<String>> gold, List<List<String>> predicted, long tokens, long nanos,
            long cpuNanos) {
        Map<String, long[]> c = new LinkedHashMap<>();
        for (String t : TYPES) {
            c.put(t, new long[3]);
        }
        for (int s = 0; s < gold.size(); s++) {
            List<Chunk> g = chunks(gold.get(s));
            List<Chunk> p = chunks(predicted.get(s));
            for (Chunk x : p) {
                long[] k = c.get(x.type());
                if (k == null) {
                    continue;
                }
                if (g.contains(x)) {
                    k[0]++;
                } else {
                    k[1]++;
                }
            }
            for (Chunk x : g) {
                long[] k = c.get(x.type());
                if (k != null && !p.contains(x)) {
                    k[2]++;
                }
            }
        }
        Map<String, Counts> per = new LinkedHashMap<>();
        Counts micro = new Counts(0, 0, 0);
        for (Map.Entry<String, long[]> e : c.entrySet()) {
            Counts k = new Counts(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            per.put(e.getKey(), k);
            if (MICRO_TYPES.contains(e.getKey())) {
                micro = micro.plus(k);
            }
        }
        return new Report(per, micro, tokens, nanos, cpuNanos);
    }

    /** Tags every sentence with {@code tagger} (timed) and scores the result. */
    public static Report evaluate(List<ConllSentence> sentences, Function<List<ConllSentence>, List<List<String>>> tagger) {
        Objects.requireNonNull(tagger);
        long tokens = 0;
        for (ConllSentence s : sentences) {
            tokens += s.size();
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isCurrentThreadCpuTimeSupported();
        long c0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
        long t0 = System.nanoTime();
        List<List<String>> pred = tagger.apply(sentences);
        long nanos = System.nanoTime() - t0;
        long cpuNanos = cpu ? mx.getCurrentThreadCpuTime() - c0 : 0;
        List<List<String>> gold = new ArrayList<>();
        for (ConllSentence s : sentences) {
            gold.add(s.tags());
        }
        return score(gold, pred, tokens, nanos, cpuNanos);
    }

    /**
     * Evaluates the whole hybrid recognizer ({@link NerTagger#tagDocument}), each sentence as a document
     * of its own (CoNLL files carry no document boundaries, so no consistency across sentences).
     */
    public static Report evaluateHybrid(List<ConllSentence> sentences, NerTagger tagger) {
        return evaluateHybrid(sentences, tagger, 1);
    }

    /**
     * Evaluates the whole hybrid recognizer over runs of {@code window} consecutive sentences taken as one
     * document each (for corpora that are streams of articles without marked boundaries: names repeated
     * within a run get the document-level consistency rules, as they would within a real article).
     */
    public static Report evaluateHybrid(List<ConllSentence> sentences, NerTagger tagger, int window) {
        int w = Math.max(1, window);
        return evaluate(sentences, ss -> {
            List<List<String>> out = new ArrayList<>(ss.size());
            for (int from = 0; from < ss.size(); from += w) {
                List<List<String>> doc = new ArrayList<>();
                for (ConllSentence s : ss.subList(from, Math.min(ss.size(), from + w))) {
                    doc.add(s.tokens());
                }
                out.addAll(tagger.tagDocument(doc));
            }
            return out;
        });
    }

    /**
     * Evaluates what {@code mirsad analyze} outputs: the text layer and the whole entities stage, over runs
     * of {@code window} consecutive sentences taken as one document each (see {@link #evaluateHybrid}).
     */
    public static Report evaluateStage(List<ConllSentence> sentences, NerStage stage, int window) {
        int w = Math.max(1, window);
        return evaluate(sentences, ss -> {
            List<List<String>> out = new ArrayList<>(ss.size());
            for (int from = 0; from < ss.size(); from += w) {
                out.addAll(StageEvaluation.tag(ss.subList(from, Math.min(ss.size(), from + w)), stage));
            }
            return out;
        });
    }

    /** Evaluates a tagger sentence by sentence (statistical model only). */
    public static Report evaluate(List<ConllSentence> sentences, NerTagger tagger) {
        return evaluate(sentences, ss -> {
            List<List<String>> out = new ArrayList<>(ss.size());
            for (ConllSentence s : ss) {
                out.add(tagger.tag(s.tokens()));
            }
            return out;
        });
    }
}
