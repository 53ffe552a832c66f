package org.mirsad.extract.lang;

/**
 * Guesses the language of an article body from its letters.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>{@link #MIN_LETTERS}: with fewer letters than this, the language is {@code "und"}.</li>
 *   <li>{@link #ARABIC_SHARE}: when at least this share of letters are Arabic-script, it is {@code "ar"}.</li>
 *   <li>{@link #LATIN_SHARE}: when at least this share are Latin, it is {@code "en"} if common English
 *       function words make up a noticeable share of words, else {@code "und"} (another Latin-script
 *       language).</li>
 * </ol>
 */
public final class LanguageGuesser {

    /** Fewest letters needed to guess at all. */
    public static final int MIN_LETTERS = 20;
    /** Share of Arabic-script letters from which a text is Arabic. */
    public static final double ARABIC_SHARE = 0.5;
    /** Share of Latin letters from which a text is in a Latin-script language. */
    public static final double LATIN_SHARE = 0.7;
    /** Share of English function words among words for a Latin text to be English. */
    public static final double ENGLISH_FUNCTION_WORD_SHARE = 0.08;

    private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = java.util.Set.of(
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "it", "by",
            "are", "be", "this", "from", "at", "said", "has", "have", "an", "not", "but");

    private LanguageGuesser() {
    }

    /** The ISO 639-1 code of the text's language, or {@code "und"}. */
    public static String guess(CharSequence text) {
        int arabic = 0;
        int latin = 0;
        int letters = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' || !(c >= '\u0620' && c <= '\u064A') && !Character.isLetter(c)) {
                continue; // U+0620..U+064A (the common Arabic letters and tatweel) are all letters
            }
            letters++;
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08FF'
                    || c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF') {
                arabic++;
                if (letters >= MIN_LETTERS && arabic - ARABIC_SHARE * letters >= ARABIC_SHARE * (n - i - 1)) {
                    return "ar"; // settled: even if every character left were a non-Arabic letter
                }
            } else if (c < '\u0250') {
                latin++;
            }
        }
        if (letters < MIN_LETTERS) {
            return "und";
        }
        if (arabic >= ARABIC_SHARE * letters) {
            return "ar";
        }
        if (latin >= LATIN_SHARE * letters) {
            return englishShare(text) >= ENGLISH_FUNCTION_WORD_SHARE ? "en" : "und";
        }
        return "und";
    }

    private static double englishShare(CharSequence text) {
        int words = 0;
        int function = 0;
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                words++;
                if (ENGLISH_FUNCTION_WORDS.contains(w.toString())) {
                    function++;
                }
                w.setLength(0);
            }
        }
        return words == 0 ? 0 : (double) function / words;
    }
}
