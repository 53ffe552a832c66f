package org.mirsad.extract.clean;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mirsad.extract.clean.internal.Line;
import org.mirsad.extract.clean.internal.LineKey;

/**
 * Boilerplate learned from several articles of one outlet: lines that recur across articles (mastheads,
 * menus, staff lines, footers, stamp templates) are boilerplate in every article of that outlet.
 *
 * <p>Each line is reduced to its profile key ({@link LineKey#profileKey}: normalized, punctuation folded,
 * digit runs masked, so "آخر تحديث: 12:30" of two days share a key). The profile holds the document
 * frequency of each key. A key is boilerplate when it occurs in at least {@code minDocs} articles and in at
 * least {@code minShare} of them. The outlet is guessed from the most frequent opening line, when it is a
 * short boilerplate line. Immutable and thread-safe; serializable, so a profile learned once can be
 * shipped to the workers of a distributed job.
 */
public final class BoilerplateProfile implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Default least number of articles a boilerplate line occurs in. */
    public static final int DEFAULT_MIN_DOCS = 2;
    /** Default least share of articles a boilerplate line occurs in. */
    public static final double DEFAULT_MIN_SHARE = 0.3;
    /** Most words of a line taken as the outlet's name. */
    public static final int MAX_OUTLET_WORDS = 6;

    private static final BoilerplateProfile EMPTY = new BoilerplateProfile(Map.of(), 0, DEFAULT_MIN_DOCS,
            DEFAULT_MIN_SHARE, null);

    private final Map<String, Integer> df;
    private final int articles;
    private final int minDocs;
    private final double minShare;
    private final String outlet;

    private BoilerplateProfile(Map<String, Integer> df, int articles, int minDocs, double minShare, String outlet) {
        this.df = df;
        this.articles = articles;
        this.minDocs = minDocs;
        this.minShare = minShare;
        this.outlet = outlet;
    }

    /** The profile that knows nothing (no line is boilerplate). */
    public static BoilerplateProfile empty() {
        return EMPTY;
    }

    /** Learns with {@link #DEFAULT_MIN_DOCS} and {@link #DEFAULT_MIN_SHARE}. */
    public static BoilerplateProfile learn(Collection<String> rawArticles) {
        return learn(rawArticles, DEFAULT_MIN_DOCS, DEFAULT_MIN_SHARE);
    }

    /**
     * Learns the recurring lines of the given raw articles of one outlet.
     *
     * @param rawArticles the raw texts (null entries are skipped)
     * @param minDocs     least number of articles a boilerplate line occurs in (at least 2)
     * @param minShare    least share of articles a boilerplate line occurs in, in [0, 1]
     */
    public static BoilerplateProfile learn(Collection<String> rawArticles, int minDocs, double minShare) {
        if (minDocs < 2 || minShare < 0 || minShare > 1) {
            throw new IllegalArgumentException("minDocs must be >= 2 and minShare in [0, 1]");
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> openers = new HashMap<>();
        Map<String, String> openerText = new HashMap<>();
        int n = 0;
        for (String raw : rawArticles) {
            if (raw == null) {
                continue;
            }
            n++;
            Set<String> seen = new HashSet<>();
            boolean first = true;
            for (Line l : Line.split(raw)) {
                String k = LineKey.profileKey(l.text);
                if (k.isEmpty()) {
                    continue;
                }
                if (seen.add(k)) {
                    counts.merge(k, 1, Integer::sum);
                }
                if (first) {
                    openers.merge(k, 1, Integer::sum);
                    openerText.putIfAbsent(k, l.text);
                    first = false;
                }
            }
        }
        Map<String, Integer> kept = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 2) {
                kept.put(e.getKey(), e.getValue());
            }
        }
        String outlet = null;
        int best = 0;
        for (Map.Entry<String, Integer> e : openers.entrySet()) {
            int c = e.getValue();
            String k = e.getKey();
            if (c >= minDocs && c >= minShare * n && LineKey.words(k).length <= MAX_OUTLET_WORDS
                    && (c > best || c == best && outlet != null && k.compareTo(LineKey.profileKey(outlet)) < 0)) {
                best = c;
                outlet = openerText.get(k);
            }
        }
        return new BoilerplateProfile(Map.copyOf(kept), n, minDocs, minShare, outlet);
    }

    /** Number of articles learned from. */
    public int articleCount() {
        return articles;
    }

    /** In how many learned articles a line (any spelling with the same profile key) occurs. */
    public int documentFrequency(String line) {
        return df.getOrDefault(LineKey.profileKey(line), 0);
    }

    /** Whether a line is boilerplate for this outlet. */
    public boolean isBoilerplate(String line) {
        if (articles == 0) {
            return false;
        }
        int f = documentFrequency(line);
        return f >= minDocs && f >= minShare * articles;
    }

    /** The outlet's name guessed from the most frequent opening line, or null. */
    public String outlet() {
        return outlet;
    }

    /** Whether the profile knows nothing. */
    public boolean isEmpty() {
        return articles == 0;
    }
}
