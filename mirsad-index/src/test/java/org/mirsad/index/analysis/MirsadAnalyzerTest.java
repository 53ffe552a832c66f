package org.mirsad.index.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class MirsadAnalyzerTest {

    private static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void stemmedTermsConflateCliticsAndSpellings() throws IOException {
        Analyzer a = new MirsadAnalyzer(AnalysisMode.STEMMED);
        assertEquals(terms(a, "الحكومة"), terms(a, "وللحكومات"));
        assertEquals(terms(a, "مستشفى"), terms(a, "المستشفي"));
        assertEquals(terms(a, "أحمد"), terms(a, "احمد"));
        assertEquals(terms(a, "الوزارة"), terms(a, "الوِزارة"));
    }

    @Test
    void stopWordsAreLeftOutButKeepPositions() throws IOException {
        Analyzer a = new MirsadAnalyzer(AnalysisMode.STEMMED);
        try (TokenStream ts = a.tokenStream("f", "اجتماع في القاهرة")) {
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            ts.incrementToken();
            ts.incrementToken();
            assertEquals(2, pos.getPositionIncrement());
            ts.end();
        }
    }

    @Test
    void exactModeKeepsWholeNormalizedWords() throws IOException {
        Analyzer a = new MirsadAnalyzer(AnalysisMode.EXACT);
        assertEquals(List.of("وللحكومات", "في", "القاهره"), terms(a, "وللحكومات في القاهرة،"));
    }

    @Test
    void offsetsPointIntoTheOriginal() throws IOException {
        String text = "قال «الوزير» أمس";
        try (TokenStream ts = new MirsadAnalyzer(AnalysisMode.EXACT).tokenStream("f", text)) {
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            ts.incrementToken();
            ts.incrementToken();
            assertEquals("الوزير", text.substring(off.startOffset(), off.endOffset()));
            ts.end();
        }
    }

    @Test
    void searchFindsCliticAttachedAndDifferentlySpelledForms() throws IOException {
        Analyzer stemmed = new MirsadAnalyzer(AnalysisMode.STEMMED);
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(stemmed))) {
                add(w, "1", "وصل وفد المفوضية إلى بيروت مساء الثلاثاء");
                add(w, "2", "وأكدت الحكومة اللبنانية التزامها بالإصلاحات");
                add(w, "3", "ارتفعت أسعار الخبز في الأسواق");
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                assertEquals(List.of("2"), ids(s, term(stemmed, "حكومه")));
                assertEquals(List.of("1"), ids(s, term(stemmed, "المفوضيه")));
                assertEquals(List.of("2"), ids(s, term(stemmed, "الاصلاح")));
                assertEquals(List.of("1"), ids(s, phrase(stemmed, "وفد مفوضية")));
                assertEquals(List.of(), ids(s, phrase(stemmed, "مفوضية وفد")));
            }
        }
    }

    private static void add(IndexWriter w, String id, String body) throws IOException {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.YES));
        d.add(new TextField("body", body, Field.Store.NO));
        w.addDocument(d);
    }

    private static Query term(Analyzer a, String word) throws IOException {
        return new TermQuery(new Term("body", terms(a, word).get(0)));
    }

    private static Query phrase(Analyzer a, String words) throws IOException {
        return new PhraseQuery("body", terms(a, words).toArray(new String[0]));
    }

    private static List<String> ids(IndexSearcher s, Query q) throws IOException {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : s.search(q, 10).scoreDocs) {
            out.add(s.storedFields().document(sd.doc).get("id"));
        }
        return out;
    }
}
