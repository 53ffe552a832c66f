package org.mirsad.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The baseline: Lucene's {@link ArabicAnalyzer} (tokenization, stop words, normalization, light
 * stemming), reading every token's term and offsets.
 */
public final class LuceneArabicSubject implements BenchSubject {

    private final ArabicAnalyzer analyzer = new ArabicAnalyzer();

    @Override
    public String name() {
        return "Lucene ArabicAnalyzer (baseline)";
    }

    @Override
    public long process(String text) {
        long tokens = 0;
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens += 1 + ((term.length() + off.startOffset()) & 0);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
