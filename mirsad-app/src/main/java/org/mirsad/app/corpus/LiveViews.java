package org.mirsad.app.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.EntityType;
import org.mirsad.index.corpus.StatementView;
import org.mirsad.index.dedup.DedupConfig;
import org.mirsad.index.dedup.DuplicateGroup;
import org.mirsad.index.store.ArticleMapper;
import org.mirsad.index.store.Fields;
import org.mirsad.index.story.Story;
import org.mirsad.index.story.StoryArticle;
import org.mirsad.index.story.StoryConfig;

/**
 * The corpus-wide views of a {@link LiveCorpus}: near-duplicates, stories, statements by speaker,
 * entities with counts, and entity profiles. Those that read every article are computed once per
 * committed state and kept until the next one. Thread-safe.
 */
public final class LiveViews {

    /** Most articles an entity profile reads. */
    public static final int ENTITY_ARTICLES = 2000;

    /** A story with its statements, in date order. */
    public record StoryView(Story story, List<StatementView> statements) {
    }

    private final LiveCorpus corpus;

    LiveViews(LiveCorpus corpus) {
        this.corpus = corpus;
    }

    /** Computes the views an article page needs (stories, duplicates) for generation {@code g}. */
    void compute(Generation g) throws IOException {
        stories(g);
        duplicates(g);
    }

    private static List<Story> stories(Generation g) throws IOException {
        return g.memo("stories", () -> g.views.stories(StoryConfig.DEFAULT));
    }

    /** Near-duplicate groups, earliest article first in each, with the listing of each member. */
    public List<List<ArticleRef>> duplicates() throws IOException {
        return corpus.read(this::duplicates);
    }

    private List<List<ArticleRef>> duplicates(Generation g) throws IOException {
        return g.memo("duplicates", () -> {
            List<List<ArticleRef>> out = new ArrayList<>();
            for (DuplicateGroup group : g.views.duplicates(DedupConfig.DEFAULT)) {
                List<ArticleRef> members = new ArrayList<>();
                for (DuplicateGroup.Member m : group.members()) {
                    Document d = g.searcher.document(m.id());
                    members.add(new ArticleRef(m.id(), d.meta().title(), d.meta().outlet(), d.meta().published()));
                }
                out.add(List.copyOf(members));
            }
            return List.copyOf(out);
        });
    }

    /** Stories of at least {@code minArticles} articles, largest first. */
    public List<Story> stories(int minArticles) throws IOException {
        List<Story> all = corpus.read(g -> stories(g));
        return all.stream().filter(s -> s.articles().size() >= minArticles)
                .sorted(Comparator.comparingInt((Story s) -> -s.articles().size())
                        .thenComparing(s -> s.last() == null ? LocalDate.MIN : s.last(), Comparator.reverseOrder())
                        .thenComparing(Story::id))
                .toList();
    }

    /** Story {@code id} with its statements. */
    public Optional<StoryView> story(String id) throws IOException {
        return corpus.read(g -> {
            List<Story> all = stories(g);
            for (Story s : all) {
                if (s.id().equals(id)) {
                    List<StatementView> said = g.views.statements(s.articles().stream().map(StoryArticle::id).toList());
                    return Optional.of(new StoryView(s, said));
                }
            }
            return Optional.empty();
        });
    }

    /** The story article {@code articleId} belongs to, when it belongs to one of two or more articles. */
    public Optional<Story> storyOf(String articleId) throws IOException {
        return corpus.read(g -> {
            List<Story> all = stories(g);
            return all.stream().filter(s -> s.articles().size() > 1)
                    .filter(s -> s.articles().stream().anyMatch(a -> a.id().equals(articleId))).findFirst();
        });
    }

    /** The near-duplicates of article {@code articleId} (its group, itself included), or an empty list. */
    public List<ArticleRef> duplicatesOf(String articleId) throws IOException {
        for (List<ArticleRef> group : duplicates()) {
            if (group.stream().anyMatch(a -> a.id().equals(articleId))) {
                return group;
            }
        }
        return List.of();
    }

    /** Statements grouped by speaker, most statements first; only speakers whose name contains {@code speaker} when given. */
    public Map<String, List<StatementView>> statementsBySpeaker(String speaker) throws IOException {
        return corpus.read(g -> speaker == null || speaker.isBlank()
                ? g.memo("statements", () -> g.views.statementsBySpeaker(null))
                : g.views.statementsBySpeaker(speaker));
    }

    /** Entities ({@code TYPE:name}) with the number of articles mentioning each, most mentioned first. */
    public List<EntityProfile.Count> entities() throws IOException {
        return corpus.read(g -> g.memo("entities", () -> EntityProfile.top(g.views.entityCounts(), Integer.MAX_VALUE)));
    }

    /**
     * Entities of {@code type} (any when null) whose name contains {@code contains} in any spelling
     * (all when null or blank), most mentioned first.
     */
    public List<EntityProfile.Count> entities(EntityType type, String contains) throws IOException {
        String want = contains == null || contains.isBlank() ? null : ArticleMapper.keyword(contains);
        return entities().stream()
                .filter(c -> type == null || c.value().startsWith(type.name() + ":"))
                .filter(c -> want == null || ArticleMapper.keyword(c.value().substring(c.value().indexOf(':') + 1)).contains(want))
                .toList();
    }

    /** What the corpus says about the entity {@code name} (any spelling), of {@code type} or any type when null. */
    public EntityProfile entity(String name, EntityType type) throws IOException {
        return corpus.read(g -> {
            String key = ArticleMapper.keyword(name);
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.ENTITY, key)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(Fields.SPEAKER, key)), BooleanClause.Occur.SHOULD).build();
            IndexSearcher s = g.searcher.rawSearcher();
            Map<String, Document> docs = new LinkedHashMap<>();
            for (ScoreDoc sd : s.search(q, ENTITY_ARTICLES).scoreDocs) {
                org.apache.lucene.document.Document d = s.storedFields().document(sd.doc, Set.of(Fields.ID, Fields.JSON));
                BytesRef json = d.getBinaryValue(Fields.JSON);
                docs.put(d.get(Fields.ID), DocumentJson.fromJsonLine(new String(json.bytes, json.offset, json.length,
                        StandardCharsets.UTF_8)));
            }
            return EntityProfile.of(name, type, docs);
        });
    }

}
