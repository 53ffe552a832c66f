package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document-level second pass: what the rest of a document says about a word, and how it is weighed. */
class DocumentPassTest {

    private static final int L = TaggerModel.LABELS.size();
    private static final int BP = TaggerModel.labelOf("B-PERSON");
    private static final int IP = TaggerModel.labelOf("I-PERSON");

    private static TokenForms[] words(String s) {
        return TokenForms.of(s.split(" "));
    }

    /** «قال رامي الصباغ ...» then «وأضاف الصباغ ...» with the surname left untagged by the first pass. */
    private static List<TokenForms[]> doc() {
        return List.of(words("قال رامي الصباغ إن الجلسة انتهت"), words("وأضاف الصباغ أن الجلسة كانت طويلة"));
    }

    private static List<int[]> firstPass() {
        return List.of(new int[] {0, BP, IP, 0, 0, 0}, new int[] {0, 0, 0, 0, 0, 0});
    }

    @Test
    void aSurnameAloneLearnsThatItEndedAFullNameElsewhere() {
        int[][][] sig = DocumentSignals.of(doc(), firstPass());
        int[] surname = sig[1][1];
        assertTrue(contains(surname, DocumentSignals.conjoined(DocumentSignals.SURNAME, 0)), "الصباغ ended رامي الصباغ");
        assertTrue(contains(surname, DocumentSignals.conjoined(0, 0)), "tagged PERSON elsewhere, untagged here");
        // the full name's own surname sees the untagged occurrence
        assertTrue(contains(sig[0][2], DocumentSignals.conjoined(DocumentSignals.ALL_UNTAGGED, 1)));
        // الجلسة occurs twice, untagged both times
        assertTrue(contains(sig[1][3], DocumentSignals.plain(DocumentSignals.ALL_UNTAGGED)));
        // words that occur once, or are too short, say nothing
        assertEquals(0, sig[0][0].length);
        assertEquals(0, sig[1][2].length, "أن is too short");
        assertTrue(DocumentSignals.any(sig[1]));
    }

    @Test
    void theWeightsOfTheSignalsMoveTheSecondViterbi() {
        float[] w = new float[DocumentSignals.COUNT * L];
        w[DocumentSignals.conjoined(DocumentSignals.SURNAME, 0) * L + BP] = 10f;
        DocumentModel m = new DocumentModel(w);
        int[][][] sig = DocumentSignals.of(doc(), firstPass());
        float[] em = new float[6 * L];
        for (int i = 0; i < 6; i++) {
            em[i * L] = 1f; // the first pass prefers O everywhere
        }
        m.add(sig[1], em);
        int[] y = TaggerModel.viterbiScores(em, 6, new float[(L + 1) * L], TaggerModel.allowedTransitions(), L);
        assertArrayEquals(new int[] {0, BP, 0, 0, 0, 0}, y);
    }

    @Test
    void trainingIsDeterministicAndLearnsToTagTheMissedSurname() throws IOException {
        List<List<DocumentModel.Sentence>> docs = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            List<DocumentModel.Sentence> s = new ArrayList<>();
            List<TokenForms[]> t = doc();
            List<int[]> first = firstPass();
            int[][] gold = {{0, BP, IP, 0, 0, 0}, {0, BP, 0, 0, 0, 0}};
            for (int k = 0; k < 2; k++) {
                float[] em = new float[t.get(k).length * L];
                for (int i = 0; i < t.get(k).length; i++) {
                    em[i * L + first.get(k)[i]] = 1f;
                }
                s.add(new DocumentModel.Sentence(t.get(k), em, first.get(k), gold[k], new float[(L + 1) * L]));
            }
            docs.add(s);
        }
        DocumentModel a = DocumentModel.train(docs, 3, 2f, 1);
        DocumentModel b = DocumentModel.train(docs, 3, 2f, 1);
        assertArrayEquals(bytes(a), bytes(b));
        int[][][] sig = DocumentSignals.of(doc(), firstPass());
        float[] em = docs.get(0).get(1).emissions().clone();
        a.add(sig[1], em);
        int[] y = TaggerModel.viterbiScores(em, 6, new float[(L + 1) * L], TaggerModel.allowedTransitions(), L);
        assertEquals(BP, y[1]);
        assertEquals(0, y[3], "الجلسة stays untagged");
    }

    @Test
    void weightsSurviveWritingAndABadFileIsNamed() throws IOException {
        float[] w = new float[DocumentSignals.COUNT * L];
        w[5] = 1.25f;
        w[w.length - 1] = -3.5f;
        byte[] out = bytes(new DocumentModel(w));
        assertArrayEquals(out, bytes(DocumentModel.read(new ByteArrayInputStream(out))));
        IOException e = assertThrows(IOException.class,
                () -> DocumentModel.read(new ByteArrayInputStream("hello\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("hello"), e.getMessage());
    }

    private static byte[] bytes(DocumentModel m) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        m.write(o);
        return o.toByteArray();
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
