package org.mirsad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;

class ArabicTokenizerTest {

    private static List<String> surfaces(String text) {
        return ArabicTokenizer.tokenize(text).stream().map(t -> t.text(text)).collect(Collectors.toList());
    }

    private static List<TokenKind> kinds(String text) {
        return ArabicTokenizer.tokenize(text).stream().map(Token::kind).collect(Collectors.toList());
    }

    @Test
    void arabicWordsAndPunctuation() {
        String t = "قال الوزير، أمس: «لن نتراجع».";
        assertEquals(List.of("قال", "الوزير", "،", "أمس", ":", "«", "لن", "نتراجع", "»", "."), surfaces(t));
    }

    @Test
    void diacriticsAndTatweelStayInsideTheWord() {
        String t = "الحُكـومةُ";
        List<Token> tokens = ArabicTokenizer.tokenize(t);
        assertEquals(1, tokens.size());
        assertEquals("الحكومه", tokens.get(0).norm());
        assertEquals("حكومه", tokens.get(0).stem());
        assertEquals("ال", tokens.get(0).prefix());
    }

    @Test
    void numbersWithSeparators() {
        assertEquals(List.of("3.4", "مليون", "و", "1,850", "طفلا"), surfaces("3.4 مليون و1,850 طفلا"));
        assertEquals(List.of(TokenKind.NUMBER, TokenKind.ARABIC, TokenKind.ARABIC, TokenKind.NUMBER, TokenKind.ARABIC),
                kinds("3.4 مليون و1,850 طفلا"));
    }

    @Test
    void arabicIndicNumbersAreNormalized() {
        List<Token> tokens = ArabicTokenizer.tokenize("٣٫٤ و١٢٬٥٠٠");
        assertEquals("3.4", tokens.get(0).norm());
        assertEquals("12,500", tokens.get(2).norm());
    }

    @Test
    void trailingPeriodIsNotPartOfTheNumber() {
        assertEquals(List.of("عام", "2019", "."), surfaces("عام 2019."));
    }

    @Test
    void percentSignsAreSeparateTokens() {
        assertEquals(List.of("40", "%", "و", "٤٠", "٪"), surfaces("40% و٤٠٪"));
    }

    @Test
    void latinRunsWithInnerHyphensAndApostrophes() {
        assertEquals(List.of("COVID-19", "O'Neil", "5G"), surfaces("COVID-19 O'Neil 5G"));
        assertEquals(TokenKind.LATIN, kinds("5G").get(0));
        assertEquals("reuters", ArabicTokenizer.tokenize("Reuters").get(0).norm());
    }

    @Test
    void urlsAndEmails() {
        String t = "راجع https://example.org/ar/news?id=5، أو اكتب إلى desk@news-site.com.";
        List<Token> tokens = ArabicTokenizer.tokenize(t);
        Token url = tokens.get(1);
        assertEquals(TokenKind.URL, url.kind());
        assertEquals("https://example.org/ar/news?id=5", url.text(t));
        Token email = tokens.stream().filter(k -> k.kind() == TokenKind.EMAIL).findFirst().orElseThrow();
        assertEquals("desk@news-site.com", email.text(t));
        assertEquals(".", tokens.get(tokens.size() - 1).text(t));
    }

    @Test
    void wwwUrlWithoutScheme() {
        assertEquals(TokenKind.URL, ArabicTokenizer.tokenize("www.example.com").get(0).kind());
    }

    @Test
    void periodRunsAndQuestionBangRunsStayTogether() {
        assertEquals(List.of("انتهى", "...", "حقا", "؟!"), surfaces("انتهى... حقا؟!"));
    }

    @Test
    void oddSpacesAndBidiMarksSeparateAndAreLeftOut() {
        String t = "\u200Fقال\u00A0الوزير\u200E";
        assertEquals(List.of("قال", "الوزير"), surfaces(t));
    }

    @Test
    void surrogatePairsAreKeptWhole() {
        String t = "رائع \uD83D\uDC4D";
        List<Token> tokens = ArabicTokenizer.tokenize(t);
        assertEquals(TokenKind.SYMBOL, tokens.get(1).kind());
        assertEquals(2, tokens.get(1).span().length());
    }

    @Test
    void cliticsAreSegmentedInTokens() {
        Token t = ArabicTokenizer.tokenize("وبالعاصمة").get(0);
        assertEquals("وبال", t.prefix());
        assertEquals("عاصمه", t.stem());
        assertEquals("وبالعاصمه", t.norm());
    }

    @Test
    void lookupFormsOfAToken() {
        Token t = ArabicTokenizer.tokenize("بالقاهرة").get(0);
        assertEquals(List.of("بالقاهره", "القاهره", "قاهره"), CliticSegmenter.lookupForms(t));
    }

    @Test
    void rangeTokenizationKeepsAbsoluteOffsets() {
        String t = "أ ب ج";
        List<Token> tokens = ArabicTokenizer.tokenize(t, 2, 5);
        assertEquals(2, tokens.size());
        assertEquals(2, tokens.get(0).start());
    }

    @Test
    void edgeInputs() {
        assertTrue(ArabicTokenizer.tokenize("").isEmpty());
        assertTrue(ArabicTokenizer.tokenize(" \n\t\u00A0\u200F").isEmpty());
        assertEquals(List.of("Hello", ",", "world"), surfaces("Hello, world"));
    }
}
