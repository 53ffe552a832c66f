package org.mirsad.extract.quote.internal;

import java.util.List;
import java.util.Map;

/**
 * Everything the attribution lexicon knows about one normalized word, gathered at load time so that
 * a token needs one hash lookup ({@link Lexicon#info}) instead of one per question: its cue forms,
 * its verb forms once an object pronoun is taken off, its phrase-trie node, the named word lists
 * that hold it and the derived closed classes. Words the lexicon does not know have no info (null).
 * Immutable.
 */
final class WordInfo {

    /** Cue forms of the word itself ({@link Lexicon#forms}); empty when none. */
    final List<CueForm> forms;
    /** Verb forms of the word without an object pronoun ({@link Lexicon#verbFormsWithObject}); empty when none. */
    final List<CueForm> withObject;
    /** {@link Lexicon#maqsuraOnly}. */
    final boolean maqsuraOnly;
    /** The phrase-trie node under the root for this word, or null. */
    final Map<String, Object> phraseNode;
    /** One bit per list of {@code words.txt} holding the word ({@link Lexicon#listBit}). */
    final long lists;
    /** {@link Lexicon#nonNp} with {@code bare} false, then true. */
    final boolean nonNp;
    final boolean nonNpBare;
    /** {@link Lexicon#mayStartOutlet}. */
    final boolean outletStart;
    /** An outlet word, bare or (longer than three letters) with ل or ب ({@link Grammar#outletHead}). */
    final boolean outletHead;

    WordInfo(List<CueForm> forms, List<CueForm> withObject, boolean maqsuraOnly, Map<String, Object> phraseNode,
             long lists, boolean nonNp, boolean nonNpBare, boolean outletStart, boolean outletHead) {
        this.forms = forms;
        this.withObject = withObject;
        this.maqsuraOnly = maqsuraOnly;
        this.phraseNode = phraseNode;
        this.lists = lists;
        this.nonNp = nonNp;
        this.nonNpBare = nonNpBare;
        this.outletStart = outletStart;
        this.outletHead = outletHead;
    }

    /** True when the word is in the list with bit {@code bit} (0: an unknown list, never). */
    boolean in(long bit) {
        return (lists & bit) != 0;
    }
}
