package org.mirsad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.app.eval.corpus.AntCorpus;
import org.mirsad.app.eval.corpus.CorpusArticle;
import org.mirsad.app.eval.corpus.SaudiNewsNet;

/** The evaluation-corpus readers on archives written by the test in the corpora's layouts. */
class CorpusReadersTest {

    @Test
    void saudiNewsNetZip(@TempDir Path dir) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dir.resolve("2020-01-01.zip")))) {
            z.putNextEntry(new ZipEntry("2020-01-01.json"));
            z.write("""
                    [{"source":"paperA","url":"http://a.example/1","date_extracted":"2020-01-01 10:00:00",
                      "title":"عنوان أول","author":"","content":"نص الخبر الأول"},
                     {"source":"paperB","url":"http://b.example/2","date_extracted":"2020-01-02 11:00:00",
                      "title":"عنوان ثان","author":"","content":"نص الخبر الثاني"}]
                    """.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        List<CorpusArticle> a = SaudiNewsNet.read(dir);
        assertEquals(2, a.size());
        assertEquals(new CorpusArticle("http://b.example/2", "paperB", "http://b.example/2", "2020-01-02", "عنوان ثان",
                "نص الخبر الثاني"), a.get(1));
    }

    @Test
    void antTarball(@TempDir Path dir) throws IOException {
        String doc = "<DOC>\n<DOCNO>X-1</DOCNO>\n<URL>http://x.example/1</URL>\n<SRC>siteX</SRC>\n"
                + "<TITLE>خبر تجريبي</TITLE>\n<TIME>Thu, 01 Mar 2018 09:53:40 +0400</TIME>\n<TEXT>\nجملة أولى.\n</TEXT>\n</DOC>\n";
        byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(dir.resolve("ant-x.tar.gz"));
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            TarArchiveEntry e = new TarArchiveEntry("SiteX/news/X-1.txt");
            e.setSize(bytes.length);
            tar.putArchiveEntry(e);
            tar.write(bytes);
            tar.closeArchiveEntry();
        }
        List<CorpusArticle> a = AntCorpus.read(dir);
        assertEquals(List.of(new CorpusArticle("X-1", "siteX", "http://x.example/1", "2018-03-01", "خبر تجريبي",
                "جملة أولى.")), a);
    }

    @Test
    void foldersWithoutArchivesAreReported(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> SaudiNewsNet.read(dir));
        assertEquals(dir + ": no SaudiNewsNet .zip files", e.getMessage());
    }
}
