package org.mirsad.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.mirsad.app.eval.corpus.CorpusArticle;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.index.dedup.DedupConfig;
import org.mirsad.index.dedup.DuplicateGroup;
import org.mirsad.index.dedup.Fingerprint;
import org.mirsad.index.dedup.NearDuplicates;

/**
 * Evaluation of near-duplicate detection: groups found in a real corpus (with a sample printed
 * for checking by eye) and, on ANS headline pairs, how many contradictions and paraphrases are
 * reported as duplicates.
 */
public final class DuplicatesEvaluation {

    private final DedupConfig config;

    /** Evaluation with {@code config}. */
    public DuplicatesEvaluation(DedupConfig config) {
        this.config = config;
    }

    /** Figures of a corpus run. */
    public record CorpusFigures(int articles, int groups, int articlesInGroups, int crossOutletGroups,
            int sameTitleGroups, double seconds, Map<Integer, Integer> sizes) {
    }

    /** Groups the articles of a corpus and prints figures and {@code show} sample groups to {@code out}. */
    public CorpusFigures corpus(String name, List<CorpusArticle> articles, int show, long seed, PrintWriter out) {
        long t0 = System.nanoTime();
        NearDuplicates dedup = new NearDuplicates(config);
        List<Fingerprint> prints = articles.parallelStream()
                .map(a -> dedup.fingerprint(a.id(), time(a), a.title() + "\n" + a.body()))
                .toList();
        prints.forEach(dedup::add);
        List<DuplicateGroup> groups = dedup.groups();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, CorpusArticle> byId = articles.stream()
                .collect(Collectors.toMap(CorpusArticle::id, Function.identity(), (a, b) -> a));
        int inGroups = 0;
        int cross = 0;
        int sameTitle = 0;
        Map<Integer, Integer> sizes = new TreeMap<>();
        for (DuplicateGroup g : groups) {
            inGroups += g.members().size();
            sizes.merge(g.members().size(), 1, Integer::sum);
            Set<String> outlets = new HashSet<>();
            Set<String> titles = new HashSet<>();
            for (DuplicateGroup.Member m : g.members()) {
                CorpusArticle a = byId.get(m.id());
                outlets.add(a.outlet());
                titles.add(ArabicNormalizer.normalize(a.title()).strip());
            }
            if (outlets.size() > 1) {
                cross++;
            }
            if (titles.size() == 1) {
                sameTitle++;
            }
        }
        out.printf(Locale.ROOT, "%s: %d articles, %d duplicate groups holding %d articles (%d across outlets, "
                        + "%d with one title); %.1f s (%.0f articles/s)%n", name, articles.size(), groups.size(),
                inGroups, cross, sameTitle, seconds, articles.size() / seconds);
        out.println("  group sizes: " + sizes);
        if (show > 0 && !groups.isEmpty()) {
            List<DuplicateGroup> sample = new ArrayList<>(groups);
            java.util.Collections.shuffle(sample, new java.util.Random(seed));
            out.printf(Locale.ROOT, "  sample of %d groups for checking by eye:%n", Math.min(show, sample.size()));
            int k = 0;
            for (DuplicateGroup g : sample.subList(0, Math.min(show, sample.size()))) {
                out.printf(Locale.ROOT, "  [%d] %d articles%n", ++k, g.members().size());
                for (DuplicateGroup.Member m : g.members()) {
                    CorpusArticle a = byId.get(m.id());
                    out.printf(Locale.ROOT, "      %.2f %s %-12s %s | %s%n", m.similarityToOriginal(), a.date(),
                            a.outlet(), clip(a.title(), 70), clip(a.body().strip().replace('\n', ' '), 90));
                }
            }
        }
        out.flush();
        return new CorpusFigures(articles.size(), groups.size(), inGroups, cross, sameTitle, seconds, sizes);
    }

    /** Figures of the ANS headline pairs. */
    public record PairFigures(int pairs, Map<String, Integer> byStance, Map<String, Integer> reportedByStance) {
    }

    /** Runs every {@code s1,s2,stance} pair of the CSV files and counts those reported as duplicates. */
    public PairFigures pairs(List<Path> csvFiles, PrintWriter out) throws IOException {
        NearDuplicates dedup = new NearDuplicates(config);
        Map<String, Integer> total = new TreeMap<>();
        Map<String, Integer> reported = new TreeMap<>();
        int n = 0;
        for (Path csv : csvFiles) {
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                    String stance = rec.get("stance");
                    Fingerprint a = dedup.fingerprint("a" + n, 0, rec.get("s1"));
                    Fingerprint b = dedup.fingerprint("b" + n, 0, rec.get("s2"));
                    n++;
                    total.merge(stance, 1, Integer::sum);
                    if (dedup.duplicates(a, b)) {
                        reported.merge(stance, 1, Integer::sum);
                        if (!stance.equals("agree")) {
                            out.println("  reported " + stance + ": " + rec.get("s1") + " || " + rec.get("s2"));
                        }
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "ANS headline pairs: %d; by stance %s; reported as duplicates %s%n", n, total, reported);
        out.flush();
        return new PairFigures(n, total, reported);
    }

    private static long time(CorpusArticle a) {
        try {
            return a.date().isEmpty() ? Long.MAX_VALUE : LocalDate.parse(a.date()).toEpochDay();
        } catch (java.time.format.DateTimeParseException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n) + "…";
    }
}
