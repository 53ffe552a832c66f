package org.mirsad.app.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Quote;
import org.mirsad.core.model.Span;
import org.mirsad.index.corpus.StatementView;
import org.mirsad.index.store.ArticleMapper;

/**
 * What the corpus says about one entity: how often and when it is mentioned, the roles the texts
 * give it, its statements and the statements about it, and the entities it appears with.
 *
 * @param name        the name as most often written
 * @param type        the entity type (the most frequent one when not asked for)
 * @param articles    number of articles mentioning it (or quoting it)
 * @param timeline    articles per month ({@code YYYY-MM}), in date order
 * @param roles       roles and titles the texts attach to it, most frequent first
 * @param spellings   surface forms of its mentions, most frequent first
 * @param by          statements it made, in date order
 * @param about       statements by others whose content mentions it, in date order
 * @param cooccurring other entities ({@code TYPE:name}) in the same articles, by number of articles
 * @param recent      its articles, newest first
 */
public record EntityProfile(String name, EntityType type, int articles, List<Count> timeline, List<Count> roles,
        List<Count> spellings, List<StatementView> by, List<StatementView> about, List<Count> cooccurring,
        List<ArticleRef> recent) {

    /** Entities listed as co-occurring. */
    public static final int COOCCURRING = 24;
    /** Articles listed. */
    public static final int RECENT = 50;
    /** Statements listed in each of {@code by} and {@code about}. */
    public static final int STATEMENTS = 100;

    /** A value and how many times it was seen. */
    public record Count(String value, int count) {
    }

    /** Copies the lists. */
    public EntityProfile {
        timeline = List.copyOf(timeline);
        roles = List.copyOf(roles);
        spellings = List.copyOf(spellings);
        by = List.copyOf(by);
        about = List.copyOf(about);
        cooccurring = List.copyOf(cooccurring);
        recent = List.copyOf(recent);
    }

    /**
     * The profile of the entity named {@code name} (any spelling) over {@code docs}, the articles that
     * mention or quote it, keyed by store id.
     *
     * @param type the entity type, or null for any
     */
    public static EntityProfile of(String name, EntityType type, Map<String, Document> docs) {
        String key = ArticleMapper.keyword(name);
        Map<EntityType, Integer> types = new HashMap<>();
        for (Document d : docs.values()) {
            for (Entity e : d.getOrEmpty(Layer.ENTITIES)) {
                if (matches(e, key)) {
                    types.merge(e.type(), 1, Integer::sum);
                }
            }
        }
        EntityType t = type != null ? type : types.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(EntityType.PERSON);
        Map<String, Integer> months = new TreeMap<>();
        Map<String, Integer> roles = new HashMap<>();
        Map<String, Integer> spellings = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> others = new HashMap<>();
        List<StatementView> by = new ArrayList<>();
        List<StatementView> about = new ArrayList<>();
        List<ArticleRef> refs = new ArrayList<>();
        int articles = 0;
        for (Map.Entry<String, Document> x : docs.entrySet()) {
            Document d = x.getValue();
            List<Span> mentions = new ArrayList<>();
            Set<String> with = new LinkedHashSet<>();
            for (Entity e : d.getOrEmpty(Layer.ENTITIES)) {
                if (matches(e, key) && e.type() == t) {
                    mentions.add(e.span());
                    spellings.merge(e.text(), 1, Integer::sum);
                    names.merge(e.canonical(), 1, Integer::sum);
                    if (e.role() != null && !e.role().isBlank()) {
                        roles.merge(e.role(), 1, Integer::sum);
                    }
                } else if (!matches(e, key)) {
                    with.add(e.type() + ":" + e.canonical());
                }
            }
            boolean quoted = false;
            for (Quote q : d.getOrEmpty(Layer.QUOTES)) {
                boolean speaks = q.speaker() != null && (key.equals(ArticleMapper.keyword(q.speaker().text()))
                        || q.speaker().canonical() != null && key.equals(ArticleMapper.keyword(q.speaker().canonical()))
                        || mentions.stream().anyMatch(m -> overlaps(m, q.speaker().span())));
                if (speaks) {
                    quoted = true;
                    by.add(view(x.getKey(), d, q));
                } else if (mentions.stream().anyMatch(m -> m.start() >= q.content().start() && m.end() <= q.content().end())) {
                    about.add(view(x.getKey(), d, q));
                }
            }
            if (mentions.isEmpty() && !quoted) {
                continue;
            }
            articles++;
            with.forEach(w -> others.merge(w, 1, Integer::sum));
            if (d.meta().published() != null) {
                months.merge(d.meta().published().toString().substring(0, 7), 1, Integer::sum);
            }
            refs.add(new ArticleRef(x.getKey(), d.meta().title(), d.meta().outlet(), d.meta().published()));
        }
        Comparator<StatementView> byDate = Comparator.comparing((StatementView s) -> s.published() == null ? LocalDate.MIN : s.published())
                .thenComparing(StatementView::articleId);
        by.sort(byDate);
        about.sort(byDate);
        refs.sort(Comparator.comparing((ArticleRef r) -> r.published() == null ? LocalDate.MIN : r.published()).reversed()
                .thenComparing(ArticleRef::id));
        List<Count> timeline = new ArrayList<>();
        months.forEach((m, c) -> timeline.add(new Count(m, c)));
        String shown = top(names, 1).stream().findFirst().map(Count::value).orElse(name.strip());
        return new EntityProfile(shown, t, articles, timeline, top(roles, 20), top(spellings, 10),
                by.subList(0, Math.min(STATEMENTS, by.size())), about.subList(0, Math.min(STATEMENTS, about.size())),
                top(others, COOCCURRING), refs.subList(0, Math.min(RECENT, refs.size())));
    }

    private static boolean matches(Entity e, String key) {
        return key.equals(ArticleMapper.keyword(e.canonical())) || key.equals(ArticleMapper.keyword(e.text()));
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static StatementView view(String id, Document d, Quote q) {
        String speaker = q.speaker() == null ? null : q.speaker().canonical() != null ? q.speaker().canonical() : q.speaker().text();
        return new StatementView(id, d.meta().published(), d.meta().outlet(), speaker, q.cue().text(), q.content().in(d.text()),
                q.direct(), q.via());
    }

    /** The {@code n} most frequent values, ties by value. */
    static List<Count> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(e -> new Count(e.getKey(), e.getValue())).toList();
    }
}
