package org.mirsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.mirsad.app.Engine;
import org.mirsad.app.corpus.ArticleRef;
import org.mirsad.app.corpus.EntityProfile;
import org.mirsad.app.corpus.LiveCorpus;
import org.mirsad.app.corpus.SampleCorpus;
import org.mirsad.app.http.MirsadServer;
import org.mirsad.app.http.ServerSettings;
import org.mirsad.index.story.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mirsad screenshots}: PNGs of every page of the web UI at desktop and phone widths, taken by
 * headless Chromium against a server on loopback, for a person to look at.
 */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = {"Take screenshots of every UI page (search, article, story, entity, lists, paste box) at",
            "desktop and phone widths with headless Chromium (Debian: apt-get install chromium)."})
public final class ScreenshotsCommand implements Callable<Integer> {

    /** Window size per width name: CSS pixels wide and tall. */
    static final Map<String, int[]> SIZES = Map.of("desktop", new int[] {1280, 1800}, "phone", new int[] {390, 2600});

    /** The text the paste-box screenshot analyzes (written for it). */
    static final String PASTED = "عمّان - قال وزير المياه والري الأردني رائد الشامي، أمس الأحد، إن منسوب سد الوالة ارتفع بنحو 40 في المئة "
            + "بعد أمطار غزيرة هطلت على المملكة خلال 3 أيام، مشيرا إلى أن «الموسم المطري هذا العام أفضل من المتوقع».\n"
            + "وأوضحت سلطة وادي الأردن أن كميات التخزين في السدود بلغت قرابة 150 مليون متر مكعب حتى 12 يناير 2025.";

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNG files (created).")
    private Path out;

    @Option(names = "--data", paramLabel = "DIR", description = "Corpus to show (default: the bundled samples, in a temporary corpus).")
    private Path data;

    @Option(names = "--chromium", defaultValue = "/usr/bin/chromium", paramLabel = "PATH", description = "Chromium binary (default ${DEFAULT-VALUE}).")
    private Path chromium;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isExecutable(chromium)) {
            err.println("mirsad screenshots: no Chromium at " + chromium + " (apt-get install chromium, or --chromium PATH)");
            return MirsadCli.USAGE;
        }
        Files.createDirectories(out);
        Engine engine = Engine.createDefault();
        Path dir = data != null ? data : SampleCorpus.temporaryFolder("mirsad-shots");
        Path profile = SampleCorpus.temporaryFolder("mirsad-chromium");
        try (LiveCorpus corpus = LiveCorpus.open(dir, engine)) {
            if (data == null) {
                SampleCorpus.load(corpus, SampleCorpus.bundledSamples(), engine, m -> { });
            }
            try (MirsadServer server = MirsadServer.start(corpus, ServerSettings.loopback(0))) {
                int failed = 0;
                for (Map.Entry<String, String> page : pages(corpus).entrySet()) {
                    for (String size : List.of("desktop", "phone")) {
                        Path png = out.resolve(page.getKey() + "-" + size + ".png");
                        if (shoot(server.url() + page.getValue().substring(1), SIZES.get(size), png, profile)) {
                            o.println(png);
                        } else {
                            failed++;
                            err.println("mirsad screenshots: no screenshot of " + page.getValue() + " at " + size);
                        }
                    }
                }
                o.flush();
                return failed == 0 ? MirsadCli.OK : MirsadCli.SOME_FAILED;
            }
        }
    }

    /** The pages to take, by file name: every kind of page, on the corpus's largest story and most named person. */
    static Map<String, String> pages(LiveCorpus corpus) throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        List<Story> stories = corpus.views().stories(2);
        List<ArticleRef> latest = corpus.latest(1);
        String person = corpus.views().entities().stream().map(EntityProfile.Count::value).filter(v -> v.startsWith("PERSON:"))
                .map(v -> v.substring(7)).findFirst().orElse(null);
        String article = !stories.isEmpty() ? stories.get(0).articles().get(0).id() : latest.isEmpty() ? null : latest.get(0).id();
        pages.put("01-home", "/");
        String word = person != null ? person.split(" ")[0] : "وزير";
        pages.put("02-search", "/search?q=" + enc(word));
        List<org.mirsad.index.search.SearchResult.FacetValue> outlets = corpus.search(word, 0, 1, 3).result().facets()
                .getOrDefault(org.mirsad.index.store.Fields.OUTLET, List.of());
        if (!outlets.isEmpty()) {
            pages.put("02-search-filtered", "/search?q=" + enc(word) + "&f=" + enc("outlet:\"" + outlets.get(0).value() + "\""));
        }
        if (article != null) {
            pages.put("03-article", "/article/" + article);
        }
        if (!stories.isEmpty()) {
            pages.put("04-story", "/story/" + stories.get(0).id());
        }
        pages.put("05-stories", "/stories");
        if (person != null) {
            pages.put("06-entity", "/entity?name=" + enc(person) + "&type=PERSON");
        }
        pages.put("07-entities", "/entities");
        pages.put("08-quotes", "/quotes");
        pages.put("09-paste", "/paste");
        pages.put("10-paste-result", "/paste?text=" + enc(PASTED));
        return pages;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private boolean shoot(String url, int[] size, Path png, Path profile) throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--lang=ar",
                String.format(Locale.ROOT, "--window-size=%d,%d", size[0], size[1]), "--virtual-time-budget=5000",
                "--screenshot=" + png.toAbsolutePath(), url)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return Files.isRegularFile(png) && Files.size(png) > 0;
    }
}
