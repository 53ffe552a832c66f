package org.mirsad.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.app.corpus.LiveCorpus;
import org.mirsad.core.json.DocumentJson;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium against a loopback server: search and facets, an article with
 * its highlights at the API's offsets, its raw original, its story, an entity — and an article whose
 * text carries script and image-handler payloads, which must show as text and never run. Skipped
 * when Debian's chromium and chromedriver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private LiveCorpus corpus;
    private MirsadServer server;
    private WebDriver driver;
    private final HttpClient http = HttpClient.newHttpClient();

    /** A headless Chromium with a fresh profile under {@code profile}, {@code width} CSS pixels wide. */
    static WebDriver chromium(Path profile, int width, int height) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=ar");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless UI tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        corpus = WebFixtures.corpus(dir);
        server = MirsadServer.start(corpus, ServerSettings.loopback(0));
        driver = chromium(Files.createDirectories(dir.resolve("profile")), 1280, 1000);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (corpus != null) {
            corpus.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens {@code path} and waits until the page is drawn. */
    private void open(String path) {
        driver.get(url(path));
        waitReady();
    }

    private void waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "1".equals(js("return document.body.dataset.ready || ''"))
                || "error".equals(js("return document.body.dataset.ready || ''")));
        assertEquals("1", js("return document.body.dataset.ready"), () -> driver.findElement(By.id("main")).getText());
    }

    private JsonNode api(String path) throws Exception {
        return DocumentJson.mapper().readTree(http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchThenArticleWithHighlightsThenItsStory() throws Exception {
        open("/");
        WebElement box = driver.findElement(By.name("q"));
        box.sendKeys("معبر");
        box.submit();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/search"));
        waitReady();
        List<WebElement> hits = driver.findElements(By.cssSelector("#results .hit"));
        assertEquals(2, hits.size());
        assertFalse(driver.findElements(By.cssSelector("#results mark")).isEmpty());
        for (WebElement m : driver.findElements(By.cssSelector("#results mark"))) {
            assertTrue(m.getText().contains("معبر"), m.getText());
        }
        WebElement outlets = driver.findElement(By.cssSelector(".facet[data-field=outlet]"));
        assertTrue(outlets.getText().contains(WebFixtures.STORY_OUTLET_1), outlets.getText());
        outlets.findElement(By.linkText(WebFixtures.STORY_OUTLET_1)).click();
        waitReady();
        assertEquals(1, driver.findElements(By.cssSelector("#results .hit")).size());

        driver.findElement(By.cssSelector("#results .hit-title a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/article/"));
        waitReady();
        String id = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
        JsonNode doc = api("/api/documents/" + id).path("document");
        assertEquals(doc.path("title").asText(), driver.findElement(By.id("article-title")).getText());
        checkHighlights(doc, "entities", "e");
        checkHighlights(doc, "quantities", "n");
        checkHighlights(doc, "dates", "d");
        assertTrue((Boolean) js("return document.querySelectorAll('#article-body .ent-PERSON').length > 0"));
        assertTrue((Boolean) js("return document.querySelectorAll('#article-body .qc').length > 0"));
        assertTrue(driver.findElement(By.cssSelector(".side")).getText().contains(WebFixtures.MINISTER));

        driver.findElement(By.id("raw-toggle")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("raw")).isDisplayed());
        assertTrue(driver.findElement(By.id("raw")).getText().contains("وزير النقل سامر الخطيب"));

        driver.findElement(By.id("story-link")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/story/"));
        waitReady();
        assertEquals(2, driver.findElements(By.cssSelector("#timeline .tl-item")).size());
        List<WebElement> columns = driver.findElements(By.cssSelector("#outlets .column h3 .outlet-name"));
        assertEquals(List.of(WebFixtures.STORY_OUTLET_1, WebFixtures.STORY_OUTLET_2), columns.stream().map(WebElement::getText).toList());
        assertTrue(driver.findElement(By.id("statements")).getText().contains(WebFixtures.MINISTER));
    }

    /** Every annotation of {@code layer} is drawn over exactly its text: the pieces tagged with its id join to it. */
    private void checkHighlights(JsonNode doc, String layer, String prefix) {
        assertTrue(doc.path(layer).size() > 0, layer);
        for (int i = 0; i < doc.path(layer).size(); i++) {
            Object shown = js("return Array.from(document.querySelectorAll('#article-body [data-ann~=\"" + prefix + i
                    + "\"]')).map(e => e.textContent).join('')");
            assertEquals(doc.path(layer).get(i).path("text").asText(), shown, layer + " " + i);
        }
    }

    @Test
    void entityPageShowsTimelineStatementsAndCompany() {
        open("/entity?name=" + enc(WebFixtures.MINISTER));
        assertEquals(1, driver.findElements(By.cssSelector("#mentions-chart .bar")).size());
        assertEquals(4, driver.findElements(By.cssSelector("#statements-by .statement")).size());
        assertTrue(driver.findElement(By.id("roles")).getText().contains("وزير النقل"));
        assertTrue(driver.findElement(By.id("cooccurring")).getText().contains("نادر العلي"));
    }

    @Test
    void scriptsInArticlesAreShownAsTextAndNeverRun() throws Exception {
        String id = api("/api/search?q=" + enc("المنتدى")).path("hits").get(0).path("id").asText();
        open("/search?q=" + enc("المنتدى"));
        assertTrue(driver.findElement(By.id("results")).getText().contains("<script>window.__pwned=3</script>"));
        open("/article/" + id);
        assertEquals(WebFixtures.XSS_TITLE, driver.findElement(By.id("article-title")).getText());
        String body = driver.findElement(By.id("article-body")).getText();
        assertTrue(body.contains("<script>window.__pwned=1</script>"), body);
        assertTrue(body.contains("<img src=x onerror=\"window.__pwned=2\">"), body);
        assertTrue(body.contains("<b>كلها</b>"), body);
        assertTrue(driver.findElement(By.cssSelector(".article-head .meta")).getText().contains("<i>التجربة</i>"));
        assertEquals(0L, js("return document.querySelectorAll('#main img, #main script, #main b, #main i').length"));
        assertNull(js("return window.__pwned === undefined ? null : window.__pwned"));

        int before = api("/api/health").path("articles").asInt();
        open("/paste");
        driver.findElement(By.id("paste-text")).sendKeys("قال الكاتب إن <img src=y onerror=\"window.__pwned=4\"> وسم لا يعمل <script>window.__pwned=5</script> هنا.");
        driver.findElement(By.id("paste-go")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("article-body")).isEmpty());
        assertTrue(driver.findElement(By.id("article-body")).getText().contains("<script>window.__pwned=5</script>"));
        assertEquals(0L, js("return document.querySelectorAll('#main img, #main script').length"));
        assertNull(js("return window.__pwned === undefined ? null : window.__pwned"));
        assertEquals(before, api("/api/health").path("articles").asInt());
    }

    @Test
    void theHomePageFormAddsAnUploadedArticle(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lib.txt");
        Files.writeString(file, "مكتبة متنقلة تجوب قرى الجنوب\n\nانطلقت حافلة المكتبة المتنقلة في جولة على 12 قرية في الجنوب، "
                + "وقالت المشرفة على المشروع هالة سليمان إن الحافلة تحمل أكثر من ألفي كتاب للأطفال.\n", StandardCharsets.UTF_8);
        open("/");
        driver.findElement(By.id("ingest-files")).sendKeys(file.toString());
        driver.findElement(By.cssSelector("#ingest-form button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#ingest-result a")).isEmpty());
        assertTrue(driver.findElement(By.id("ingest-result")).getText().contains("أضيف 1"));
        driver.findElement(By.cssSelector("#ingest-result a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/article/"));
        waitReady();
        assertEquals("مكتبة متنقلة تجوب قرى الجنوب", driver.findElement(By.id("article-title")).getText());
    }
}
