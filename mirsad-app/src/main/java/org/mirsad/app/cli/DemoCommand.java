package org.mirsad.app.cli;

import org.mirsad.app.ingest.BatchAnalysis;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mirsad.app.Engine;
import org.mirsad.core.model.DateMention;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Quantity;
import org.mirsad.core.model.Quote;
import java.io.IOException;
import org.mirsad.app.corpus.LiveCorpus;
import org.mirsad.app.corpus.SampleCorpus;
import org.mirsad.app.http.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mirsad demo}: analyzes the bundled sample articles, stores them in a corpus and serves the
 * web UI over it; with {@code --no-serve}, prints a readable summary of each article instead.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Analyze the bundled sample articles, store them in a corpus (a temporary one unless --data)",
            "and serve the web UI and API over them (Ctrl-C stops). --no-serve prints a summary of each article instead."})
public final class DemoCommand implements Callable<Integer> {

    /** How many facts of each layer the summary shows per article. */
    static final int FACTS_SHOWN = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Folder of sample articles (default: the samples folder of the Mirsad checkout).")
    private Path samples;

    @Option(names = "--no-serve", description = "Print a summary of each article and exit, instead of serving them.")
    private boolean noServe;

    @Option(names = "--data", paramLabel = "DIR", description = "Corpus folder to store the samples in (default: a temporary folder, removed on exit).")
    private Path data;

    @Mixin
    private ServeCommand.ServerOptions server;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = samples != null ? samples : SampleCorpus.bundledSamples();
        if (!Files.isDirectory(dir)) {
            err.println("mirsad demo: sample folder not found: " + dir + " (use --samples DIR)");
            return MirsadCli.USAGE;
        }
        List<Document> docs = new ArrayList<>();
        long t0 = System.nanoTime();
        BatchAnalysis.Tally tally = BatchAnalysis.run(Engine.createDefault(), List.of(dir.toString()), null, docs::add,
                msg -> {
                    if (!msg.startsWith("skipped ")) {
                        err.println("mirsad demo: " + msg);
                    }
                });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (!noServe) {
            return serve(docs, tally, ms, out, err);
        }
        int i = 0;
        for (Document d : docs) {
            printSummary(out, ++i, docs.size(), d);
        }
        out.printf("%nAnalyzed %d sample articles in %d ms (%d failed). Full JSON: ./mirsad analyze %s%n",
                tally.analyzed(), ms, tally.failed(), dir);
        out.flush();
        return tally.failed() > 0 ? MirsadCli.SOME_FAILED : MirsadCli.OK;
    }

    private int serve(List<Document> docs, BatchAnalysis.Tally tally, long ms, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        ServerSettings settings;
        try {
            settings = server.settings(server.port);
        } catch (IllegalArgumentException e) {
            err.println("mirsad demo: " + e.getMessage());
            return MirsadCli.USAGE;
        }
        Path dir = data != null ? data : SampleCorpus.temporaryFolder("mirsad-demo");
        LiveCorpus corpus = LiveCorpus.open(dir, Engine.createDefault());
        corpus.store(docs, SampleCorpus::rawFile);
        out.printf("Analyzed %d sample articles in %d ms (%d failed) and stored them in %s.%n", tally.analyzed(), ms,
                tally.failed(), dir);
        out.println("Open the address below in a browser (./mirsad demo --no-serve prints a summary instead).");
        return ServeCommand.serve(corpus, settings, true, out, err, "mirsad demo");
    }

    private static void printSummary(PrintWriter out, int i, int n, Document d) {
        out.printf("%n[%d/%d] %s%n", i, n, d.meta().source());
        out.printf("  title:    %s%n", orDash(d.meta().title()));
        out.printf("  outlet:   %s   byline: %s   dateline: %s   language: %s%n", orDash(d.meta().outlet()),
                orDash(d.meta().byline()), orDash(d.meta().dateline()), d.meta().language());
        out.printf("  body:     %d chars, %d sentences, %d tokens%n", d.text().length(),
                d.getOrEmpty(Layer.SENTENCES).size(), d.getOrEmpty(Layer.TOKENS).size());
        out.printf("  found:    %d entities, %d quotes, %d quantities, %d dates, %d sources%n",
                d.getOrEmpty(Layer.ENTITIES).size(), d.getOrEmpty(Layer.QUOTES).size(),
                d.getOrEmpty(Layer.QUANTITIES).size(), d.getOrEmpty(Layer.DATES).size(),
                d.getOrEmpty(Layer.SOURCES).size());
        d.getOrEmpty(Layer.ENTITIES).stream().limit(FACTS_SHOWN).forEach(e -> out.printf("    %-8s %s%s%n",
                e.type(), e.text(), e.role() == null ? "" : "  (" + e.role() + ")"));
        for (Quote q : d.getOrEmpty(Layer.QUOTES).stream().limit(FACTS_SHOWN).toList()) {
            out.printf("    QUOTE    %s %s: %s%n", q.speaker() == null ? "?" : q.speaker().text(), q.cue().text(),
                    abbreviate(q.content().in(d.text()), 90));
        }
        for (Quantity q : d.getOrEmpty(Layer.QUANTITIES).stream().limit(FACTS_SHOWN).toList()) {
            String value = q.value() != null ? formatNumber(q.value())
                    : q.range() != null ? formatNumber(q.range().low()) + "–" + formatNumber(q.range().high())
                    : "(vague count)";
            out.printf("    QUANTITY %s = %s%s%s%n", q.text(), q.qualifier() == null ? "" : q.qualifier().jsonName() + " ", value,
                    q.unit() == null ? "" : " " + q.unit());
        }
        for (DateMention dm : d.getOrEmpty(Layer.DATES).stream().limit(FACTS_SHOWN).toList()) {
            out.printf("    DATE     %s = %s%n", dm.text(), orDash(dm.value()));
        }
        if (d.getOrEmpty(Layer.ENTITIES).isEmpty() && d.getOrEmpty(Layer.QUOTES).isEmpty()) {
            out.printf("    first sentence: %s%n", abbreviate(firstSentence(d), 110));
        }
    }

    private static String firstSentence(Document d) {
        return d.getOrEmpty(Layer.SENTENCES).stream().findFirst().map(s -> s.span().in(d.text())).orElse("");
    }

    private static String formatNumber(double v) {
        return v == Math.rint(v) ? String.format(java.util.Locale.ROOT, "%,d", (long) v) : Double.toString(v);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String abbreviate(String s, int max) {
        String flat = s.replace('\n', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

}
