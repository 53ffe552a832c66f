package org.mirsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mirsad.app.Engine;
import org.mirsad.app.bench.HttpLoad;
import org.mirsad.app.corpus.EntityProfile;
import org.mirsad.app.corpus.LiveCorpus;
import org.mirsad.app.corpus.SampleCorpus;
import org.mirsad.app.http.MirsadServer;
import org.mirsad.app.http.ServerSettings;
import org.mirsad.core.json.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mirsad bench http}: a bounded load on the HTTP API over loopback — search (queries made of
 * the corpus's own entity names and common words) and analyze of a sample article — printing
 * requests per second, median and 99th-percentile latency, and errors.
 */
@Command(name = "http", mixinStandardHelpOptions = true,
        description = {"Load-test the HTTP API on 127.0.0.1 (a server started in this process): search, then analyze.",
            "Bounded by --requests and --seconds per phase."})
public final class BenchHttpCommand implements Callable<Integer> {

    /** Words added to the entity names to make search queries. */
    static final List<String> WORDS = List.of("الحكومة", "وزير", "مليون", "الرئيس", "قال", "الأمم المتحدة", "المياه", "دولار",
            "الانتخابات", "مجلس", "اتفاق", "\"وزير الخارجية\"", "الاقتصاد", "مصر OR لبنان", "الصحة", "المدينة");

    /** The search rate the HTTP API is meant to sustain on two cores. */
    static final double TARGET_PER_SECOND = 200;
    /** The 99th-percentile search latency it is meant to stay under, in milliseconds. */
    static final double TARGET_P99_MS = 100;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Corpus to serve (default: the bundled samples, in a temporary corpus).")
    private Path data;

    @Option(names = "--threads", defaultValue = "4", description = "Client threads (default ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--requests", defaultValue = "6000", description = "Most search requests (default ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--analyze-requests", defaultValue = "1500", description = "Most analyze requests (default ${DEFAULT-VALUE}).")
    private int analyzeRequests;

    @Option(names = "--seconds", defaultValue = "20", description = "Most seconds per phase (default ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--article", paramLabel = "FILE", description = "Article posted to analyze (default: the largest bundled sample).")
    private Path article;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Engine engine = Engine.createDefault();
        Path dir = data != null ? data : SampleCorpus.temporaryFolder("mirsad-bench");
        try (LiveCorpus corpus = LiveCorpus.open(dir, engine)) {
            if (data == null) {
                SampleCorpus.load(corpus, SampleCorpus.bundledSamples(), engine, m -> { });
            }
            Path text = article != null ? article : largestSample();
            String body = DocumentJson.mapper().createObjectNode().put("text", Files.readString(text, StandardCharsets.UTF_8)).toString();
            List<String> queries = queries(corpus);
            try (MirsadServer server = MirsadServer.start(corpus, ServerSettings.loopback(0))) {
                String base = "http://127.0.0.1:" + server.port();
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                out.printf(Locale.ROOT, "HTTP API on %s over %,d articles, %d client threads, %d cores%n", base, corpus.size(), threads,
                        Runtime.getRuntime().availableProcessors());
                List<URI> searches = new ArrayList<>();
                for (String q : queries) {
                    searches.add(URI.create(base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
                }
                int m = queries.size();
                // every request a query not asked before (pairs of the words, AND and OR), so no answer comes from the cache
                java.util.function.IntFunction<HttpRequest> fresh = i -> {
                    int a = i % m;
                    int b = (a + 1 + (i / m) % (m - 1)) % m;
                    String q = queries.get(a) + (i % 2 == 0 ? " " : " OR ") + queries.get(b);
                    return HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build();
                };
                HttpLoad.run(client, i -> fresh.apply(i + 5 * requests), threads, Math.min(requests, 1000), 5);
                HttpLoad.Result search = HttpLoad.run(client, fresh, threads, requests, seconds);
                out.printf(Locale.ROOT, "search, new queries (top 10 + facets + snippets, not cached): %s%n", search.summary());
                int cores = Runtime.getRuntime().availableProcessors();
                out.printf(Locale.ROOT, "search target (%.0f+ req/s, p99 under %.0f ms, no errors): %s in this run; at its CPU per request, "
                        + "%d idle cores would serve about %.0f req/s with these clients beside the server, %.0f req/s for the server alone%n",
                        TARGET_PER_SECOND, TARGET_P99_MS, search.meets(TARGET_PER_SECOND, TARGET_P99_MS) ? "met" : "NOT met", cores,
                        search.capacity(cores, true), search.capacity(cores, false));
                HttpLoad.Result repeated = HttpLoad.run(client, i -> HttpRequest.newBuilder(searches.get(i % searches.size())).build(),
                        threads, requests, seconds);
                out.printf(Locale.ROOT, "search, %d queries repeated (answers cached after their first time): %s%n", m, repeated.summary());
                URI analyze = URI.create(base + "/api/analyze");
                HttpRequest.BodyPublisher post = HttpRequest.BodyPublishers.ofString(body);
                HttpLoad.run(client, i -> HttpRequest.newBuilder(analyze).header("Content-Type", "application/json").POST(post).build(),
                        threads, Math.min(analyzeRequests, 200), 5);
                HttpLoad.Result an = HttpLoad.run(client, i -> HttpRequest.newBuilder(analyze).header("Content-Type", "application/json")
                        .POST(post).build(), threads, analyzeRequests, seconds);
                out.printf(Locale.ROOT, "analyze (%s, %,d bytes): %s%n", text.getFileName(), Files.size(text), an.summary());
                out.flush();
                return search.errors() + repeated.errors() + an.errors() == 0 ? MirsadCli.OK : MirsadCli.SOME_FAILED;
            }
        }
    }

    private static List<String> queries(LiveCorpus corpus) throws IOException {
        Set<String> q = new LinkedHashSet<>(WORDS);
        for (EntityProfile.Count c : corpus.views().entities().stream().limit(150).toList()) {
            String name = c.value().substring(c.value().indexOf(':') + 1).replace("\"", "");
            q.add(name.contains(" ") ? "\"" + name + "\"" : name);
        }
        return List.copyOf(q);
    }

    private static Path largestSample() throws IOException {
        try (Stream<Path> files = Files.list(SampleCorpus.bundledSamples())) {
            return files.filter(p -> p.toString().endsWith(".txt")).max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
                    .orElseThrow(() -> new IOException("no sample article in " + SampleCorpus.bundledSamples()));
        }
    }
}
