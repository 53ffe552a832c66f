package org.mirsad.arabic;

import java.util.List;
import org.mirsad.arabic.internal.SentenceScanner;
import org.mirsad.core.model.Sentence;

/**
 * Sentence splitting of Arabic news text: line breaks, {@code . ! ? ؟ …} and their runs
 * ({@code .. ...}), closing quotes, abbreviations and quotations. The rules are listed on
 * {@link SentenceScanner}.
 */
public final class SentenceSplitter {

    private SentenceSplitter() {
    }

    /** Sentences of {@code text}, trimmed, in order, never overlapping. */
    public static List<Sentence> split(String text) {
        return SentenceScanner.scan(text);
    }
}
