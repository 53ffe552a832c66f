package org.mirsad.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.core.model.Span;
import org.mirsad.index.search.CorpusSearcher;
import org.mirsad.index.search.SearchHit;
import org.mirsad.index.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad search}: Arabic search over the corpus, with facets and highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the corpus. Words match any form (clitics, spelling variants, diacritics);",
            "\"phrases\", AND / OR / NOT, and fields: title: body: speaker: outlet: entity: source:",
            "type:PERSON|ORG|LOC, date:2024-01..2024-03 (or date:2024-01-05)."})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined).")
    private List<String> words;

    @Option(names = "--data", defaultValue = "mirsad-data", paramLabel = "DIR", description = "Corpus folder (default ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "Results shown (default ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--facets", defaultValue = "5", description = "Values shown per facet (default ${DEFAULT-VALUE}).")
    private int facets;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String query = String.join(" ", words);
        SearchResult r;
        try (CorpusSearcher searcher = CorpusSearcher.open(data)) {
            r = searcher.search(query, limit, facets);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("mirsad search: " + e.getMessage());
            return MirsadCli.USAGE;
        }
        if (json) {
            out.println(DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(r)));
        } else {
            print(r, out);
        }
        out.flush();
        return MirsadCli.OK;
    }

    private static void print(SearchResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "%d articles match «%s» (%.1f ms)%n", r.total(), r.query(), r.millis());
        int k = 0;
        for (SearchHit h : r.hits()) {
            out.printf(Locale.ROOT, "%n%2d. %s%n    %s · %s · %s%n    %s%n", ++k, h.title() == null ? "(untitled)" : h.title(),
                    h.outlet() == null ? "?" : h.outlet(), h.published() == null ? "undated" : h.published(), h.id(),
                    marked(h));
        }
        for (Map.Entry<String, List<SearchResult.FacetValue>> f : new java.util.TreeMap<>(r.facets()).entrySet()) {
            if (f.getValue().isEmpty()) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (SearchResult.FacetValue v : f.getValue()) {
                b.append(b.length() == 0 ? "" : ", ").append(v.value()).append(" (").append(v.count()).append(')');
            }
            out.printf(Locale.ROOT, "%n%s: %s", f.getKey(), b);
        }
        out.println();
    }

    /** The snippet with matched words between ⟦ and ⟧. */
    static String marked(SearchHit h) {
        StringBuilder b = new StringBuilder();
        int pos = h.snippetAt();
        int end = h.snippetAt() + h.snippet().length();
        String s = h.snippet();
        for (Span m : h.highlights()) {
            if (m.start() < pos || m.end() > end) {
                continue;
            }
            b.append(s, pos - h.snippetAt(), m.start() - h.snippetAt()).append('⟦')
                    .append(s, m.start() - h.snippetAt(), m.end() - h.snippetAt()).append('⟧');
            pos = m.end();
        }
        b.append(s, pos - h.snippetAt(), s.length());
        return b.toString().replace('\n', ' ');
    }

    private static ObjectNode toJson(SearchResult r) {
        return org.mirsad.app.corpus.SearchJson.result(DocumentJson.mapper().createObjectNode(), r, null);
    }
}
