package org.mirsad.index.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * The Lucene analyzer of Mirsad: the project's own Arabic normalizer, tokenizer and light
 * stemmer. Use {@link AnalysisMode#STEMMED} for recall fields and {@link AnalysisMode#EXACT} for
 * the exact-form fields that let exact phrases rank first.
 */
public final class MirsadAnalyzer extends Analyzer {

    private final AnalysisMode mode;

    /** An analyzer for {@code mode}. */
    public MirsadAnalyzer(AnalysisMode mode) {
        this.mode = mode;
    }

    /** The mode of this analyzer. */
    public AnalysisMode mode() {
        return mode;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new MirsadTokenizer(mode));
    }
}
