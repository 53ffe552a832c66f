package org.mirsad.arabic;

import java.util.Set;
import org.mirsad.core.model.Token;

/**
 * A light stemmer for search: conflates the inflected forms of a word (حكومة، الحكومات، وحكومته
 * are one term) while staying conservative enough that unrelated words rarely collide.
 *
 * <p>It starts from a token's safe clitic split (article, fused prepositions, closed-class words
 * — see {@link CliticSegmenter}) and applies, in order:
 * <ol>
 *   <li>{@link #CONJUNCTIONS}: a leading و or ف is removed when at least {@link #MIN_AFTER_CONJUNCTION}
 *       letters remain and the word is not one of {@link #CONJUNCTION_INITIAL_WORDS};</li>
 *   <li>{@link #PLURAL_SUFFIXES}: one of ات ون ين is removed when at least {@link #MIN_STEM}
 *       letters remain; the dual ان only from words of {@link #MIN_DUAL_WORD} letters or more
 *       (so لبنان and إيران stay whole);</li>
 *   <li>{@link #FINAL_SUFFIXES}: then one of يه (feminine nisba), ه (teh marbuta after
 *       normalization) or ي (nisba) is removed when at least {@link #MIN_STEM} letters remain.</li>
 * </ol>
 * Non-Arabic tokens are returned in their normalized form.
 */
public final class LightStemmer {

    private LightStemmer() {
    }

    /** Conjunctions removed from the front of a word: و، ف. */
    public static final String CONJUNCTIONS = "\u0648\u0641";
    /** Letters that must remain after removing a conjunction. */
    public static final int MIN_AFTER_CONJUNCTION = 4;
    /** Letters that must remain after removing a suffix. */
    public static final int MIN_STEM = 3;
    /** The shortest word from which the dual ending ان is removed. */
    public static final int MIN_DUAL_WORD = 6;
    /** Plural endings: ات، ون، ين. */
    public static final String[] PLURAL_SUFFIXES = {"\u0627\u062A", "\u0648\u0646", "\u064A\u0646"};
    /** The dual ending ان. */
    public static final String DUAL_SUFFIX = "\u0627\u0646";
    /** Final endings, longest first: يه (feminine nisba), ه (teh marbuta), ي (nisba). */
    public static final String[] FINAL_SUFFIXES = {"\u064A\u0647", "\u0647", "\u064A"};

    /**
     * Frequent news words (normalized) that begin with و or ف as a root letter, never stripped:
     * وزير، وزاره، وزراء، وكاله، وفد، وضع، وقت، وطن، ولايه، وقف، وجود، وثيقه، وحده، وصول، وعد،
     * وفاه، ورقه، واشنطن، ولي، واقع، وسط، وسائل، وكيل، فرنسا، فلسطين، فريق، فتره، فرصه، فكره، فيروس،
     * فوز، فندق، فقط، فئه، فصل، فشل، فتح، فرض، فرع، فعل، فيلم، فنان، فصيل، فوضي، فلسطيني.
     */
    public static final Set<String> CONJUNCTION_INITIAL_WORDS = Set.of(
            "وزير", "وزاره", "وزراء", "وزارات", "وكاله", "وكالات", "وفد", "وفود", "وضع", "اوضاع", "وقت", "وطن",
            "وطني", "وطنيه", "ولايه", "ولايات", "وقف", "وجود", "وثيقه", "وثائق", "وحده", "وحدات", "وصول",
            "وعد", "وعود", "وفاه", "ورقه", "واشنطن", "ولي", "واقع", "وسط", "وسائل", "وكيل", "وظائف", "وظيفه",
            "فرنسا", "فلسطين", "فلسطيني", "فلسطينيه", "فلسطينيين", "فريق", "فرق", "فتره", "فرصه", "فكره",
            "فيروس", "فوز", "فندق", "فقط", "فئه", "فئات", "فصل", "فشل", "فتح", "فرض", "فرع", "فعل", "فيلم",
            "فنان", "فصيل", "فصائل", "فوضي", "فنزويلا", "فيتنام", "فنلندا", "فرانس", "وارسو", "فيينا");

    /** The search stem of a token. */
    public static String stem(Token token) {
        if (token.kind() != org.mirsad.core.model.TokenKind.ARABIC) {
            return token.norm();
        }
        return stemWord(token.prefix().isEmpty() && token.suffix().isEmpty(), token.stem());
    }

    /** The search stem of a single word (any form; it is segmented first). */
    public static String stem(CharSequence word) {
        Segmentation s = CliticSegmenter.segment(word);
        return stemWord(s.prefix().isEmpty() && s.suffix().isEmpty(), s.stem());
    }

    private static String stemWord(boolean unsegmented, String stem) {
        String w = stem;
        if (unsegmented && w.length() - 1 >= MIN_AFTER_CONJUNCTION && CONJUNCTIONS.indexOf(w.charAt(0)) >= 0
                && !CONJUNCTION_INITIAL_WORDS.contains(w) && !startsWithProtected(w)) {
            w = w.substring(1);
        }
        w = stripPlural(w);
        for (String suffix : FINAL_SUFFIXES) {
            if (w.length() - suffix.length() >= MIN_STEM && w.endsWith(suffix)) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        return w;
    }

    private static boolean startsWithProtected(String w) {
        // inflected forms of the protected words: وزيره، وزاراتها، فرنسيه ...
        for (int end = Math.min(w.length() - 1, 9); end >= 3; end--) {
            if (CONJUNCTION_INITIAL_WORDS.contains(w.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    private static String stripPlural(String w) {
        for (String suffix : PLURAL_SUFFIXES) {
            if (w.length() - suffix.length() >= MIN_STEM && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        if (w.length() >= MIN_DUAL_WORD && w.endsWith(DUAL_SUFFIX)) {
            return w.substring(0, w.length() - DUAL_SUFFIX.length());
        }
        return w;
    }
}
