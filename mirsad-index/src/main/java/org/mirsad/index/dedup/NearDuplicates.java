package org.mirsad.index.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirsad.arabic.ArabicTokenizer;
import org.mirsad.arabic.LightStemmer;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;
import org.mirsad.index.dedup.internal.MinHash;
import org.mirsad.index.dedup.internal.UnionFind;

/**
 * Near-duplicate detection over a stream of articles: MinHash signatures of light-stemmed word
 * shingles, locality-sensitive hashing to find candidate pairs, and a check of each pair's
 * estimated similarity (and, for short texts, of negation) before grouping.
 *
 * <p>{@link #fingerprint} is pure and thread-safe, so signatures can be computed in parallel;
 * {@link #add} and {@link #groups} are not thread-safe.
 */
public final class NearDuplicates {

    /** Negation words (normalized): a short text that differs in them makes a different claim. */
    public static final Set<String> NEGATIONS = Set.of(
            "لا", "لم", "لن", "ليس", "ليست", "ليسوا", "غير", "عدم", "نفي", "ينفي", "تنفي", "نفت", "ينفون", "نفوا",
            "دون", "بدون", "كذب", "تكذب", "يكذب", "كذبت", "زيف", "شائعه", "شائعات");

    private final DedupConfig config;
    private final MinHash minHash;
    private final List<Fingerprint> items = new ArrayList<>();
    private final List<Map<Long, List<Integer>>> buckets = new ArrayList<>();

    /** Detection with {@code config}. */
    public NearDuplicates(DedupConfig config) {
        this.config = config;
        this.minHash = new MinHash(config.hashes(), config.seed());
        for (int b = 0; b < config.bands(); b++) {
            buckets.add(new HashMap<>());
        }
    }

    /** The fingerprint of an article's text (title and body, as the caller chooses). */
    public Fingerprint fingerprint(String id, long time, String text) {
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        List<String> words = new ArrayList<>(tokens.size());
        int negations = 0;
        for (Token t : tokens) {
            if (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL) {
                continue;
            }
            if (NEGATIONS.contains(t.norm()) || NEGATIONS.contains(t.stem())) {
                negations++;
            }
            words.add(LightStemmer.stem(t));
        }
        return new Fingerprint(id, time, minHash.signature(words, config.shingle()), words.size(), negations);
    }

    /** Adds an article. */
    public void add(Fingerprint f) {
        int index = items.size();
        items.add(f);
        long[] keys = bandKeys(f);
        for (int b = 0; b < keys.length; b++) {
            buckets.get(b).computeIfAbsent(keys[b], k -> new ArrayList<>(2)).add(index);
        }
    }

    /**
     * The LSH bucket key of {@code f} in each band: two articles are candidates when they share a
     * key in some band. Lets a distributed job band signatures exactly as {@link #add} does.
     */
    public long[] bandKeys(Fingerprint f) {
        int rows = config.rows();
        long[] keys = new long[config.bands()];
        for (int b = 0; b < keys.length; b++) {
            keys[b] = MinHash.bandKey(f, b * rows, rows);
        }
        return keys;
    }

    /** Number of articles added. */
    public int size() {
        return items.size();
    }

    /** Whether {@code a} and {@code b} are near-duplicates under this configuration. */
    public boolean duplicates(Fingerprint a, Fingerprint b) {
        if (a.words() == 0 || b.words() == 0) {
            return false;
        }
        boolean shortText = Math.min(a.words(), b.words()) < config.shortText();
        if (shortText && a.negations() != b.negations()) {
            return false;
        }
        return a.similarity(b) >= (shortText ? config.shortThreshold() : config.threshold());
    }

    /**
     * Splits a chain-linked cluster (in time order) so that every member is a duplicate of its
     * group's original: each article joins the earliest group whose original it duplicates, or
     * starts a group. Templated items (same wording, different names) linked only through chains
     * of pairs are kept apart this way. Groups of one are dropped.
     */
    private List<List<Fingerprint>> splitByOriginal(List<Fingerprint> members) {
        List<List<Fingerprint>> out = new ArrayList<>();
        for (Fingerprint m : members) {
            List<Fingerprint> home = null;
            for (List<Fingerprint> g : out) {
                if (duplicates(g.get(0), m)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                out.add(home);
            }
            home.add(m);
        }
        out.removeIf(g -> g.size() < 2);
        return out;
    }

    /** The duplicate groups among the articles added, largest first, then by original time. */
    public List<DuplicateGroup> groups() {
        UnionFind sets = new UnionFind(items.size());
        for (Map<Long, List<Integer>> band : buckets) {
            for (List<Integer> bucket : band.values()) {
                if (bucket.size() < 2) {
                    continue;
                }
                for (int i = 0; i < bucket.size(); i++) {
                    for (int j = i + 1; j < bucket.size(); j++) {
                        int a = bucket.get(i);
                        int b = bucket.get(j);
                        if (sets.find(a) != sets.find(b) && duplicates(items.get(a), items.get(b))) {
                            sets.union(a, b);
                        }
                    }
                }
            }
        }
        Map<Integer, List<Fingerprint>> byRoot = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(items.get(i));
        }
        List<DuplicateGroup> groups = new ArrayList<>();
        for (List<Fingerprint> members : byRoot.values()) {
            if (members.size() < 2) {
                continue;
            }
            members.sort(Comparator.comparingLong(Fingerprint::time).thenComparing(Fingerprint::id));
            for (List<Fingerprint> g : splitByOriginal(members)) {
                Fingerprint original = g.get(0);
                List<DuplicateGroup.Member> out = new ArrayList<>();
                for (Fingerprint m : g) {
                    out.add(new DuplicateGroup.Member(m.id(), m.time(), m == original ? 1.0 : original.similarity(m)));
                }
                groups.add(new DuplicateGroup(out));
            }
        }
        groups.sort(Comparator.comparingInt((DuplicateGroup g) -> -g.members().size())
                .thenComparingLong(g -> g.original().time()).thenComparing(g -> g.original().id()));
        return groups;
    }
}
