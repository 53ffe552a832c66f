package org.mirsad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** One test per normalization rule, each rule applied alone, plus edge inputs. */
class ArabicNormalizerTest {

    private static String only(NormalizationRule rule, String s) {
        return ArabicNormalizer.of(EnumSet.of(rule)).apply(s);
    }

    @Test
    void removeDiacritics() {
        assertEquals("كتب", only(NormalizationRule.REMOVE_DIACRITICS, "كَتَبَ"));
        assertEquals("شدة", only(NormalizationRule.REMOVE_DIACRITICS, "شِدَّةٌ"));
        assertEquals("هذا", only(NormalizationRule.REMOVE_DIACRITICS, "هٰذا"));
    }

    @Test
    void removeTatweel() {
        assertEquals("جميل", only(NormalizationRule.REMOVE_TATWEEL, "جـمـيـل"));
    }

    @Test
    void unifyAlef() {
        assertEquals("احمد اسلام امن اصطفى", only(NormalizationRule.UNIFY_ALEF, "أحمد إسلام آمن ٱصطفى"));
    }

    @Test
    void alefMaksuraToYeh() {
        assertEquals("مستشفي", only(NormalizationRule.ALEF_MAKSURA_TO_YEH, "مستشفى"));
    }

    @Test
    void tehMarbutaToHeh() {
        assertEquals("مدينه", only(NormalizationRule.TEH_MARBUTA_TO_HEH, "مدينة"));
    }

    @Test
    void foldPersianLetters() {
        assertEquals("كيف", only(NormalizationRule.FOLD_PERSIAN_LETTERS, "\u06A9\u06CCف"));
    }

    @Test
    void asciiDigits() {
        assertEquals("2024 و 1445", only(NormalizationRule.ASCII_DIGITS, "٢٠٢٤ و ۱۴۴۵"));
    }

    @Test
    void asciiPunctuation() {
        assertEquals(", ; ? % 3.4 1,000 .", only(NormalizationRule.ASCII_PUNCTUATION, "، ؛ ؟ ٪ 3٫4 1٬000 ۔"));
    }

    @Test
    void unifySpaces() {
        assertEquals("a b c d", only(NormalizationRule.UNIFY_SPACES, "a\u00A0b\u202Fc\u2003d"));
    }

    @Test
    void removeFormatChars() {
        assertEquals("قال", only(NormalizationRule.REMOVE_FORMAT_CHARS, "\u200Fق\u200Cا\u202Bل\u202C\uFEFF"));
    }

    @Test
    void foldPresentationForms() {
        assertEquals("لا", only(NormalizationRule.FOLD_PRESENTATION_FORMS, "\uFEFB"));
        assertEquals("سلام", only(NormalizationRule.FOLD_PRESENTATION_FORMS, "\uFEB3\uFEFC\uFEE1"));
    }

    @Test
    void lowercaseLatin() {
        assertEquals("reuters afp", only(NormalizationRule.LOWERCASE_LATIN, "Reuters AFP"));
    }

    @Test
    void allRulesTogether() {
        assertEquals("الامم المتحده قالت: 45%", ArabicNormalizer.normalize("الأُمَمُ المتّحدة\u00A0قالـت: ٤٥٪"));
    }

    @Test
    void presentationFormsAreNormalizedFully() {
        // lam-alef with hamza above folds to لأ then to لا
        assertEquals("لا", ArabicNormalizer.normalize("\uFEF7"));
    }

    @Test
    void edgeInputs() {
        assertEquals("", ArabicNormalizer.normalize(""));
        assertEquals("   ", ArabicNormalizer.normalize(" \u00A0 "));
        assertEquals("plain ascii 123", ArabicNormalizer.normalize("Plain ASCII 123"));
        assertEquals("", ArabicNormalizer.normalize("\u064E\u0651\u0640"));
    }

    @Test
    void unchangedInputIsReturnedAsIs() {
        String s = "مرصد";
        assertEquals(s, ArabicNormalizer.normalize(s));
    }

    @Test
    void mapReportsDropsAndExpansions() {
        ArabicNormalizer n = ArabicNormalizer.standard();
        assertEquals(-1, n.map('\u064E'));
        assertEquals('ا', n.map('أ'));
        assertEquals(-2, n.map('\uFEFB'));
        assertEquals('ب', n.map('ب'));
    }
}
