package org.mirsad.arabic;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.core.model.Sentence;
import org.mirsad.core.model.Span;

/** Sentence splitting. (Initial version.) */
public final class SentenceSplitter {

    private SentenceSplitter() {
    }

    /** Sentences of {@code text}, trimmed, in order. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '.'
                    || text.charAt(i) == '\u061F' || text.charAt(i) == '!' || text.charAt(i) == '?';
            if (end) {
                int e = Math.min(text.length(), i + (i < text.length() && text.charAt(i) != '\n' ? 1 : 0));
                int s = start;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                int t = e;
                while (t > s && Character.isWhitespace(text.charAt(t - 1))) {
                    t--;
                }
                if (t > s) {
                    out.add(new Sentence(new Span(s, t)));
                }
                start = e;
            }
        }
        return out;
    }
}
