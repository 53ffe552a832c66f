package org.mirsad.index.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Metadata;
import org.mirsad.core.model.OffsetMap;
import org.mirsad.core.model.RawText;
import org.mirsad.index.store.CorpusStore;

/** The fields a hit shows come from the stored analysis, are remembered, and the memory stays bounded. */
class StoredHitFieldsTest {

    @TempDir
    Path dir;

    private static Document doc(String id, String outlet, String title, String text) {
        return Document.of(new Metadata(id, "test://" + id, outlet, title, null, null, outlet == null ? null : LocalDate.parse("2024-05-02"), "ar"),
                text, new RawText(text, OffsetMap.identity(text.length())));
    }

    @Test
    void fieldsAreReadOnceAndBounded() throws IOException {
        String longText = "نص طويل عن سوق الخضار في البلدة القديمة. ".repeat(40);
        try (CorpusStore store = CorpusStore.open(dir)) {
            store.upsert("k1", "o1", doc("a1", "جريدة النهر", "سوق الخضار", longText), "<html>خام</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            store.upsert("k2", "o2", doc("a2", null, null, "خبر قصير بلا عنوان."), null);
            store.commit();
        }
        try (FSDirectory fs = FSDirectory.open(dir.resolve("index")); DirectoryReader r = DirectoryReader.open(fs)) {
            IndexSearcher s = new IndexSearcher(r);
            StoredHitFields fields = new StoredHitFields(s, 1_000_000);
            int first = -1;
            int second = -1;
            for (int d = 0; d < r.maxDoc(); d++) {
                StoredHitFields.Shown f = fields.get(d);
                if ("جريدة النهر".equals(f.outlet())) {
                    first = d;
                    assertEquals("سوق الخضار", f.title());
                    assertEquals("2024-05-02", f.published());
                    assertEquals(longText, f.text());
                } else {
                    second = d;
                    assertNull(f.title());
                    assertNull(f.published());
                    assertEquals("خبر قصير بلا عنوان.", f.text());
                }
            }
            assertTrue(first >= 0 && second >= 0);
            assertSame(fields.get(first), fields.get(first), "remembered");
            assertEquals(2, fields.size());

            StoredHitFields small = new StoredHitFields(s, longText.length() / 2);
            small.get(first);
            small.get(second);
            assertTrue(small.size() <= 1, "over the bound the cache starts again: " + small.size());
            assertEquals(longText, small.get(first).text());

            StoredHitFields none = new StoredHitFields(s, 0);
            assertEquals(fields.get(first), none.get(first));
            assertEquals(0, none.size(), "0 remembers nothing");
        }
    }
}
