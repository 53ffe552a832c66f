package org.mirsad.extract.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores the cleaner against the hand-made truth in {@code samples/truth/*.json}: line-level precision and
 * recall of body paragraphs, debris removal, and field accuracy (title, byline, dateline, outlet,
 * published). Strings are compared after trimming whitespace and invisible marks.
 */
final class SampleTruthScore {

    int samples;
    int predictedParagraphs;
    int truthParagraphs;
    int matchedParagraphs;
    int debrisLines;
    int debrisInBody;
    int titleOk;
    int bylineOk;
    int datelineOk;
    int outletOk;
    int publishedOk;
    final List<String> misses = new ArrayList<>();

    static Path samplesDir() {
        String root = System.getProperty("mirsad.root");
        Path p = root != null ? Path.of(root, "samples") : Path.of("..", "samples");
        if (!Files.isDirectory(p.resolve("truth"))) {
            p = Path.of("samples");
        }
        return p;
    }

    static SampleTruthScore run(Path dir, TextArticleCleaner cleaner) throws IOException {
        SampleTruthScore s = new SampleTruthScore();
        ObjectMapper m = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> st = Files.list(dir)) {
            files = st.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path txt : files) {
            String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            Path json = dir.resolve("truth").resolve(name + ".json");
            if (!Files.exists(json)) {
                continue;
            }
            String raw = new String(Files.readAllBytes(txt), StandardCharsets.UTF_8);
            JsonNode t = m.readTree(json.toFile());
            s.add(name, cleaner.clean(raw), t);
        }
        return s;
    }

    private void add(String name, CleanArticle c, JsonNode t) {
        samples++;
        Set<String> truthBody = new HashSet<>();
        t.get("body").forEach(n -> truthBody.add(norm(n.asText())));
        Set<String> pred = new HashSet<>();
        for (String p : c.paragraphs()) {
            pred.add(norm(p));
        }
        predictedParagraphs += pred.size();
        truthParagraphs += truthBody.size();
        for (String p : pred) {
            if (truthBody.contains(p)) {
                matchedParagraphs++;
            } else {
                misses.add(name + " extra body: " + cut(p));
            }
        }
        for (String p : truthBody) {
            if (!pred.contains(p)) {
                misses.add(name + " missed body: " + cut(p));
            }
        }
        for (JsonNode d : t.get("debris")) {
            debrisLines++;
            if (pred.contains(norm(d.asText()))) {
                debrisInBody++;
            }
        }
        titleOk += field(name, "title", c.title(), t);
        bylineOk += field(name, "byline", c.byline(), t);
        datelineOk += field(name, "dateline", c.dateline(), t);
        outletOk += field(name, "outlet", c.outlet(), t);
        publishedOk += field(name, "published", c.published() == null ? null : c.published().toString(), t);
    }

    private int field(String name, String key, String got, JsonNode t) {
        JsonNode n = t.get(key);
        String want = n == null || n.isNull() ? null : norm(n.asText());
        String g = got == null ? null : norm(got);
        if (want == null ? g == null : want.equals(g)) {
            return 1;
        }
        misses.add(name + " " + key + ": got " + got + " want " + want);
        return 0;
    }

    static String norm(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && invisible(s.charAt(a))) {
            a++;
        }
        while (b > a && invisible(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200F' || c == '\u200E'
                || c == '\uFEFF' || c == '\u061C' || c >= '\u202A' && c <= '\u202E';
    }

    private static String cut(String s) {
        return s.length() > 70 ? s.substring(0, 70) + "…" : s;
    }

    double bodyPrecision() {
        return predictedParagraphs == 0 ? 0 : matchedParagraphs / (double) predictedParagraphs;
    }

    double bodyRecall() {
        return truthParagraphs == 0 ? 0 : matchedParagraphs / (double) truthParagraphs;
    }

    double debrisRemoved() {
        return debrisLines == 0 ? 1 : 1 - debrisInBody / (double) debrisLines;
    }

    String report() {
        return String.format(Locale.ROOT,
                "samples=%d body P=%.3f R=%.3f (%d/%d/%d) debris removed=%.3f title=%d/%d byline=%d/%d "
                        + "dateline=%d/%d outlet=%d/%d published=%d/%d",
                samples, bodyPrecision(), bodyRecall(), matchedParagraphs, predictedParagraphs, truthParagraphs,
                debrisRemoved(), titleOk, samples, bylineOk, samples, datelineOk, samples, outletOk, samples,
                publishedOk, samples);
    }

    public static void main(String[] a) throws IOException {
        SampleTruthScore s = run(a.length > 0 ? Path.of(a[0]) : samplesDir(), new TextArticleCleaner());
        System.out.println(s.report());
        s.misses.forEach(System.out::println);
    }
}
