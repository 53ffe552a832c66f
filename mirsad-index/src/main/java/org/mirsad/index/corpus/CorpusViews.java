package org.mirsad.index.corpus;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Quote;
import org.mirsad.index.dedup.DedupConfig;
import org.mirsad.index.dedup.DuplicateGroup;
import org.mirsad.index.dedup.NearDuplicates;
import org.mirsad.index.search.CorpusSearcher;
import org.mirsad.index.story.Story;
import org.mirsad.index.story.StoryArticle;
import org.mirsad.index.story.StoryClusterer;
import org.mirsad.index.story.StoryConfig;

/**
 * Views across the whole corpus: near-duplicate groups, stories with their statement timelines,
 * and statements grouped by speaker. Each view reads every stored article once.
 */
public final class CorpusViews {

    private final CorpusSearcher searcher;

    /** Views over the corpus {@code searcher} reads. */
    public CorpusViews(CorpusSearcher searcher) {
        this.searcher = searcher;
    }

    /** Near-duplicate groups (title and body), earliest article first in each. */
    public List<DuplicateGroup> duplicates(DedupConfig config) throws IOException {
        NearDuplicates dedup = new NearDuplicates(config);
        List<org.mirsad.index.dedup.Fingerprint> prints = new ArrayList<>();
        List<Map.Entry<String, Document>> docs = all();
        docs.parallelStream().map(e -> dedup.fingerprint(e.getKey(), time(e.getValue()),
                title(e.getValue()) + "\n" + e.getValue().text())).forEachOrdered(prints::add);
        prints.forEach(dedup::add);
        return dedup.groups();
    }

    /** Stories of the corpus. */
    public List<Story> stories(StoryConfig config) throws IOException {
        List<StoryArticle> articles = new ArrayList<>();
        for (Map.Entry<String, Document> e : all()) {
            Document d = e.getValue();
            List<String> entities = d.getOrEmpty(Layer.ENTITIES).stream()
                    .map(x -> x.canonical() != null ? x.canonical() : x.text()).distinct().toList();
            articles.add(new StoryArticle(e.getKey(), d.meta().published(), d.meta().outlet(), title(d), d.text(), entities));
        }
        return new StoryClusterer(config).cluster(articles);
    }

    /** The statements of the given articles, in date order. */
    public List<StatementView> statements(List<String> articleIds) throws IOException {
        List<StatementView> out = new ArrayList<>();
        for (String id : articleIds) {
            Document d = searcher.document(id);
            if (d != null) {
                addStatements(id, d, out);
            }
        }
        out.sort(Comparator.comparing((StatementView s) -> s.published() == null ? LocalDate.MIN : s.published())
                .thenComparing(StatementView::articleId));
        return out;
    }

    /**
     * Statements grouped by speaker (normalized name), speakers with most statements first; only
     * speakers whose normalized name contains {@code speaker} when it is given.
     */
    public Map<String, List<StatementView>> statementsBySpeaker(String speaker) throws IOException {
        String want = speaker == null ? null : ArabicNormalizer.normalize(speaker).strip();
        Map<String, List<StatementView>> by = new TreeMap<>();
        for (Map.Entry<String, Document> e : all()) {
            List<StatementView> list = new ArrayList<>();
            addStatements(e.getKey(), e.getValue(), list);
            for (StatementView s : list) {
                String key = s.speaker() == null ? "" : ArabicNormalizer.normalize(s.speaker()).strip();
                if (want == null || key.contains(want)) {
                    by.computeIfAbsent(s.speaker() == null ? "(unnamed)" : s.speaker(), k -> new ArrayList<>()).add(s);
                }
            }
        }
        Map<String, List<StatementView>> sorted = new LinkedHashMap<>();
        by.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<StatementView>> x) -> -x.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(x -> sorted.put(x.getKey(), x.getValue()));
        return sorted;
    }

    /** Entities by canonical name and type, with the number of articles mentioning each. */
    public Map<String, Integer> entityCounts() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (Map.Entry<String, Document> e : all()) {
            e.getValue().getOrEmpty(Layer.ENTITIES).stream()
                    .map((Entity x) -> x.type() + ":" + (x.canonical() != null ? x.canonical() : x.text()))
                    .distinct().forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        return counts;
    }

    private static void addStatements(String id, Document d, List<StatementView> out) {
        for (Quote q : d.getOrEmpty(Layer.QUOTES)) {
            String speaker = q.speaker() == null ? null : q.speaker().canonical() != null ? q.speaker().canonical() : q.speaker().text();
            out.add(new StatementView(id, d.meta().published(), d.meta().outlet(), speaker, q.cue().text(),
                    q.content().in(d.text()), q.direct(), q.via()));
        }
    }

    private List<Map.Entry<String, Document>> all() throws IOException {
        List<Map.Entry<String, Document>> docs = new ArrayList<>();
        searcher.forEachDocument((id, d) -> docs.add(Map.entry(id, d)));
        return docs;
    }

    private static String title(Document d) {
        return d.meta().title() == null ? "" : d.meta().title();
    }

    private static long time(Document d) {
        return d.meta().published() == null ? Long.MAX_VALUE : d.meta().published().toEpochDay();
    }
}
