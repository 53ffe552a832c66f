package org.mirsad.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.index.corpus.CorpusViews;
import org.mirsad.index.corpus.StatementView;
import org.mirsad.index.dedup.DedupConfig;
import org.mirsad.index.dedup.DuplicateGroup;
import org.mirsad.index.search.CorpusSearcher;
import org.mirsad.index.story.Story;
import org.mirsad.index.story.StoryArticle;
import org.mirsad.index.story.StoryConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The corpus-wide listings: {@code duplicates}, {@code stories} and {@code quotes}. */
public final class CorpusViewCommands {

    private CorpusViewCommands() {
    }

    /** Options shared by the listings. */
    public static final class CorpusOptions {
        @Option(names = "--data", defaultValue = "mirsad-data", paramLabel = "DIR", description = "Corpus folder (default ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "Items listed (default ${DEFAULT-VALUE}).")
        int limit;
    }

    static void printJson(PrintWriter out, Object node) throws IOException {
        out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
        out.flush();
    }

    /** {@code mirsad duplicates}. */
    @Command(name = "duplicates", mixinStandardHelpOptions = true,
            description = "List groups of near-duplicate articles (republished wire copy); the earliest is the original.")
    public static final class Duplicates implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CorpusOptions o;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (CorpusSearcher s = CorpusSearcher.open(o.data)) {
                List<DuplicateGroup> groups = new CorpusViews(s).duplicates(DedupConfig.DEFAULT);
                if (o.json) {
                    ArrayNode a = DocumentJson.mapper().createArrayNode();
                    for (DuplicateGroup g : groups) {
                        ArrayNode m = a.addObject().putArray("members");
                        for (DuplicateGroup.Member x : g.members()) {
                            var d = s.document(x.id());
                            m.addObject().put("id", x.id()).put("title", d.meta().title()).put("outlet", d.meta().outlet())
                                    .put("published", d.meta().published() == null ? null : d.meta().published().toString())
                                    .put("similarity", Math.round(x.similarityToOriginal() * 100) / 100.0);
                        }
                    }
                    printJson(out, a);
                    return MirsadCli.OK;
                }
                out.printf(Locale.ROOT, "%d groups of near-duplicates among %,d articles%n", groups.size(), s.size());
                for (DuplicateGroup g : groups.subList(0, Math.min(o.limit, groups.size()))) {
                    out.println();
                    for (DuplicateGroup.Member x : g.members()) {
                        var d = s.document(x.id());
                        out.printf(Locale.ROOT, "  %s %.2f %s %-14s %s%n", x == g.original() ? "*" : " ", x.similarityToOriginal(),
                                d.meta().published(), d.meta().outlet(), d.meta().title());
                    }
                }
                out.flush();
            }
            return MirsadCli.OK;
        }
    }

    /** {@code mirsad stories}. */
    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "List stories (articles about the same running event), with outlets, key words and who said what.")
    public static final class Stories implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CorpusOptions o;

        @Option(names = "--min-articles", defaultValue = "2", description = "Smallest story listed (default ${DEFAULT-VALUE}).")
        int minArticles;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (CorpusSearcher s = CorpusSearcher.open(o.data)) {
                CorpusViews views = new CorpusViews(s);
                List<Story> stories = views.stories(StoryConfig.DEFAULT).stream()
                        .filter(x -> x.articles().size() >= minArticles).limit(o.limit).toList();
                ArrayNode json = DocumentJson.mapper().createArrayNode();
                for (Story st : stories) {
                    List<StatementView> said = views.statements(st.articles().stream().map(StoryArticle::id).toList());
                    if (o.json) {
                        ObjectNode x = json.addObject();
                        x.put("id", st.id());
                        x.put("first", String.valueOf(st.first()));
                        x.put("last", String.valueOf(st.last()));
                        x.putPOJO("outlets", st.outlets());
                        x.putPOJO("terms", st.terms());
                        ArrayNode arts = x.putArray("articles");
                        for (StoryArticle a : st.articles()) {
                            arts.addObject().put("id", a.id()).put("published", String.valueOf(a.published()))
                                    .put("outlet", a.outlet()).put("title", a.title());
                        }
                        ArrayNode tl = x.putArray("statements");
                        for (StatementView v : said) {
                            tl.addObject().put("published", String.valueOf(v.published())).put("speaker", v.speaker())
                                    .put("outlet", v.outlet()).put("cue", v.cue()).put("content", v.content())
                                    .put("direct", v.direct()).putPOJO("via", v.via()).put("article", v.articleId());
                        }
                        continue;
                    }
                    out.printf(Locale.ROOT, "%nStory %s: %d articles, %s … %s, outlets %s%n  key words: %s%n", st.id(),
                            st.articles().size(), st.first(), st.last(), st.outlets(), String.join("، ", st.terms()));
                    for (StoryArticle a : st.articles()) {
                        out.printf(Locale.ROOT, "  %s %-14s %s%n", a.published(), a.outlet(), a.title());
                    }
                    for (StatementView v : said) {
                        out.printf(Locale.ROOT, "    %s %s (%s, %s): %s%n", v.published(), v.speaker() == null ? "?" : v.speaker(),
                                v.cue(), v.outlet(), clip(v.content()));
                    }
                }
                if (o.json) {
                    printJson(out, json);
                }
                out.flush();
            }
            return MirsadCli.OK;
        }
    }

    /** {@code mirsad quotes}. */
    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = "List attributed statements across the corpus, grouped by speaker, with their sources.")
    public static final class Quotes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CorpusOptions o;

        @Option(names = "--speaker", paramLabel = "NAME", description = "Only speakers whose name contains NAME (any spelling).")
        String speaker;

        @Option(names = "--about", paramLabel = "QUERY", description = "Only statements in articles matching QUERY.")
        String about;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (CorpusSearcher s = CorpusSearcher.open(o.data)) {
                Map<String, List<StatementView>> by = new CorpusViews(s).statementsBySpeaker(speaker);
                java.util.Set<String> allowed = null;
                if (about != null) {
                    allowed = new java.util.HashSet<>();
                    for (var h : s.search(about, Integer.MAX_VALUE / 4, 0).hits()) {
                        allowed.add(h.id());
                    }
                }
                ObjectNode json = DocumentJson.mapper().createObjectNode();
                int listed = 0;
                for (Map.Entry<String, List<StatementView>> e : by.entrySet()) {
                    final java.util.Set<String> ok = allowed;
                    List<StatementView> list = e.getValue().stream().filter(v -> ok == null || ok.contains(v.articleId())).toList();
                    if (list.isEmpty() || listed++ >= o.limit) {
                        continue;
                    }
                    if (o.json) {
                        ArrayNode a = json.putArray(e.getKey());
                        for (StatementView v : list) {
                            a.addObject().put("article", v.articleId()).put("published", String.valueOf(v.published()))
                                    .put("outlet", v.outlet()).put("cue", v.cue()).put("content", v.content())
                                    .put("direct", v.direct()).putPOJO("via", v.via());
                        }
                        continue;
                    }
                    out.printf(Locale.ROOT, "%n%s — %d statements%n", e.getKey(), list.size());
                    for (StatementView v : list) {
                        out.printf(Locale.ROOT, "  %s %s %s: %s%s%n", v.published(), v.outlet(), v.cue(), clip(v.content()),
                                v.via().isEmpty() ? "" : "  [via " + String.join(" ← ", v.via()) + "]");
                    }
                }
                if (o.json) {
                    printJson(out, json);
                } else if (listed == 0) {
                    out.println("no statements found");
                }
                out.flush();
            }
            return MirsadCli.OK;
        }
    }

    private static String clip(String s) {
        String t = s.replace('\n', ' ');
        return t.length() <= 160 ? t : t.substring(0, 160) + "…";
    }
}
