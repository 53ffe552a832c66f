package org.mirsad.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The project's own small corpus of Arabic news (written for these tests): a folder of scraped
 * text articles sharing an outlet's masthead and footer (so a boilerplate profile is learned), a
 * JSON Lines dump (one record a near-duplicate of a text article), a TREC document, a WARC crawl
 * with an HTML page and an image, a hidden file and a non-article file.
 */
final class TestCorpus {

    /** Articles the corpus yields. */
    static final int ARTICLES = 8;

    private TestCorpus() {
    }

    /** Copies the corpus into {@code dir} and writes its WARC file there; returns {@code dir}. */
    static Path writeTo(Path dir) throws IOException {
        Path source;
        try {
            source = Path.of(TestCorpus.class.getResource("/spark-corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.write(dir.resolve("crawl.warc"), warc());
        return dir;
    }

    private static byte[] warc() {
        String page = "<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>مهرجان الزيتون في جرش</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-20T09:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">الرئيسية</a> <a href=\"/culture\">ثقافة</a></nav><article><h1>مهرجان الزيتون في جرش</h1>"
                + "<p>افتتح محافظ جرش صباح الأربعاء مهرجان الزيتون السنوي بمشاركة أكثر من 120 مزارعا وتعاونية من مختلف "
                + "مناطق الشمال، ويستمر المهرجان خمسة أيام.</p>"
                + "<p>وقال رئيس اللجنة المنظمة وليد السعدي إن المهرجان يهدف إلى تسويق زيت الزيتون مباشرة من المزارع إلى "
                + "المستهلك، بأسعار تقل بنحو 15 في المئة عن أسعار السوق.</p>"
                + "<p>وأضاف أن المهرجان يضم هذا العام جناحا للصناعات الريفية وآخر للمأكولات الشعبية، وأن عدد الزوار "
                + "في اليوم الأول تجاوز أربعة آلاف زائر.</p></article><footer>جميع الحقوق محفوظة</footer></body></html>";
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(record("response", "https://news.example.com/culture/olive-festival",
                http("text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8))));
        warc.writeBytes(record("response", "https://news.example.com/images/olive.jpg",
                http("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01})));
        return warc.toByteArray();
    }

    private static byte[] record(String type, String uri, byte[] block) {
        String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2024-03-20T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                + UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
                + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(block);
        b.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private static byte[] http(String type, byte[] payload) {
        String head = "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + payload.length + "\r\n\r\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(payload);
        return b.toByteArray();
    }

    /** The lines of every part file under a Spark output folder. */
    static List<String> partLines(Path folder) throws IOException {
        try (Stream<Path> parts = Files.list(folder)) {
            return parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().flatMap(p -> {
                try {
                    return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(l -> !l.isEmpty()).toList();
        }
    }
}
