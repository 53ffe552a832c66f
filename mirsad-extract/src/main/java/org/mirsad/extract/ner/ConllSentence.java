package org.mirsad.extract.ner;

import java.util.List;

/**
 * One sentence of a CoNLL-style NER file: its tokens and their BIO tags in the Mirsad scheme
 * ({@code O}, {@code B-PERSON}, {@code I-PERSON}, {@code B-ORG}, {@code I-ORG}, {@code B-LOC}, {@code I-LOC},
 * {@code B-MISC}, {@code I-MISC}).
 *
 * @param tokens the surface tokens
 * @param tags   one tag per token
 */
public record ConllSentence(List<String> tokens, List<String> tags) {

    /** Validates and copies the fields. */
    public ConllSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("tokens and tags differ in length: " + tokens.size() + " vs " + tags.size());
        }
    }

    /** Number of tokens. */
    public int size() {
        return tokens.size();
    }
}
