package org.mirsad.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training is reproducible, and the shipped model still scores on the ANERcorp test split. */
class NerTrainingTest {

    /** A tiny CoNLL corpus written for this test. */
    private static final String CONLL = """
            قال O
            الوزير O
            سامر B-PERS
            الخطيب I-PERS
            إن O
            بيروت B-LOC
            ستستضيف O
            المؤتمر O
            . O

            أعلنت O
            منظمة B-ORG
            الصحة I-ORG
            العالمية I-ORG
            أن O
            الوضع O
            في O
            عمان B-LOC
            مستقر O
            . O
            """;

    private static byte[] bytes(NerModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void sameDataAndSeedGiveTheSameModelBytes() throws IOException {
        List<ConllSentence> data = ConllReader.parse(CONLL);
        assertEquals(2, data.size());
        NerTrainer.Options o = new NerTrainer.Options(7, 5, 0.5f, 0f);
        assertArrayEquals(bytes(NerTrainer.train(data, o, e -> { })), bytes(NerTrainer.train(data, o, e -> { })));
    }

    @Test
    void baggedModelsAreReproducibleAndAverageTheirMembers() throws IOException {
        List<ConllSentence> data = ConllReader.parse(CONLL);
        NerTrainer.Options bagged = new NerTrainer.Options(7, 5, 0.5f, 0f, 3);
        byte[] a = bytes(NerTrainer.train(data, bagged, e -> { }));
        assertArrayEquals(a, bytes(NerTrainer.train(data, bagged, e -> { })));
        byte[] single = bytes(NerTrainer.train(data, new NerTrainer.Options(7, 5, 0.5f, 0f, 1), e -> { }));
        org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(a, single), "averaging three shuffles changes the weights");
        // tags of the training sentences survive the averaging
        NerTagger t = new NerTagger(NerTrainer.train(data, bagged, e -> { }));
        assertEquals(data.get(0).tags(), t.tag(data.get(0).tokens()));
    }

    @Test
    void shippedModelScoresOnTheAnercorpTestSplit() throws IOException {
        String dir = System.getProperty("mirsad.eval.dir");
        Path test = dir == null ? null : Path.of(dir, "anercorp-camel", "ANERCorp_CamelLab_test.txt");
        assumeTrue(test != null && Files.isRegularFile(test), "ANERcorp test split absent");
        NerEvaluator.Report r = NerEvaluator.evaluate(ConllReader.read(test), NerTagger.defaultTagger());
        // the figure measured when the model was trained (micro F1 0.70); guards against a broken model or reader
        assertTrue(r.micro().f1() > 0.68, r.format());
    }
}
