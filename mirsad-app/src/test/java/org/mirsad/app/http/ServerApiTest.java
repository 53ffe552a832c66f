package org.mirsad.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.app.corpus.LiveCorpus;
import org.mirsad.core.json.DocumentJson;

/** The JSON API on a loopback port over the fixture corpus: answers, errors, limits, safety. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerApiTest {

    private LiveCorpus corpus;
    private MirsadServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        corpus = WebFixtures.corpus(dir);
        server = MirsadServer.start(corpus, new ServerSettings("127.0.0.1", 0, null, 64 * 1024, 1024 * 1024));
    }

    @AfterAll
    void stop() {
        server.close();
        corpus.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.body());
        return DocumentJson.mapper().readTree(r.body());
    }

    private static void assertError(HttpResponse<String> r, int status, String inMessage) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = json(r);
        assertEquals(status, e.path("status").asInt());
        assertTrue(e.path("message").asText().contains(inMessage), e.path("message").asText());
    }

    @Test
    void healthCountsTheArticles() throws Exception {
        HttpResponse<String> r = get("/api/health");
        assertEquals(200, r.statusCode());
        assertEquals(4, json(r).path("articles").asInt());
    }

    @Test
    void searchFindsAnyFormAndHighlightsAtTheArticlesOffsets() throws Exception {
        JsonNode r = json(get("/api/search?q=" + enc("المعبر")));
        assertEquals(2, r.path("total").asInt());
        for (JsonNode hit : r.path("hits")) {
            String text = json(get("/api/documents/" + hit.path("id").asText())).path("document").path("text").asText();
            assertEquals(hit.path("snippet").asText(), text.substring(hit.path("snippet_start").asInt(),
                    hit.path("snippet_start").asInt() + hit.path("snippet").asText().length()));
            assertTrue(hit.path("highlights").size() > 0);
            for (JsonNode h : hit.path("highlights")) {
                assertTrue(text.substring(h.path("start").asInt(), h.path("end").asInt()).contains("معبر"));
            }
        }
    }

    @Test
    void facetsCountAllMatchesAndShowNamesAsWritten() throws Exception {
        JsonNode f = json(get("/api/search?q=" + enc("معبر الزيتون"))).path("facets");
        Map<String, String> labels = new java.util.HashMap<>();
        f.path("outlet").forEach(v -> labels.put(v.path("label").asText(), v.path("value").asText()));
        assertEquals(Set.of(WebFixtures.STORY_OUTLET_1, WebFixtures.STORY_OUTLET_2), labels.keySet());
        // the value is the normalized keyword (ة folded), the label the outlet's own spelling
        assertFalse(labels.get(WebFixtures.STORY_OUTLET_1).equals(WebFixtures.STORY_OUTLET_1));
        String filter = "outlet:\"" + labels.get(WebFixtures.STORY_OUTLET_1) + "\"";
        JsonNode narrowed = json(get("/api/search?q=" + enc("معبر " + filter)));
        assertEquals(1, narrowed.path("total").asInt());
        assertEquals(WebFixtures.STORY_OUTLET_1, narrowed.path("hits").get(0).path("outlet").asText());
        boolean minister = false;
        for (JsonNode v : f.path("entity_typed")) {
            minister |= v.path("label").asText().equals("PERSON:" + WebFixtures.MINISTER) && v.path("count").asInt() == 2;
        }
        assertTrue(minister, f.toString());
        assertEquals("2025-02", f.path("month").get(0).path("value").asText());
        assertEquals(2, f.path("month").get(0).path("count").asInt());
    }

    @Test
    void latestListsNewestFirst() throws Exception {
        JsonNode r = json(get("/api/latest?limit=3"));
        assertEquals(4, r.path("total").asInt());
        assertEquals(java.util.List.of("2025-03-05", "2025-03-02", "2025-02-11"), r.path("articles").findValuesAsText("published"));
        assertError(get("/api/latest?limit=0"), 400, "limit");
    }

    @Test
    void searchErrorsAreJsonWithTheReason() throws Exception {
        assertError(get("/api/search"), 400, "query");
        assertError(get("/api/search?q=" + enc("(معبر")), 400, "cannot read the query");
        assertError(get("/api/search?q=x&limit=5000"), 400, "limit");
        assertError(get("/api/search?q=x&offset=abc"), 400, "offset");
        assertError(get("/api/nothing/here"), 404, "no API route");
    }

    @Test
    void documentHasEveryLayerAtExactOffsetsAndTheRawInput() throws Exception {
        String id = json(get("/api/search?q=" + enc("نادي الفجر"))).path("hits").get(0).path("id").asText();
        JsonNode r = json(get("/api/documents/" + id));
        JsonNode doc = r.path("document");
        String text = doc.path("text").asText();
        for (String layer : new String[] {"entities", "quantities", "dates"}) {
            assertTrue(doc.path(layer).size() > 0, layer);
            for (JsonNode m : doc.path(layer)) {
                assertEquals(m.path("text").asText(), text.substring(m.path("start").asInt(), m.path("end").asInt()), layer);
            }
        }
        JsonNode q = doc.path("quotes").get(0);
        assertEquals(q.path("content").asText(), text.substring(q.path("contentStart").asInt(), q.path("contentEnd").asInt()));
        assertTrue(r.path("raw_available").asBoolean());
        HttpResponse<String> raw = get("/api/documents/" + id + "/raw");
        assertEquals(200, raw.statusCode());
        assertTrue(raw.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(raw.body().contains("قرابة 12 ألف متفرج"));
        assertError(get("/api/documents/0000000000000000"), 404, "no article");
    }

    @Test
    void storiesGroupTheTwoOutletsWithTheirStatements() throws Exception {
        JsonNode list = json(get("/api/stories"));
        assertEquals(1, list.path("total").asInt(), list.toString());
        JsonNode s = json(get("/api/stories/" + list.path("stories").get(0).path("id").asText()));
        assertEquals(2, s.path("size").asInt());
        assertEquals(Set.of(WebFixtures.STORY_OUTLET_1, WebFixtures.STORY_OUTLET_2),
                new HashSet<>(DocumentJson.mapper().convertValue(s.path("outlets"), java.util.List.class)));
        assertEquals("2025-02-10", s.path("first").asText());
        assertEquals("2025-02-11", s.path("last").asText());
        long byMinister = 0;
        for (JsonNode st : s.path("statements")) {
            byMinister += st.path("speaker").asText().equals(WebFixtures.MINISTER) ? 1 : 0;
        }
        // قال and أكد, each followed by a second statement (مضيفا، مشيرا)
        assertEquals(4, byMinister, s.path("statements").toString());
        JsonNode doc = json(get("/api/documents/" + s.path("articles").get(0).path("id").asText()));
        assertEquals(s.path("id").asText(), doc.path("story").path("id").asText());
        assertError(get("/api/stories/nope"), 404, "no story");
    }

    @Test
    void quotesBySpeakerAndEntitiesWithCounts() throws Exception {
        JsonNode q = json(get("/api/quotes?speaker=" + enc("الخطيب")));
        assertEquals(WebFixtures.MINISTER, q.path("speakers").get(0).path("speaker").asText());
        assertEquals(4, q.path("speakers").get(0).path("count").asInt());
        JsonNode e = json(get("/api/entities?type=PERSON&q=" + enc("سامر")));
        assertEquals(1, e.path("total").asInt(), e.toString());
        assertEquals(WebFixtures.MINISTER, e.path("entities").get(0).path("name").asText());
        assertEquals(2, e.path("entities").get(0).path("articles").asInt());
        assertError(get("/api/entities?type=PLANET"), 400, "unknown entity type");
    }

    @Test
    void entityProfileHasTimelineRolesStatementsAndCompany() throws Exception {
        JsonNode p = json(get("/api/entity?name=" + enc(WebFixtures.MINISTER)));
        assertEquals("PERSON", p.path("type").asText());
        assertEquals(2, p.path("articles").asInt());
        assertEquals("2025-02", p.path("timeline").get(0).path("value").asText());
        assertEquals(2, p.path("timeline").get(0).path("count").asInt());
        assertTrue(p.path("roles").toString().contains("وزير النقل"), p.path("roles").toString());
        assertEquals(4, p.path("statements_by").size());
        assertTrue(p.path("statements_by").findValuesAsText("cue").containsAll(java.util.List.of("قال", "أكد")));
        // the crossing's director appears in one of the minister's two articles
        boolean director = false;
        for (JsonNode c : p.path("cooccurring")) {
            director |= c.path("name").asText().equals("نادر العلي") && c.path("count").asInt() == 1;
            assertFalse(c.path("name").asText().equals(WebFixtures.MINISTER));
        }
        assertTrue(director, p.path("cooccurring").toString());
        assertError(get("/api/entity?name=" + enc("لا أحد بهذا الاسم")), 404, "no article");
        assertError(get("/api/entity"), 400, "name");
    }

    @Test
    void analyzeDoesNotStore() throws Exception {
        String text = "وقال رئيس البلدية فارس نعمان إن أعمال ترميم السوق القديم تبدأ في 3 أبريل 2025 بكلفة نحو مليوني دينار.";
        JsonNode r = json(post("/api/analyze", "application/json",
                DocumentJson.mapper().createObjectNode().put("text", text).put("published", "2025-03-20").toString()));
        assertFalse(r.path("stored").asBoolean());
        JsonNode doc = r.path("document");
        assertTrue(doc.path("entities").toString().contains("فارس نعمان"), doc.toString());
        assertEquals(1, doc.path("quotes").size());
        assertEquals("2025-04-03", doc.path("dates").get(0).path("value").asText());
        assertEquals(4, json(get("/api/health")).path("articles").asInt());
        JsonNode plain = json(post("/api/analyze", "text/plain; charset=utf-8", text));
        assertEquals(doc.path("text").asText(), plain.path("document").path("text").asText());
    }

    @Test
    void analyzeReadsHtmlPages() throws Exception {
        String page = "<!doctype html><html><head><title>افتتاح مكتبة</title></head><body><nav>الرئيسية | أخبار</nav>"
                + "<article><h1>افتتاح مكتبة عامة في حي الورود</h1><p>افتتحت البلدية مكتبة عامة جديدة في حي الورود تضم أكثر من 20 ألف كتاب، "
                + "وقالت مديرة المكتبة سلمى يوسف إن المكتبة ستفتح أبوابها يوميا حتى العاشرة مساء.</p>"
                + "<p>وتضم المكتبة قاعة للأطفال وأخرى للمطالعة الهادئة، إضافة إلى ركن للكتب الرقمية.</p></article></body></html>";
        JsonNode r = json(post("/api/analyze", "application/json",
                DocumentJson.mapper().createObjectNode().put("text", page).toString()));
        assertEquals("html", r.path("format").asText());
        String text = r.path("document").path("text").asText();
        assertTrue(text.contains("20 ألف كتاب"), text);
        assertFalse(text.contains("<p>"), text);
        assertFalse(text.contains("الرئيسية | أخبار"), text);
    }

    @Test
    void analyzeRejectsBadRequests() throws Exception {
        assertError(post("/api/analyze", "application/json", "{\"text\": 5}"), 400, "'text'");
        assertError(post("/api/analyze", "application/json", "{not json"), 400, "not valid JSON");
        assertError(post("/api/analyze", "application/json", "{\"text\": \"  \"}"), 400, "empty");
        assertError(post("/api/analyze", "application/json", "{\"text\": \"نص\", \"format\": \"pdf\"}"), 400, "format");
        assertError(post("/api/analyze", "application/xml", "<a/>"), 415, "send JSON");
        String big = "{\"text\": \"" + "كلمة ".repeat(20_000) + "\"}";
        assertError(post("/api/analyze", "application/json", big), 413, "limit");
    }

    @Test
    void openApiDescribesExactlyTheRoutes() throws Exception {
        JsonNode spec = json(get("/api/openapi.json"));
        assertEquals("3.0.3", spec.path("openapi").asText());
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey()));
            p.getValue().forEach(op -> assertTrue(op.path("responses").has("200"), p.getKey()));
        }
        Set<String> served = new HashSet<>();
        server.routes().forEach(r -> served.add(r.method() + " " + r.path()));
        assertEquals(served, documented);
        for (JsonNode ref : spec.findValues("$ref")) {
            String name = ref.asText().substring("#/components/schemas/".length());
            assertTrue(spec.path("components").path("schemas").has(name), name);
        }
    }

    @Test
    void staticFilesAreOnlyTheListedAssets() throws Exception {
        assertEquals(200, get("/assets/app.js").statusCode());
        for (String name : new WebAssets().names()) {
            HttpResponse<String> r = get("/assets/" + name);
            assertEquals(200, r.statusCode(), name);
        }
        for (String bad : new String[] {"/assets/../pom.xml", "/assets/%2e%2e/%2e%2e/pom.xml", "/assets/fonts/..%2f..%2fapp.js",
            "/assets/..%2F..%2F..%2Fetc%2Fpasswd", "/assets/index.html", "/assets/assets.txt", "/assets/%2Fetc%2Fpasswd",
            "/../../etc/passwd", "/assets/fonts/../../org/mirsad/app/Engine.class"}) {
            HttpResponse<String> r = get(bad);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, bad + " → " + r.statusCode());
            assertFalse(r.body().contains("root:") || r.body().contains("<project"), bad);
        }
    }

    @Test
    void pagesAreTheArabicShellWithSecurityHeaders() throws Exception {
        for (String page : new String[] {"/", "/search?q=x", "/article/abc", "/story/abc", "/stories", "/entity?name=x",
            "/entities", "/quotes", "/paste"}) {
            HttpResponse<String> r = get(page);
            assertEquals(200, r.statusCode(), page);
            assertTrue(r.body().contains("<html lang=\"ar\" dir=\"rtl\">"), page);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), page);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    @Test
    void foreignHostsAndCrossSiteWritesAreRefused() throws Exception {
        String answer = rawGet("/api/health", "rebind.example:" + server.port());
        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        assertTrue(rawGet("/api/health", "localhost:" + server.port()).startsWith("HTTP/1.1 200"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/analyze")))
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"نص\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertError(r, 403, "another site");
    }

    private String rawGet(String path, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void settingsRefuseAnOpenAddressWithoutToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServerSettings("0.0.0.0", 8080, null, 1, 1));
        assertTrue(e.getMessage().contains("--token"));
        assertNotNull(new ServerSettings("0.0.0.0", 8080, "s3cret", 1, 1));
        assertTrue(ServerSettings.isLoopback("127.0.0.1") && ServerSettings.isLoopback("localhost") && ServerSettings.isLoopback("[::1]"));
        assertFalse(ServerSettings.isLoopback("192.0.2.1"));
    }
}
