package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mirsad.extract.ner.NerModel;

class OwnFeaturesDecodeTest {

    private static TaggerModel shipped() {
        try (java.io.InputStream in = NerModel.class.getResourceAsStream(NerModel.DEFAULT_RESOURCE)) {
            return TaggerModel.read(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String[] SENTENCES = {
        "قال وزير الزراعة فادي العطار إن الموسم سيكون جيدا",
        "وأكدت رابطة المزارعين في تلمسان أن الأمطار تأخرت",
        "التقى العطار بوفد من بلدية سوق الأحد صباح الخميس",
        "وقالت المتحدثة باسم «هيئة المياه» ، ريم الشامي ، لوكالة رويترز : إن 40 % من الشبكة (نحو 12 كلم) تعمل",
        "وصل Jean Dupont إلى الرباط يوم 3 مارس 2024 قادما من باريس ، بحسب موقع Hespress",
        "؟",
        "وللاتحاد الأوروبي وللبنك الدولي ولمصر وبالعراق مواقف #سلمى_الحداد",
    };

    @Test
    void ownNeighbourAndPairwiseFeaturesAreExactlyTheFeaturesOfEveryToken() {
        Lexicons lex = Lexicons.defaults();
        for (String s : SENTENCES) {
            TokenForms[] t = TokenForms.of(s.split(" "));
            long[][] all = Features.extract(t, lex);
            long[][] pair = Features.pairwise(t, lex);
            for (int i = 0; i < t.length; i++) {
                List<Long> joined = new ArrayList<>();
                for (long f : Features.own(t[i])) {
                    joined.add(f);
                }
                for (int off : Features.NEIGHBOURS) {
                    int j = i + off;
                    long[] nb = j < 0 || j >= t.length ? Features.noNeighbour(off, lex.clusters())
                            : Features.asNeighbour(t[j], off, lex.clusters());
                    for (long f : nb) {
                        joined.add(f);
                    }
                }
                for (long f : pair[i]) {
                    joined.add(f);
                }
                long[] a = all[i].clone();
                long[] b = joined.stream().mapToLong(Long::longValue).toArray();
                Arrays.sort(a);
                Arrays.sort(b);
                assertArrayEquals(a, b, "token " + i + " of " + s);
            }
        }
    }

    @Test
    void cachedDecodingGivesTheLabelsOfPlainDecoding() {
        TaggerModel m = shipped();
        Lexicons lex = Lexicons.defaults();
        for (int pass = 0; pass < 2; pass++) { // the second pass reads the per-word cache
            for (String s : SENTENCES) {
                TokenForms[] t = TokenForms.of(s.split(" "));
                assertArrayEquals(m.decode(Features.extract(t, lex)), m.decode(t, lex), s);
            }
        }
    }

    @Test
    void cachedEmissionScoresAreTheSumsOfEveryFeatureOfEachToken() {
        TaggerModel m = shipped();
        Lexicons lex = Lexicons.defaults();
        for (int pass = 0; pass < 2; pass++) {
            for (String s : SENTENCES) {
                TokenForms[] t = TokenForms.of(s.split(" "));
                float[] plain = m.emissions(Features.extract(t, lex));
                float[] cached = m.emissions(t, lex);
                assertEquals(plain.length, cached.length);
                for (int k = 0; k < plain.length; k++) {
                    assertEquals(plain[k], cached[k], 1e-3f * Math.max(1f, Math.abs(plain[k])), s + " at " + k);
                }
            }
        }
    }

    @Test
    void pruningDropsFeaturesAndKeepsTheStrongOnes() {
        TaggerModel m = shipped();
        TaggerModel p = m.pruned(5f);
        assertTrue(p.features() < m.features());
        Set<Long> kept = new HashSet<>();
        for (long k : p.keys) {
            kept.add(k);
        }
        int strong = 0;
        for (int i = 0; i < m.keys.length; i++) {
            for (int y = 0; y < m.nLabels; y++) {
                if (Math.abs(m.w[i * m.nLabels + y]) >= 5f) {
                    assertTrue(kept.contains(m.keys[i]));
                    strong++;
                    break;
                }
            }
        }
        assertEquals(strong, p.features());
    }
}
