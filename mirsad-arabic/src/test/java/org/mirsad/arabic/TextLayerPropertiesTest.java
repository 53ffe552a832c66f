package org.mirsad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mirsad.core.model.Sentence;
import org.mirsad.core.model.Token;

/** Properties of the text layer on random text mixing Arabic, marks, odd spaces and surrogates. */
class TextLayerPropertiesTest {

    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("قال", "الوزير", "وبالعاصمة", "«", "»", "“", "”", "\"", ".", "..", "...", "؟", "!",
                        "،", "٣٫٤", "1,850", "3.4", "\u00A0", "\u200F", "\u200E", "\u0640", "\u064E", "\u0651",
                        "\uD83D\uDE00", "\uFEFB", "http://x.org/a.", "a@b.co", "د.", "\n", " ", "U.S.", "5G"),
                Arbitraries.strings().all().ofMaxLength(6));
        return pieces.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property
    void tokensAreSortedDisjointAndOnlyLeaveOutSpaceAndFormatChars(@ForAll("newsLike") String text) {
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        int pos = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= pos && t.end() > t.start() && t.end() <= text.length());
            for (int k = pos; k < t.start(); k++) {
                char c = text.charAt(k);
                assertTrue(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085'
                        || Character.getType(c) == Character.FORMAT, () -> "left out " + Integer.toHexString(c));
            }
            pos = t.end();
        }
    }

    @Property
    void tokensNeverSplitSurrogatePairs(@ForAll("newsLike") String text) {
        for (Token t : ArabicTokenizer.tokenize(text)) {
            assertTrue(!Character.isLowSurrogate(text.charAt(t.start())) || t.start() == 0
                    || !Character.isHighSurrogate(text.charAt(t.start() - 1)));
        }
    }

    @Property
    void segmentationRebuildsTheNorm(@ForAll("newsLike") String text) {
        for (Token t : ArabicTokenizer.tokenize(text)) {
            assertEquals(t.norm(), t.prefix() + t.stem() + t.suffix());
        }
    }

    @Property
    void normalizationIsIdempotent(@ForAll String s) {
        String once = ArabicNormalizer.normalize(s);
        assertEquals(once, ArabicNormalizer.normalize(once));
    }

    @Property
    void normalizationIsIdempotentOnNewsText(@ForAll("newsLike") String s) {
        String once = ArabicNormalizer.normalize(s);
        assertEquals(once, ArabicNormalizer.normalize(once));
    }

    @Property
    void sentencesAreSortedDisjointTrimmedAndNonEmpty(@ForAll("newsLike") String text) {
        int pos = 0;
        for (Sentence s : SentenceSplitter.split(text)) {
            assertTrue(s.span().start() >= pos && s.span().end() > s.span().start());
            assertTrue(!Character.isWhitespace(text.charAt(s.span().start())));
            assertTrue(!Character.isWhitespace(text.charAt(s.span().end() - 1)));
            pos = s.span().end();
        }
    }

    @Property
    void everyTokenLiesInsideOneSentenceOrBetweenThem(@ForAll("newsLike") String text) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        for (Token t : ArabicTokenizer.tokenize(text)) {
            for (Sentence s : sentences) {
                boolean overlaps = t.start() < s.span().end() && s.span().start() < t.end();
                if (overlaps) {
                    assertTrue(t.start() >= s.span().start() && t.end() <= s.span().end(),
                            () -> "token " + t.span() + " crosses sentence " + s.span());
                }
            }
        }
    }
}
