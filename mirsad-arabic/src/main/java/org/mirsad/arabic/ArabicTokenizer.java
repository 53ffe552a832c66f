package org.mirsad.arabic;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.core.model.Span;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;

/** Tokenization with offsets. (Initial version; clitics, numbers, URLs to come.) */
public final class ArabicTokenizer {

    private ArabicTokenizer() {
    }

    /** Tokens of {@code text}, in order, with exact offsets. */
    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                        || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                    i++;
                }
                String surface = text.substring(start, i);
                TokenKind kind = Character.isDigit(c) ? TokenKind.NUMBER
                        : c >= '\u0600' && c <= '\u06FF' ? TokenKind.ARABIC : TokenKind.LATIN;
                out.add(Token.simple(new Span(start, i), kind, ArabicNormalizer.normalize(surface)));
            } else {
                i++;
                out.add(Token.simple(new Span(start, i), TokenKind.PUNCT, String.valueOf(c)));
            }
        }
        return out;
    }
}
