package org.mirsad.index.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.arabic.ArabicTokenizer;
import org.mirsad.arabic.LightStemmer;
import org.mirsad.core.model.Span;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;

/**
 * Highlights query words in an article's clean text (by light stem or exact normalized form, so
 * clitic-attached and differently spelled forms light up) and picks the passage with the most
 * matches.
 */
public final class Snippets {

    /** Length of a snippet, in characters. */
    public static final int LENGTH = 240;

    private Snippets() {
    }

    /** Spans of the words of {@code text} matching {@code stems} or {@code exact} forms. */
    public static List<Span> highlights(String text, Set<String> stems, Set<String> exact) {
        List<Span> out = new ArrayList<>();
        if (stems.isEmpty() && exact.isEmpty()) {
            return out;
        }
        for (Token t : ArabicTokenizer.tokenize(text)) {
            if (t.kind() == TokenKind.PUNCT || t.kind() == TokenKind.SYMBOL) {
                continue;
            }
            if (exact.contains(t.norm()) || stems.contains(LightStemmer.stem(t))) {
                out.add(t.span());
            }
        }
        return out;
    }

    /** The start of the {@link #LENGTH}-character window holding the most highlights, at a word boundary. */
    public static int bestStart(String text, List<Span> highlights) {
        if (highlights.isEmpty() || text.length() <= LENGTH) {
            return 0;
        }
        int best = 0;
        int bestCount = -1;
        int j = 0;
        for (int i = 0; i < highlights.size(); i++) {
            int start = highlights.get(i).start();
            while (j < highlights.size() && highlights.get(j).end() <= start + LENGTH) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = start;
            }
        }
        int s = Math.max(0, best - LENGTH / 4);
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** The end of a snippet starting at {@code start}, at a word boundary. */
    public static int end(String text, int start) {
        int e = Math.min(text.length(), start + LENGTH);
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return e;
    }
}
