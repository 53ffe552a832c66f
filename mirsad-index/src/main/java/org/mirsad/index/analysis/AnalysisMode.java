package org.mirsad.index.analysis;

/** What terms {@link MirsadAnalyzer} emits for each word. */
public enum AnalysisMode {
    /** Light stems ({@link org.mirsad.arabic.LightStemmer}), stop words left out: for recall. */
    STEMMED,
    /** Whole normalized words, every word kept: for exact phrases and ranking exact forms first. */
    EXACT
}
