package org.mirsad.app.eval.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reader of the ANT multi-source corpus tarballs ({@code ant-multisource-*.tar.gz}), one TREC-style
 * {@code <DOC>} per file with {@code DOCNO, URL, SRC, TITLE, TIME, TEXT} fields, read straight
 * from the archives.
 */
public final class AntCorpus {

    private AntCorpus() {
    }

    /** Every article of every tarball in {@code dir}, in archive order. */
    public static List<CorpusArticle> read(Path dir) throws IOException {
        List<Path> tars;
        try (Stream<Path> s = Files.list(dir)) {
            tars = s.filter(p -> p.getFileName().toString().endsWith(".tar.gz")).sorted().toList();
        }
        if (tars.isEmpty()) {
            throw new IOException(dir + ": no ANT .tar.gz archives");
        }
        List<CorpusArticle> out = new ArrayList<>();
        for (Path tar : tars) {
            try (InputStream in = new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(tar)));
                    TarArchiveInputStream t = new TarArchiveInputStream(in)) {
                TarArchiveEntry e;
                while ((e = t.getNextEntry()) != null) {
                    if (e.isFile() && e.getName().endsWith(".txt")) {
                        out.add(parse(e.getName(), new String(t.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            } catch (IOException e) {
                throw new IOException(tar + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** One ANT document from its file text. */
    static CorpusArticle parse(String name, String doc) {
        String id = field(doc, "DOCNO");
        return new CorpusArticle(id.isEmpty() ? name : id, field(doc, "SRC"), field(doc, "URL"),
                isoDate(field(doc, "TIME")), field(doc, "TITLE"), field(doc, "TEXT"));
    }

    private static String field(String doc, String tag) {
        int s = doc.indexOf("<" + tag + ">");
        if (s < 0) {
            return "";
        }
        s += tag.length() + 2;
        int e = doc.indexOf("</" + tag + ">", s);
        return (e < 0 ? doc.substring(s) : doc.substring(s, e)).strip();
    }

    private static String isoDate(String rfc1123) {
        try {
            return ZonedDateTime.parse(rfc1123, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
                    .toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return "";
        }
    }
}
