package org.mirsad.arabic;

import java.util.List;
import org.mirsad.arabic.internal.Scanner;
import org.mirsad.core.model.Token;

/**
 * Tokenization of Arabic (and mixed) text with exact UTF-16 offsets.
 *
 * <p>Each token carries its normalized form ({@link ArabicNormalizer}) and, for Arabic words,
 * the safe clitic segmentation ({@link CliticSegmenter}). The rules are listed on
 * {@link Scanner}. Tokens never overlap, are in text order, and white space and invisible format
 * characters between them are the only text they leave out.
 */
public final class ArabicTokenizer {

    private ArabicTokenizer() {
    }

    /** Tokens of {@code text}, in order, with exact offsets. */
    public static List<Token> tokenize(String text) {
        return Scanner.scan(text, 0, text.length());
    }

    /** Tokens of {@code text[start, end)}, with offsets into {@code text}. */
    public static List<Token> tokenize(String text, int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") outside text of length "
                    + text.length());
        }
        return Scanner.scan(text, start, end);
    }
}
