package org.mirsad.app.bench;

import org.mirsad.arabic.ArabicTokenizer;
import org.mirsad.arabic.SentenceSplitter;

/** Mirsad's text layer: normalization (into each token), tokenization with clitics, sentences. */
public final class MirsadTextLayerSubject implements BenchSubject {

    @Override
    public String name() {
        return "Mirsad text layer (normalize+tokenize+sentences)";
    }

    @Override
    public long process(String text) {
        int tokens = ArabicTokenizer.tokenize(text).size();
        return tokens + (SentenceSplitter.split(text).size() & 0);
    }
}
