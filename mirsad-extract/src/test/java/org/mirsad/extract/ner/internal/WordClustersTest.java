package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordClustersTest {

    /** Invented sentences: names after reporting verbs, places after "في", verbs after "ثم". */
    private static DistributionalClusterer corpus() {
        DistributionalClusterer c = new DistributionalClusterer(new DistributionalClusterer.Options(2, 1000, 50, 6, 2, 10, 1));
        Random r = new Random(5);
        String[] names = {"زيدان", "قرطاج", "مهيار", "سلوان", "نوفل"};
        String[] places = {"حلب", "صفاقس", "مراكش", "الموصل"};
        String[] verbs = {"سافر", "عاد", "انتقل", "رحل"};
        for (int i = 0; i < 3000; i++) {
            c.add(List.of("قال", names[r.nextInt(names.length)], "ان", "الوفد", "وصل", "في", places[r.nextInt(places.length)]));
            c.add(List.of("ثم", verbs[r.nextInt(verbs.length)], "الى", places[r.nextInt(places.length)], "امس"));
        }
        return c;
    }

    @Test
    void wordsInTheSameContextsShareACluster() {
        Map<String, int[]> m = corpus().cluster();
        assertEquals(m.get("زيدان")[0], m.get("نوفل")[0]);
        assertEquals(m.get("حلب")[0], m.get("مراكش")[0]);
        assertNotEquals(m.get("زيدان")[0], m.get("حلب")[0]);
        // the fine grouping refines the coarse one
        assertEquals(m.get("زيدان")[1] / 2, m.get("زيدان")[0]);
    }

    @Test
    void sameInputGivesTheSameBytesAndTheTableRoundTrips() throws IOException {
        byte[] a = bytes(WordClusters.of(corpus().cluster()));
        byte[] b = bytes(WordClusters.of(corpus().cluster()));
        assertArrayEquals(a, b);
        WordClusters back = WordClusters.read(new ByteArrayInputStream(a));
        WordClusters orig = WordClusters.of(corpus().cluster());
        assertEquals(orig.fingerprint(), back.fingerprint());
        assertArrayEquals(orig.of("مهيار"), back.of("مهيار"));
        assertNull(back.of("كلمة-لم-ترد"));
    }

    @Test
    void rareWordsAreNotClustered() {
        DistributionalClusterer c = new DistributionalClusterer(new DistributionalClusterer.Options(3, 1000, 50, 2, 2, 5, 1));
        c.add(List.of("نادر", "جدا"));
        c.add(List.of("جدا", "جدا"));
        Map<String, int[]> m = c.cluster();
        assertNull(m.get("نادر"));
        assertEquals(1, m.size());
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedWithAClearError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write("word\t1\t2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        IOException e = assertThrows(IOException.class, () -> WordClusters.read(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(true, e.getMessage().contains("not a Mirsad word-cluster file"));
    }

    private static byte[] bytes(WordClusters w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(out);
        return out.toByteArray();
    }
}
