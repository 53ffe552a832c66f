package org.mirsad.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.mirsad.ingest.html.HtmlArticleExtractor;

/**
 * HTML main-content extraction against the article-extraction-benchmark layout
 * ({@code ground-truth.json} with {@code articleBody} per id, pages in {@code html/<id>.html.gz}):
 * token-level precision, recall and F1 of the extracted body against the gold body (tokens split
 * on white space, as bags), averaged over pages.
 */
public final class HtmlEvaluation {

    /** Mean figures over pages. */
    public record Figures(int pages, int failed, double precision, double recall, double f1) {
    }

    /** Runs over {@code dir}; per-page failures are counted, not fatal. */
    public Figures run(Path dir, PrintWriter out, PrintWriter err) throws IOException {
        return run(dir, null, 0, out, err);
    }

    /**
     * Runs over the pages in {@code dir/html} against {@code groundTruth} (default
     * {@code dir/ground-truth.json}), then lists the {@code worst} pages with the lowest F1.
     */
    public Figures run(Path dir, Path groundTruth, int worst, PrintWriter out, PrintWriter err) throws IOException {
        java.util.List<String[]> perPage = new java.util.ArrayList<>();
        Path truthFile = groundTruth != null ? groundTruth : dir.resolve("ground-truth.json");
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        double p = 0;
        double r = 0;
        double f = 0;
        int pages = 0;
        int failed = 0;
        Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Path page = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            String gold = e.getValue().path("articleBody").asText("");
            String got;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                got = HtmlArticleExtractor.extract(in.readAllBytes(), e.getValue().path("url").asText(null)).body();
            } catch (IOException | RuntimeException ex) {
                failed++;
                err.println("mirsad eval html: " + page + ": " + ex.getMessage());
                got = "";
            }
            double[] prf = prf(gold, got);
            perPage.add(new String[] {String.format(Locale.ROOT, "%.3f", prf[2]),
                String.format(Locale.ROOT, "P %.2f R %.2f %s %s", prf[0], prf[1], e.getKey().substring(0, 12),
                        e.getValue().path("url").asText(""))});
            p += prf[0];
            r += prf[1];
            f += prf[2];
            pages++;
            if (pages % 50 == 0) {
                err.print("\r" + pages + " pages");
                err.flush();
            }
        }
        err.println();
        Figures fig = new Figures(pages, failed, p / pages, r / pages, f / pages);
        out.printf(Locale.ROOT, "%d pages (%d failed): token precision %.3f, recall %.3f, F1 %.3f (means over pages); "
                + "F1 of the means %.3f%n", pages, failed, fig.precision(), fig.recall(), fig.f1(),
                2 * fig.precision() * fig.recall() / Math.max(1e-9, fig.precision() + fig.recall()));
        perPage.sort(java.util.Comparator.comparing((String[] x) -> x[0]));
        for (String[] x : perPage.subList(0, Math.min(worst, perPage.size()))) {
            out.println("  F1 " + x[0] + " " + x[1]);
        }
        out.flush();
        return fig;
    }

    /** Snippet figures of the trafilatura evaluation set. */
    public record SnippetFigures(int pages, int failed, int with, int withFound, int without, int withoutAbsent) {
    }

    /**
     * The trafilatura evaluation layout ({@code evaldata.json}: per URL a file name, "with" snippets
     * that must be in the output and "without" snippets that must not; pages in {@code html/<file>.gz}):
     * the share of must-contain snippets found and of must-not-contain snippets absent.
     */
    public SnippetFigures snippets(Path dir, PrintWriter out, PrintWriter err) throws IOException {
        JsonNode data = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        int pages = 0;
        int failed = 0;
        int with = 0;
        int found = 0;
        int without = 0;
        int absent = 0;
        Iterator<Map.Entry<String, JsonNode>> it = data.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Path page = dir.resolve("html").resolve(e.getValue().path("file").asText() + ".gz");
            String got;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                got = HtmlArticleExtractor.extract(in.readAllBytes(), e.getKey()).body();
            } catch (IOException | RuntimeException ex) {
                failed++;
                got = "";
            }
            String flat = got.replaceAll("\\s+", " ");
            for (JsonNode w : e.getValue().path("with")) {
                with++;
                if (flat.contains(w.asText().replaceAll("\\s+", " "))) {
                    found++;
                }
            }
            for (JsonNode w : e.getValue().path("without")) {
                without++;
                if (!flat.contains(w.asText().replaceAll("\\s+", " "))) {
                    absent++;
                }
            }
            pages++;
        }
        out.printf(Locale.ROOT, "trafilatura-eval: %d pages (%d unreadable): must-contain found %d/%d (%.3f), "
                + "must-not-contain absent %d/%d (%.3f)%n", pages, failed, found, with, (double) found / Math.max(1, with),
                absent, without, (double) absent / Math.max(1, without));
        out.flush();
        return new SnippetFigures(pages, failed, with, found, without, absent);
    }

    /** Bag-of-tokens precision, recall and F1 of {@code got} against {@code gold}. */
    public static double[] prf(String gold, String got) {
        Map<String, Integer> g = bag(gold);
        Map<String, Integer> o = bag(got);
        int gn = g.values().stream().mapToInt(Integer::intValue).sum();
        int on = o.values().stream().mapToInt(Integer::intValue).sum();
        int common = 0;
        for (Map.Entry<String, Integer> e : o.entrySet()) {
            common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        }
        double p = on == 0 ? (gn == 0 ? 1 : 0) : (double) common / on;
        double r = gn == 0 ? 1 : (double) common / gn;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static Map<String, Integer> bag(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (String t : s.split("\\s+")) {
            if (!t.isEmpty()) {
                m.merge(t, 1, Integer::sum);
            }
        }
        return m;
    }
}
