package org.mirsad.index.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.arabic.ArabicTokenizer;
import org.mirsad.arabic.LightStemmer;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;
import org.mirsad.index.analysis.MirsadTokenizer;

/**
 * Online clustering of articles into stories. Articles are read in date order; each is compared
 * (cosine of TF-IDF vectors of light-stemmed title and lead words plus entity names) with the
 * centroids of the stories still open — those with an article in the last
 * {@link StoryConfig#windowDays()} days — and joins the most similar one above the threshold, or
 * starts a new story. Candidate stories are found through an inverted index of centroid terms, so
 * the cost grows with the articles, not with articles × stories.
 */
public final class StoryClusterer {

    /** An article's strongest terms, through which candidate stories are found. */
    public static final int QUERY_TERMS = 12;
    /** Characters read per lead word wanted (Arabic words with their spaces average under 7). */
    public static final int LEAD_CHARS_PER_WORD = 10;
    /**
     * Pseudo-documents added to the corpus size in IDF, as if a background corpus that lacks the
     * term stood behind it: in a small corpus, a story's own words stay informative.
     */
    public static final double BACKGROUND_DOCUMENTS = 1000;
    /** Candidate stories (best by partial score over the strongest terms) compared in full. */
    public static final int CANDIDATES = 8;
    /** Terms found in more open stories than this are left out of the similarity (they name no story). */
    public static final int MAX_POSTING = 60;
    /** A story's running term sums are pruned back when they exceed this many times the centroid size. */
    public static final int SUM_TERMS_FACTOR = 4;

    private final StoryConfig config;

    /** A clusterer with {@code config}. */
    public StoryClusterer(StoryConfig config) {
        this.config = config;
    }

    private static final class Open {
        final int index;
        final List<StoryArticle> articles = new ArrayList<>();
        Map<String, Double> centroid = new HashMap<>();
        final Map<String, Double> sum = new HashMap<>();
        LocalDate last;

        Open(int index) {
            this.index = index;
        }
    }

    /** The stories of {@code articles}, largest first, then by first date. */
    public List<Story> cluster(List<StoryArticle> articles) {
        List<StoryArticle> sorted = new ArrayList<>(articles);
        LocalDate earliest = sorted.stream().map(StoryArticle::published).filter(d -> d != null).min(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
        LocalDate undated = earliest.minusDays(1);
        sorted.sort(Comparator.comparing((StoryArticle a) -> a.published() == null ? undated : a.published())
                .thenComparing(StoryArticle::id));
        List<Map<String, Double>> tfs = new ArrayList<>(sorted.size());
        Map<String, Integer> df = new HashMap<>();
        for (StoryArticle a : sorted) {
            Map<String, Double> tf = termFrequencies(a);
            tfs.add(tf);
            for (String t : tf.keySet()) {
                df.merge(t, 1, Integer::sum);
            }
        }
        int n = sorted.size();
        List<Open> all = new ArrayList<>();
        Map<String, Map<Open, Double>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            StoryArticle a = sorted.get(i);
            LocalDate day = a.published() == null ? undated : a.published();
            Map<String, Double> v = weigh(tfs.get(i), df, n);
            Open best = null;
            double bestSim = config.threshold();
            LocalDate open = day.minusDays(config.windowDays());
            Map<Open, Double> scores = new HashMap<>();
            for (String t : strongest(v, QUERY_TERMS)) {
                Map<Open, Double> posting = postings.get(t);
                if (posting == null) {
                    continue;
                }
                posting.keySet().removeIf(st -> st.last.isBefore(open)); // closed stories never come back
                if (posting.size() > MAX_POSTING) {
                    continue; // a term in that many open stories says little about any of them
                }
                double w = v.get(t);
                for (Map.Entry<Open, Double> e : posting.entrySet()) {
                    scores.merge(e.getKey(), w * e.getValue(), Double::sum);
                }
            }
            List<Map.Entry<Open, Double>> ranked = new ArrayList<>(scores.entrySet());
            ranked.sort(Map.Entry.<Open, Double>comparingByValue().reversed()
                    .thenComparing(e -> e.getKey().index));
            for (Map.Entry<Open, Double> e : ranked.subList(0, Math.min(CANDIDATES, ranked.size()))) {
                double sim = cosine(v, e.getKey().centroid);
                if (sim > bestSim || sim == bestSim && best != null && e.getKey().index < best.index
                        || sim >= bestSim && best == null) {
                    best = e.getKey();
                    bestSim = sim;
                }
            }
            if (best == null) {
                best = new Open(all.size());
                all.add(best);
            }
            final Open story = best;
            story.articles.add(a);
            story.last = day;
            for (String t : story.centroid.keySet()) {
                Map<Open, Double> p = postings.get(t);
                if (p != null) {
                    p.remove(story);
                }
            }
            v.forEach((t, w) -> story.sum.merge(t, w, Double::sum));
            if (story.sum.size() > SUM_TERMS_FACTOR * config.centroidTerms()) {
                Map<String, Double> kept = new HashMap<>();
                for (String t : strongest(story.sum, SUM_TERMS_FACTOR * config.centroidTerms() / 2)) {
                    kept.put(t, story.sum.get(t));
                }
                story.sum.clear();
                story.sum.putAll(kept);
            }
            story.centroid = top(story.sum, config.centroidTerms());
            for (Map.Entry<String, Double> e : story.centroid.entrySet()) {
                postings.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(story, e.getValue());
            }
        }
        List<Story> stories = new ArrayList<>();
        for (Open s : all) {
            List<String> terms = s.centroid.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(8).map(Map.Entry::getKey).toList();
            stories.add(new Story(s.articles.get(0).id(), s.articles, terms));
        }
        stories.sort(Comparator.comparingInt((Story s) -> -s.articles().size())
                .thenComparing(s -> s.articles().get(0).published() == null ? undated : s.articles().get(0).published())
                .thenComparing(Story::id));
        return stories;
    }

    private Map<String, Double> termFrequencies(StoryArticle a) {
        Map<String, Double> tf = new HashMap<>();
        addWords(tf, a.title(), config.titleWeight(), Integer.MAX_VALUE);
        addWords(tf, a.body(), 1.0, config.leadWords());
        for (String e : a.entities()) {
            tf.merge("@" + ArabicNormalizer.normalize(e).strip(), config.entityWeight(), Double::sum);
        }
        return tf;
    }

    private static void addWords(Map<String, Double> tf, String text, double weight, int max) {
        int count = 0;
        int end = max == Integer.MAX_VALUE ? text.length() : Math.min(text.length(), max * LEAD_CHARS_PER_WORD);
        for (Token t : ArabicTokenizer.tokenize(text, 0, end)) {
            if (count >= max) {
                break;
            }
            if (t.kind() != TokenKind.ARABIC && t.kind() != TokenKind.LATIN) {
                continue;
            }
            count++;
            if (MirsadTokenizer.STOP_WORDS.contains(t.norm())) {
                continue;
            }
            String stem = LightStemmer.stem(t);
            if (stem.length() >= 2) {
                tf.merge(stem, weight, Double::sum);
            }
        }
    }

    private static Map<String, Double> weigh(Map<String, Double> tf, Map<String, Integer> df, int n) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            double idf = Math.log((n + BACKGROUND_DOCUMENTS) / (df.get(e.getKey()) + 0.5));
            double w = (1 + Math.log(e.getValue())) * Math.max(0, idf);
            if (w > 0) {
                v.put(e.getKey(), w);
                norm += w * w;
            }
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            v.replaceAll((k, w) -> w / len);
        }
        return v;
    }

    /** The {@code k} terms of highest weight (ties by term), strongest first. */
    private static List<String> strongest(Map<String, Double> v, int k) {
        if (v.size() <= k) {
            List<String> all = new ArrayList<>(v.keySet());
            all.sort(Comparator.naturalOrder());
            return all;
        }
        Comparator<Map.Entry<String, Double>> weakestFirst = (a, b) -> {
            int c = Double.compare(a.getValue(), b.getValue());
            return c != 0 ? c : b.getKey().compareTo(a.getKey());
        };
        java.util.PriorityQueue<Map.Entry<String, Double>> heap = new java.util.PriorityQueue<>(weakestFirst);
        for (Map.Entry<String, Double> e : v.entrySet()) {
            heap.add(e);
            if (heap.size() > k) {
                heap.poll();
            }
        }
        List<String> out = new ArrayList<>();
        while (!heap.isEmpty()) {
            out.add(heap.poll().getKey());
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static Map<String, Double> top(Map<String, Double> sum, int k) {
        Map<String, Double> out = new HashMap<>();
        double norm = 0;
        for (String t : strongest(sum, k)) {
            double w = sum.get(t);
            out.put(t, w);
            norm += w * w;
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            out.replaceAll((t, w) -> w / len);
        }
        return out;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> big = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = big.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
