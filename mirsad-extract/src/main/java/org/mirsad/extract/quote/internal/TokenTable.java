package org.mirsad.extract.quote.internal;

import java.util.List;
import org.mirsad.core.model.Sentence;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;

/**
 * The document's tokens as parallel arrays of offsets and normalized forms, with feature-level
 * clitic stripping ({@link #bare}: conjunction و/ف removed) so the grammar does not depend on how
 * far the tokenizer's own segmentation has come.
 */
public final class TokenTable {

    /** The clean text. */
    public final String text;
    /** Number of tokens. */
    public final int n;
    /** Start offsets. */
    public final int[] start;
    /** End offsets (exclusive). */
    public final int[] end;
    /** Normalized forms (Latin lower-cased). */
    public final String[] norm;
    /** Normalized forms without a conjunction proclitic (و، ف). */
    public final String[] bare;
    /** True when {@link #bare} differs from {@link #norm}. */
    public final boolean[] conj;
    /** Token kinds. */
    public final TokenKind[] kind;
    /** First token of each sentence, plus {@code n} at the end. */
    public final int[] sentStart;

    /** Builds the table; sentences that hold no token are skipped. */
    public TokenTable(String text, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.n = tokens.size();
        start = new int[n];
        end = new int[n];
        norm = new String[n];
        bare = new String[n];
        conj = new boolean[n];
        kind = new TokenKind[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            start[i] = t.start();
            end[i] = t.end();
            kind[i] = t.kind();
            String nm = t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL
                    ? surface(text, t) : t.norm(); // the text layer's form is Lexicon.norm
            norm[i] = nm;
            if (t.kind() == TokenKind.ARABIC && nm.length() >= 3 && (nm.charAt(0) == 'و' || nm.charAt(0) == 'ف')
                    && !governor(text, t)) {
                bare[i] = nm.substring(1);
                conj[i] = true;
            } else {
                bare[i] = nm;
            }
        }
        sentStart = sentenceStarts(sentences);
        abbreviationDot = new boolean[n];
        for (int i = 1; i + 1 < n; i++) {
            abbreviationDot[i] = kind[i] == TokenKind.PUNCT && end[i] - start[i] == 1 && text.charAt(start[i]) == '.'
                    && kind[i - 1] == TokenKind.ARABIC && end[i - 1] - start[i - 1] == 1 && end[i - 1] == start[i]
                    && kind[i + 1] == TokenKind.ARABIC;
        }
    }

    /** The period after a one-letter abbreviation (د. سالم، م. خالد): part of the title, no stop. */
    private final boolean[] abbreviationDot;

    /**
     * The surface text of a punctuation or symbol token without copying it when it can be shared:
     * its normalized form when that is the same text, a shared one-character string otherwise.
     */
    /**
     * والي written with a final ي is the governor (وقال والي الخرطوم), not و + إلى, which is written with ى or,
     * normalized, looks the same.
     */
    private static boolean governor(String text, Token t) {
        return t.end() - t.start() == 4 && text.startsWith("\u0648\u0627\u0644\u064A", t.start());
    }

    private static String surface(String text, Token t) {
        String nm = t.norm();
        int len = t.end() - t.start();
        if (nm.length() == len && text.startsWith(nm, t.start())) {
            return nm;
        }
        return len == 1 ? Chars.string(text.charAt(t.start())) : text.substring(t.start(), t.end());
    }

    /** First token of each sentence that holds one (the first is always 0), plus {@code n}. */
    private int[] sentenceStarts(List<Sentence> sentences) {
        int[] starts = new int[sentences.size() + 2];
        int count = 0;
        starts[count++] = 0;
        int ti = 0;
        for (Sentence s : sentences) {
            while (ti < n && start[ti] < s.span().start()) {
                ti++;
            }
            if (ti < n && start[ti] < s.span().end() && starts[count - 1] < ti) {
                starts[count++] = ti;
            }
        }
        starts[count++] = n;
        return java.util.Arrays.copyOf(starts, count);
    }

    /** Number of sentences. */
    public int sentences() {
        return sentStart.length - 1;
    }

    /** True when token i is the single punctuation character c. */
    public boolean is(int i, char c) {
        return i >= 0 && i < n && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
    }

    /** True when token i is punctuation or a symbol. */
    public boolean punct(int i) {
        return i < 0 || i >= n || (kind[i] == TokenKind.PUNCT || kind[i] == TokenKind.SYMBOL) && !abbreviationDot[i];
    }

    /** The first token from {@code from} (at most {@code limit}) that starts at or after character {@code offset}. */
    public int firstFrom(int from, int limit, int offset) {
        int k = from;
        while (k < limit && start[k] < offset) {
            k++;
        }
        return k;
    }

    /** The token that starts exactly at {@code offset}, or -1. */
    public int tokenStartingAt(int offset) {
        int k = java.util.Arrays.binarySearch(start, 0, n, offset);
        return k >= 0 ? k : -1;
    }

    /** The token from {@code from} (before {@code limit}) that ends exactly at {@code offset}, or -1. */
    public int tokenEndingAt(int from, int limit, int offset) {
        int k = from;
        while (k < limit && end[k] < offset) {
            k++;
        }
        return k < limit && end[k] == offset ? k : -1;
    }

    /** True when token i is a comma (Arabic or Latin) or semicolon. */
    public boolean comma(int i) {
        return is(i, '،') || is(i, ',') || is(i, '؛') || is(i, ';');
    }

    /** True when token i ends a sentence or clause hard (. ! ? ؟ and line breaks between tokens). */
    public boolean stop(int i) {
        return is(i, '.') && !abbreviationDot[i] || is(i, '!') || is(i, '?') || is(i, '؟');
    }

    /**
     * The text offset after the first {@code k} normalized characters of token i: skips the
     * characters normalization removes (diacritics, tatweel), so a proclitic can be cut off exactly.
     */
    public int offsetAfter(int i, int k) {
        int o = start[i];
        int seen = 0;
        while (o < end[i] && seen < k) {
            if (!Chars.dropped(text.charAt(o))) {
                seen++;
            }
            o++;
        }
        while (o < end[i] && Chars.dropped(text.charAt(o))) {
            o++;
        }
        return o;
    }

    /** The text between two offsets. */
    public String slice(int s, int e) {
        return text.substring(s, e);
    }
}
