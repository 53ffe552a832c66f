package org.mirsad.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.app.Engine;
import org.mirsad.app.corpus.LiveCorpus;
import org.mirsad.core.json.DocumentJson;

/** Ingest through the API (upload, URL), upload limits, and the access token. */
class ServerIngestTest {

    private static final String ARTICLE = "حملة لتشجير ضفاف النهر في مدينة الريحان\n\n"
            + "أطلقت بلدية الريحان حملة لزراعة 5 آلاف شجرة على ضفاف النهر خلال شهر نيسان، بمشاركة متطوعين من المدارس والجامعات.\n"
            + "وقال رئيس البلدية جميل عساف إن الحملة «تهدف إلى حماية التربة من الانجراف وتوفير متنفس للسكان».\n";

    private final HttpClient http = HttpClient.newHttpClient();

    private static byte[] multipart(String boundary, String filename, byte[] content) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(content);
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private HttpResponse<String> upload(MirsadServer s, String filename, byte[] content) throws Exception {
        String boundary = "mirsadTestBoundary7";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/ingest"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, filename, content))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(MirsadServer s, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void uploadedFilesAreStoredOnceAndSearchable(@TempDir Path dir) throws Exception {
        try (LiveCorpus corpus = LiveCorpus.open(dir.resolve("data"), Engine.createDefault());
             MirsadServer s = MirsadServer.start(corpus, ServerSettings.loopback(0))) {
            HttpResponse<String> r = upload(s, "../../شجر.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), r.body());
            JsonNode o = DocumentJson.mapper().readTree(r.body());
            assertEquals(1, o.path("report").path("added").asInt(), r.body());
            assertEquals("حملة لتشجير ضفاف النهر في مدينة الريحان", o.path("stored").get(0).path("title").asText());
            String id = o.path("stored").get(0).path("id").asText();
            JsonNode doc = DocumentJson.mapper().readTree(get(s, "/api/documents/" + id).body()).path("document");
            assertEquals("upload/شجر.txt", doc.path("source").asText());
            JsonNode found = DocumentJson.mapper().readTree(get(s, "/api/search?q=" + URLEncoder.encode("والحملة", StandardCharsets.UTF_8)).body());
            assertEquals(1, found.path("total").asInt());
            JsonNode again = DocumentJson.mapper().readTree(upload(s, "copy.txt", ARTICLE.getBytes(StandardCharsets.UTF_8)).body());
            assertEquals(0, again.path("report").path("added").asInt());
            assertEquals(1, again.path("report").path("unchanged").asInt());
            assertEquals(1, corpus.size());
        }
    }

    @Test
    void republishedCopiesAreListedAsDuplicates(@TempDir Path dir) throws Exception {
        String wire = ARTICLE + "وأشار عساف إلى أن البلدية خصصت ميزانية للري بالتنقيط على طول المسار، وأن الحملة ستتكرر في الخريف المقبل "
                + "إذا نجحت المرحلة الأولى، داعيا الأهالي إلى المشاركة في أيام الزراعة المقبلة.\n"
                + "وتشمل الحملة أنواعا محلية من الأشجار تتحمل الجفاف، مثل الخروب والسنديان والبطم، اختارها مهندسون زراعيون بعد دراسة "
                + "طبيعة التربة على الضفتين، كما ستقام مشاتل صغيرة في ثلاث مدارس لتأمين الشتول في السنوات المقبلة.\n"
                + "ويأمل القائمون على المشروع أن تتحول الضفاف خلال خمس سنوات إلى ممر أخضر يصل أحياء المدينة بعضها ببعض.\n";
        String copy = wire.replace("حملة لتشجير ضفاف النهر في مدينة الريحان", "الريحان: حملة لتشجير ضفاف النهر")
                .replace("في ثلاث مدارس", "في ثلاث مدارس حكومية");
        try (LiveCorpus corpus = LiveCorpus.open(dir.resolve("data"), Engine.createDefault());
             MirsadServer s = MirsadServer.start(corpus, ServerSettings.loopback(0))) {
            String first = DocumentJson.mapper().readTree(upload(s, "wire.txt", wire.getBytes(StandardCharsets.UTF_8)).body())
                    .path("stored").get(0).path("id").asText();
            upload(s, "copy.txt", copy.getBytes(StandardCharsets.UTF_8));
            assertEquals(2, corpus.size());
            JsonNode groups = DocumentJson.mapper().readTree(get(s, "/api/duplicates").body()).path("groups");
            assertEquals(1, groups.size(), groups.toString());
            assertEquals(2, groups.get(0).path("members").size());
            JsonNode doc = DocumentJson.mapper().readTree(get(s, "/api/documents/" + first).body());
            assertEquals(2, doc.path("duplicates").size(), doc.path("duplicates").toString());
        }
    }

    @Test
    void urlsAreFetchedAndUploadsOverTheLimitRefused(@TempDir Path dir) throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<html><head><meta charset=utf-8><title>مهرجان الزيتون</title></head><body><article><h1>مهرجان الزيتون السنوي</h1>"
                + "<p>انطلق مهرجان الزيتون السنوي في ساحة البلدة القديمة بمشاركة 40 مزارعا يعرضون زيتهم وصابونهم، ويستمر حتى نهاية الأسبوع.</p>"
                + "<p>وقالت منظمة المهرجان رنا الحلبي إن الإقبال فاق التوقعات منذ اليوم الأول.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        site.createContext("/", ex -> {
            boolean article = ex.getRequestURI().getPath().equals("/news/olive");
            byte[] body = article ? page : new byte[0];
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(article ? 200 : 404, article ? body.length : -1);
            if (article) {
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        site.start();
        try (LiveCorpus corpus = LiveCorpus.open(dir.resolve("data"), Engine.createDefault());
             MirsadServer s = MirsadServer.start(corpus, new ServerSettings("127.0.0.1", 0, null, 4096, 2048))) {
            String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/news/olive";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/ingest"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            JsonNode o = DocumentJson.mapper().readTree(r.body());
            assertEquals(1, o.path("report").path("added").asInt(), r.body());
            assertEquals(url, DocumentJson.mapper().readTree(get(s, "/api/documents/" + o.path("stored").get(0).path("id").asText()).body())
                    .path("document").path("source").asText());
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/ingest"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"file:///etc/passwd\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, bad.statusCode());
            HttpResponse<String> big = upload(s, "big.txt", ARTICLE.repeat(20).getBytes(StandardCharsets.UTF_8));
            assertEquals(413, big.statusCode(), big.body());
            assertTrue(DocumentJson.mapper().readTree(big.body()).path("message").asText().contains("limit"));
            assertEquals(1, corpus.size());
        } finally {
            site.stop(0);
        }
    }

    @Test
    void aTokenIsRequiredByHeaderOrCookie(@TempDir Path dir) throws Exception {
        try (LiveCorpus corpus = LiveCorpus.open(dir.resolve("data"), Engine.createDefault());
             MirsadServer s = MirsadServer.start(corpus, new ServerSettings("127.0.0.1", 0, "t0ken-olive-7", 4096, 4096))) {
            assertEquals(401, get(s, "/api/health").statusCode());
            assertEquals(401, get(s, "/").statusCode());
            assertEquals(401, get(s, "/api/health", "Authorization", "Bearer wrong").statusCode());
            assertEquals(200, get(s, "/api/health", "Authorization", "Bearer t0ken-olive-7").statusCode());
            HttpResponse<String> login = get(s, "/article/x?token=" + URLEncoder.encode("t0ken-olive-7", StandardCharsets.UTF_8));
            assertEquals(302, login.statusCode());
            assertEquals("/article/x", login.headers().firstValue("Location").orElse(""));
            String cookie = login.headers().firstValue("Set-Cookie").orElse("");
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
            String pair = cookie.substring(0, cookie.indexOf(';'));
            assertEquals(200, get(s, "/api/health", "Cookie", pair).statusCode());
            assertEquals(200, get(s, "/paste", "Cookie", pair).statusCode());
            assertEquals(401, get(s, "/api/health", "Cookie", "mirsad_token=nope").statusCode());
        }
    }
}
