package org.mirsad.ingest.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reader on fixtures written here, including broken and hostile inputs. */
class InputReaderTest {

    private static final String ARTICLE = "صحيفة المرفأ\nافتتاح سوق جديد للخضار في الحي الشرقي\n\nافتتحت البلدية صباح اليوم سوقا "
            + "جديدة للخضار والفواكه في الحي الشرقي، تضم أربعين محلا.\n";

    /** Collects what the reader reports. */
    static final class Collect implements ItemSink {
        final List<RawItem> items = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final List<String> failed = new ArrayList<>();

        @Override
        public void item(RawItem item) {
            items.add(item);
        }

        @Override
        public void skipped(String origin, String reason) {
            skipped.add(origin + ": " + reason);
        }

        @Override
        public void failed(String origin, String problem) {
            failed.add(origin + ": " + problem);
        }
    }

    private static Collect read(Path... paths) {
        Collect c = new Collect();
        new InputReader(ReaderOptions.DEFAULT.withFetch(false)).read(Arrays.stream(paths).map(Path::toString).toList(), c);
        return c;
    }

    @Test
    void plainTextArticle(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), ARTICLE, StandardCharsets.UTF_8);
        Collect c = read(f);
        assertEquals(1, c.items.size());
        assertEquals(Format.TEXT, c.items.get(0).format());
    }

    @Test
    void htmlIsRecognizedByContentWhateverTheName(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("page.dat"), "<!DOCTYPE html><html dir=\"rtl\"><body><p>نص</p></body></html>");
        assertEquals(Format.HTML, read(f).items.get(0).format());
    }

    @Test
    void jsonLinesWithABrokenLineKeepsTheOthers(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("dump.jsonl"), """
                {"title": "خبر أول", "text": "نص الخبر الأول", "url": "http://x.example/1", "date": "2024-02-03"}
                {"title": "خبر مكسور", "text": "نص
                {"title": "خبر ثالث", "text": "نص الخبر الثالث"}
                {"title": "بلا نص"}
                """);
        Collect c = read(f);
        assertEquals(2, c.items.size());
        assertEquals("http://x.example/1", c.items.get(0).hints().url());
        assertEquals("2024-02-03", c.items.get(0).hints().published());
        assertEquals(1, c.failed.size());
        assertTrue(c.failed.get(0).contains("#2: broken JSON line"));
        assertEquals(1, c.skipped.size());
    }

    @Test
    void jsonArrayWithCustomFields(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("dump.json"), "[{\"headline2\": \"ع\", \"story\": \"نص القصة\"}]");
        Collect c = new Collect();
        new InputReader(ReaderOptions.DEFAULT.withFields("headline2", "story", null, null, null)).read(List.of(f.toString()), c);
        assertEquals(1, c.items.size());
        assertEquals("نص القصة", c.items.get(0).text());
        assertEquals("ع", c.items.get(0).hints().title());
    }

    @Test
    void rssFeed(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("feed.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>موقع الميناء</title><link>http://port.example</link><description>d</description>
                <item><title>وصول سفينة مساعدات</title><link>http://port.example/1</link>
                <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>وصلت السفينة إلى الرصيف صباحا.</description></item>
                <item><title>بلا محتوى</title><link>http://port.example/2</link></item>
                </channel></rss>
                """);
        Collect c = read(f);
        assertEquals(1, c.items.size());
        RawItem i = c.items.get(0);
        assertEquals("http://port.example/1", i.hints().url());
        assertEquals("2024-03-05", i.hints().published());
        assertEquals("موقع الميناء", i.hints().outlet());
        assertEquals(1, c.skipped.size());
    }

    @Test
    void atomFeedWithFullContent(@TempDir Path dir) throws IOException {
        String body = "<p>" + "فقرة طويلة من نص الخبر تتكرر لتبلغ طول المقال الكامل. ".repeat(12) + "</p>";
        Path f = Files.writeString(dir.resolve("atom.xml"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>نشرة</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>
                <entry><title>عنوان</title><id>urn:1</id><link href="http://n.example/a"/><updated>2024-01-02T08:00:00Z</updated>
                <content type="html"><![CDATA[%s]]></content></entry></feed>
                """.formatted(body));
        Collect c = read(f);
        assertEquals(Format.HTML, c.items.get(0).format());
        assertEquals("2024-01-02", c.items.get(0).hints().published());
    }

    @Test
    void trecDocuments(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("d.txt"), "<DOC>\n<DOCNO>A-1</DOCNO>\n<SRC>site</SRC>\n<TITLE>عنوان</TITLE>\n"
                + "<TIME>Thu, 01 Mar 2018 09:53:40 +0400</TIME>\n<TEXT>\nنص\n</TEXT>\n</DOC>\n");
        RawItem i = read(f).items.get(0);
        assertEquals(Format.FIELDS, i.format());
        assertEquals("2018-03-01", i.hints().published());
        assertEquals("site", i.hints().outlet());
    }

    @Test
    void archivesAreReadRecursively(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(inner)) {
            z.putNextEntry(new ZipEntry("inner/a.txt"));
            z.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("__MACOSX/._a.txt"));
            z.write(new byte[] {0, 1, 2});
        }
        Path tgz = dir.resolve("batch.tar.gz");
        try (OutputStream out = Files.newOutputStream(tgz);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            addTar(tar, "articles/b.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
            addTar(tar, "articles/nested.zip", inner.toByteArray());
        }
        Collect c = read(tgz);
        assertEquals(2, c.items.size(), () -> c.items + " " + c.skipped + " " + c.failed);
        assertTrue(c.items.get(1).origin().endsWith("batch.tar!articles/nested.zip!inner/a.txt"));
        assertEquals(1, c.skipped.size());
    }

    @Test
    void truncatedGzipFailsWithAReasonAndOtherInputsGoOn(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(ARTICLE.repeat(200).getBytes(StandardCharsets.UTF_8));
        }
        byte[] full = b.toByteArray();
        Path broken = Files.write(dir.resolve("a.txt.gz"), Arrays.copyOf(full, full.length / 2));
        Path good = Files.writeString(dir.resolve("b.txt"), ARTICLE);
        Collect c = read(broken, good);
        assertEquals(1, c.failed.size());
        assertTrue(c.failed.get(0).contains("gzip"), c.failed.get(0));
        assertEquals(1, c.items.size());
    }

    @Test
    void hugeInputsFailCleanly(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.html");
        byte[] page = ("<html><body>" + "<p>نص</p>".repeat(5_000_000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertTrue(page.length > 50_000_000);
        Files.write(big, page);
        Collect c = read(big);
        assertEquals(List.of(big + ": larger than the limit of 32 MB"), c.failed);
    }

    @Test
    void missingInputsAndEmptyFilesAreAccountedFor(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Collect c = read(dir.resolve("nope.txt"), empty);
        assertEquals(List.of(dir.resolve("nope.txt") + ": no such file or folder"), c.failed);
        assertEquals(List.of(empty + ": empty"), c.skipped);
    }

    @Test
    void legacyEncodedBytesArePassedOnUndecoded(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("old.txt"), ARTICLE.getBytes(Charset.forName("windows-1256")));
        RawItem i = read(f).items.get(0);
        assertEquals(Format.TEXT, i.format());
        assertEquals(Files.size(f), i.bytes().length);
    }

    private static byte[] warcRecord(String type, String uri, String contentType, byte[] block) {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
                        (type + uri).getBytes(StandardCharsets.UTF_8)) + ">\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(block);
        b.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private static byte[] httpResponse(int status, String type, String body) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + payload.length + "\r\n\r\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(payload);
        return b.toByteArray();
    }

    @Test
    void warcHtmlResponsesBecomeItems(@TempDir Path dir) throws IOException {
        String page = "<html><body><p>" + "وصلت القافلة إلى المدينة صباح اليوم. ".repeat(5) + "</p></body></html>";
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8)));
        warc.writeBytes(warcRecord("response", "http://news.example/a", "application/http; msgtype=response",
                httpResponse(200, "text/html; charset=utf-8", page)));
        warc.writeBytes(warcRecord("response", "http://news.example/logo.png", "application/http; msgtype=response",
                httpResponse(200, "image/png", "PNG")));
        warc.writeBytes(warcRecord("response", "http://news.example/missing", "application/http; msgtype=response",
                httpResponse(404, "text/html", "<html>not found</html>")));
        Path gz = dir.resolve("crawl.warc.gz");
        try (GZIPOutputStream g = new GZIPOutputStream(Files.newOutputStream(gz))) {
            g.write(warc.toByteArray());
        }
        Collect c = read(gz);
        assertEquals(1, c.items.size(), () -> c.items + " " + c.skipped + " " + c.failed);
        assertEquals(Format.HTML, c.items.get(0).format());
        assertEquals("http://news.example/a", c.items.get(0).hints().url());
        assertEquals(1, c.skipped.size(), c.skipped::toString);
        assertTrue(c.skipped.get(0).contains("2 WARC responses"), c.skipped.get(0));
    }

    @Test
    void feedsGivenByUrlFollowSummaryLinksAndHonourRobots() throws IOException {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>موقع الواحة</title>"
                + "<link>" + base + "</link><description>d</description>"
                + "<item><title>خبر أول</title><link>" + base + "/news/1</link><description>ملخص قصير</description></item>"
                + "<item><title>خبر محجوب</title><link>" + base + "/private/2</link><description>ملخص ثان</description></item>"
                + "</channel></rss>";
        java.util.Map<String, String> pages = java.util.Map.of(
                "/feed.xml", feed,
                "/robots.txt", "User-agent: *\nDisallow: /private/\n",
                "/news/1", "<html><body><p>" + "نص الخبر الكامل في الصفحة المرتبطة بالملخص. ".repeat(5) + "</p></body></html>");
        java.util.List<String> agents = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.createContext("/", ex -> {
            agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            String body = pages.get(ex.getRequestURI().getPath());
            byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : b.length);
            if (body != null) {
                ex.getResponseBody().write(b);
            }
            ex.close();
        });
        server.start();
        try {
            Collect c = new Collect();
            new InputReader(ReaderOptions.DEFAULT).read(List.of(base + "/feed.xml"), c);
            assertEquals(2, c.items.size(), () -> c.items + " " + c.skipped + " " + c.failed);
            assertEquals(Format.HTML, c.items.get(0).format());
            assertEquals(Format.FIELDS, c.items.get(1).format(), "the disallowed article keeps its summary");
            assertTrue(c.skipped.get(0).contains("robots.txt"), c.skipped::toString);
            assertTrue(agents.stream().allMatch(a -> a != null && a.startsWith("Mirsad/")), agents::toString);

            Collect off = new Collect();
            new InputReader(ReaderOptions.DEFAULT.withFetch(false)).read(List.of(base + "/feed.xml"), off);
            assertTrue(off.items.isEmpty());
            assertTrue(off.skipped.get(0).contains("fetching is off"), off.skipped::toString);
        } finally {
            server.stop(0);
        }
    }

    private static void addTar(TarArchiveOutputStream tar, String name, byte[] bytes) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    @Test
    void aStreamIsReadAsTheFileOfThatName(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(b)) {
            gz.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
        }
        Path file = Files.write(dir.resolve("a.txt.gz"), b.toByteArray());
        Collect fromFile = read(file);
        Collect fromStream = new Collect();
        new InputReader(ReaderOptions.DEFAULT.withFetch(false)).read("hdfs://nn/x/a.txt.gz",
                new java.io.ByteArrayInputStream(b.toByteArray()), fromStream);
        assertEquals(1, fromStream.items.size());
        assertEquals("hdfs://nn/x/a.txt", fromStream.items.get(0).origin());
        assertEquals(fromFile.items.get(0).format(), fromStream.items.get(0).format());
        assertArrayEquals(fromFile.items.get(0).bytes(), fromStream.items.get(0).bytes());

        Collect broken = new Collect();
        new InputReader(ReaderOptions.DEFAULT.withFetch(false)).read("b.gz",
                new java.io.ByteArrayInputStream(java.util.Arrays.copyOf(b.toByteArray(), 12)), broken);
        assertEquals(1, broken.failed.size(), "a truncated stream is reported, not thrown");
    }

    @Test
    void folderSkipReasonsNameHiddenFilesAndNonArticleFormats() {
        assertEquals("hidden file", InputReader.folderSkipReason(".draft.txt"));
        assertEquals("hidden file", InputReader.folderSkipReason("a/.git/config"));
        assertEquals("hidden file", InputReader.folderSkipReason("__MACOSX/x.txt"));
        assertEquals("not an article format (.png)", InputReader.folderSkipReason("img/logo.PNG"));
        assertEquals("not an article format (.md)", InputReader.folderSkipReason("README.md"));
        assertEquals(null, InputReader.folderSkipReason("news/2024/a.txt"));
        assertEquals(null, InputReader.folderSkipReason("dump.jsonl"));
    }
}
