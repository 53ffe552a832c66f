package org.mirsad.app.eval.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reader of the SaudiNewsNet daily zips ({@code YYYY-MM-DD.zip}, each one JSON array of
 * {@code {source, url, date_extracted, title, author, content}}), read straight from the archives.
 */
public final class SaudiNewsNet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SaudiNewsNet() {
    }

    /** Every article of every zip in {@code dir}, in file order. */
    public static List<CorpusArticle> read(Path dir) throws IOException {
        List<Path> zips;
        try (Stream<Path> s = Files.list(dir)) {
            zips = s.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
        if (zips.isEmpty()) {
            throw new IOException(dir + ": no SaudiNewsNet .zip files");
        }
        List<CorpusArticle> out = new ArrayList<>();
        for (Path zip : zips) {
            try (ZipFile z = new ZipFile(zip.toFile())) {
                for (ZipEntry e : java.util.Collections.list(z.entries())) {
                    if (!e.isDirectory() && e.getName().endsWith(".json")) {
                        readArray(z, e, out);
                    }
                }
            } catch (UncheckedIOException e) {
                throw new IOException(zip + ": " + e.getCause().getMessage(), e.getCause());
            }
        }
        return out;
    }

    private static void readArray(ZipFile z, ZipEntry e, List<CorpusArticle> out) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(z.getInputStream(e))) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(z.getName() + "!" + e.getName() + ": not a JSON array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode n = JSON.readTree(p);
                String url = n.path("url").asText("");
                String date = n.path("date_extracted").asText("");
                out.add(new CorpusArticle(url.isEmpty() ? e.getName() + "#" + out.size() : url,
                        n.path("source").asText(""), url, date.length() >= 10 ? date.substring(0, 10) : "",
                        n.path("title").asText(""), n.path("content").asText("")));
            }
        }
    }
}
