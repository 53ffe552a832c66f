package org.mirsad.arabic.internal;

import java.util.Collection;
import java.util.Set;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.arabic.NormalizationRule;
import org.mirsad.arabic.Segmentation;

/**
 * The clitic rules behind {@link org.mirsad.arabic.CliticSegmenter}, each a named constant.
 *
 * <p>Rules work on the <em>skeleton</em>: the surface with diacritics, tatweel and format
 * characters removed and presentation forms folded, but alef/hamza forms, ى and ة kept. The
 * skeleton has the same length as the normalized word, so split points carry over.
 */
public final class CliticRules {

    private CliticRules() {
    }

    /** The definite article, bare alef + lam. */
    public static final String ARTICLE = "\u0627\u0644";
    /** The preposition lam fused with the article (ل + ال written لل). */
    public static final String LAM_ARTICLE = "\u0644\u0644";
    /** Conjunctions that attach to the next word: و، ف. */
    public static final String CONJUNCTIONS = "\u0648\u0641";
    /** Prepositions that attach to the next word: ب، ك، ل. */
    public static final String PREPOSITIONS = "\u0628\u0643\u0644";
    /** The future prefix س, attached to imperfect verbs (سي، ست، سن، سأ). */
    public static final char FUTURE = '\u0633';
    /** Imperfect-verb person prefixes that may follow the future prefix: ي ت ن أ. */
    public static final String IMPERFECT_PREFIXES = "\u064A\u062A\u0646\u0623";
    /** The shortest stem left after removing the article. */
    public static final int MIN_STEM_AFTER_ARTICLE = 2;
    /** The shortest stem left after removing unverified clitics (candidates only). */
    public static final int MIN_STEM_UNVERIFIED = 3;

    /** Enclitic pronouns, longest first: هما كما هم هن ها كم كن نا ني ه ك ي. */
    public static final String[] PRONOUN_SUFFIXES = {
        "\u0647\u0645\u0627", "\u0643\u0645\u0627", "\u0647\u0645", "\u0647\u0646", "\u0647\u0627",
        "\u0643\u0645", "\u0643\u0646", "\u0646\u0627", "\u0646\u064A", "\u0647", "\u0643", "\u064A"
    };

    /**
     * Prepositions and particles (in the spelling they take before a pronoun) whose attached
     * pronoun can be split off safely: في من عن على إلى لدى عند مع بين إن أن لكن حول ضد خلال بعد
     * قبل دون أمام ضمن عبر ل ب.
     */
    public static final Set<String> CLOSED_BASES = Set.of(
            "\u0641\u064A", "\u0645\u0646", "\u0639\u0646", "\u0639\u0644\u064A", "\u0625\u0644\u064A",
            "\u0627\u0644\u064A", "\u0644\u062F\u064A", "\u0639\u0646\u062F", "\u0645\u0639", "\u0628\u064A\u0646",
            "\u0625\u0646", "\u0623\u0646", "\u0627\u0646", "\u0644\u0643\u0646", "\u062D\u0648\u0644",
            "\u0636\u062F", "\u062E\u0644\u0627\u0644", "\u0628\u0639\u062F", "\u0642\u0628\u0644",
            "\u062F\u0648\u0646", "\u0623\u0645\u0627\u0645", "\u0636\u0645\u0646", "\u0639\u0628\u0631",
            "\u0644", "\u0628");

    /**
     * Closed-class words that a conjunction may precede safely without a pronoun (وفي، ومن، فإن،
     * ولكن, ...): the closed bases plus their pronoun-less spellings على إلى لدى.
     */
    public static final Set<String> CONJOINABLE = union(without(CLOSED_BASES, "\u0627\u0644\u064A"),
            Set.of("\u0639\u0644\u0649", "\u0625\u0644\u0649", "\u0644\u062F\u0649"));

    /** The shortest stem left after the article when a conjunction or preposition precedes it. */
    public static final int MIN_STEM_AFTER_PROCLITIC_ARTICLE = 3;

    /**
     * Words whose initial ال is not the article: verbal nouns and verbs of roots beginning with lam
     * (التزام، التقى، التحاق، التماس، التفاف، التهاب، التباس) and form-IV nouns written without
     * hamza (الغاء، الزام، القاء، الحاق). They match with an optional pronoun, ات or ا after them.
     */
    public static final Set<String> NOT_ARTICLE_WORDS = Set.of(
            "التزام", "التزم", "التزمت", "التزموا", "التقى", "التقي", "التقت", "التقوا", "التقاء",
            "التحق", "التحقت", "التحقوا", "التحاق", "التماس", "التمس", "التف", "التفت", "التفاف",
            "التهاب", "التبس", "التباس", "الغاء", "الزام", "القاء", "الحاق");

    /** Words that look segmentable but never are (relative pronouns, the divine name, لكن, ...). */
    public static final Set<String> NEVER_SEGMENTED = Set.of(
            "\u0627\u0644\u0630\u064A", "\u0627\u0644\u062A\u064A", "\u0627\u0644\u0630\u064A\u0646",
            "\u0627\u0644\u0644\u0630\u0627\u0646", "\u0627\u0644\u0644\u062A\u0627\u0646",
            "\u0627\u0644\u0644\u0630\u064A\u0646", "\u0627\u0644\u0644\u062A\u064A\u0646",
            "\u0627\u0644\u0644\u0627\u062A\u064A", "\u0627\u0644\u0644\u0648\u0627\u062A\u064A",
            "\u0627\u0644\u0644\u0627\u0626\u064A", "\u0627\u0644\u0644\u0647", "\u0627\u0644\u0644\u0647\u0645",
            "\u0644\u0644\u0647", "\u0644\u0643\u0646", "\u0644\u0643\u0645\u0627", "\u0644\u0643\u064A",
            "\u0644\u064A\u0633");

    private static final ArabicNormalizer SKELETON = ArabicNormalizer.of(Set.of(
            NormalizationRule.REMOVE_DIACRITICS, NormalizationRule.REMOVE_TATWEEL,
            NormalizationRule.REMOVE_FORMAT_CHARS, NormalizationRule.FOLD_PRESENTATION_FORMS));

    /** The skeleton of {@code word}: see the class comment. */
    public static String skeleton(CharSequence word) {
        return SKELETON.apply(word);
    }

    /**
     * The safe segmentation of a word given its skeleton and its normalized form (same length).
     * Rules, in order: never-segmented words; article with optional conjunction and preposition
     * (ال، وال، فال، بال، كال، وبال، فبال، وكال، لل، ولل، فلل) leaving at least
     * {@link #MIN_STEM_AFTER_ARTICLE} letters after a bare article and
     * {@link #MIN_STEM_AFTER_PROCLITIC_ARTICLE} otherwise; optional conjunction before a
     * closed-class word with an optional pronoun (وفي، فإنه، ومنها، عليهم).
     */
    public static Segmentation safe(String skel, String norm) {
        if (skel.length() != norm.length()) {
            return whole(norm);
        }
        int split = safeSplit(skel.toCharArray(), skel.length());
        return split == 0 ? whole(norm) : split(norm, split >>> 8, split & 0xFF);
    }

    /** Last letters of the enclitic pronouns: ا م ن ه ك ي. */
    private static final String PRONOUN_LAST_LETTERS = "\u0627\u0645\u0646\u0647\u0643\u064A";

    /** Longest skeleton {@link #safeSplit} looks up in the word sets. */
    private static final int MAX_CLOSED_WORD = 8;

    /**
     * The safe split of {@code skel[0, n)} packed as {@code prefixLength << 8 | suffixLength}
     * (0 when the word stays whole); see {@link #safe(String, String)} for the rules.
     */
    public static int safeSplit(char[] skel, int n) {
        if (n < 2) {
            return 0;
        }
        String whole = null;
        if (n <= MAX_CLOSED_WORD && (skel[0] == '\u0627' || skel[0] == '\u0644') || n <= MAX_CLOSED_WORD
                && (CONJUNCTIONS.indexOf(skel[0]) >= 0 || PRONOUN_LAST_LETTERS.indexOf(skel[n - 1]) >= 0)) {
            whole = new String(skel, 0, n);
            if (NEVER_SEGMENTED.contains(whole)) {
                return 0;
            }
        }
        int conj = CONJUNCTIONS.indexOf(skel[0]) >= 0 ? 1 : 0;
        int article = articleEnd(skel, n, conj);
        if (article < 0 && conj == 1) {
            article = articleEnd(skel, n, 0);
            if (article >= 0) {
                conj = 0;
            }
        }
        if (article > 0) {
            int minStem = article == 2 ? MIN_STEM_AFTER_ARTICLE : MIN_STEM_AFTER_PROCLITIC_ARTICLE;
            if (n - article >= minStem && !isNotArticleWord(skel, n, article - 2)
                    && !(conj == 1 && n - 1 <= MAX_CLOSED_WORD && NEVER_SEGMENTED.contains(new String(skel, 1, n - 1)))) {
                return article << 8;
            }
        }
        if (whole == null) {
            return 0;
        }
        for (int c = conj; c >= 0; c--) {
            String rest = c == 0 ? whole : whole.substring(c);
            if (c == 1 && CONJOINABLE.contains(rest)) {
                return 1 << 8;
            }
            for (String suffix : PRONOUN_SUFFIXES) {
                if (rest.length() > suffix.length() && rest.endsWith(suffix)
                        && CLOSED_BASES.contains(rest.substring(0, rest.length() - suffix.length()))
                        && !NEVER_SEGMENTED.contains(rest)) {
                    return c << 8 | suffix.length();
                }
            }
        }
        return 0;
    }

    /**
     * Adds the unverified candidates to {@code out}: one or two single-letter proclitics, the
     * future prefix, an enclitic pronoun (with ت restored to ة/ه before it), alone and combined,
     * each leaving at least {@link #MIN_STEM_UNVERIFIED} letters.
     */
    public static void addCandidates(String skel, String norm, Collection<Segmentation> out) {
        int n = skel.length();
        if (n != norm.length() || NEVER_SEGMENTED.contains(skel)) {
            return;
        }
        int[] prefixEnds = new int[4];
        int count = 0;
        prefixEnds[count++] = 0;
        int p = 0;
        if (p < n && CONJUNCTIONS.indexOf(skel.charAt(p)) >= 0) {
            p++;
            prefixEnds[count++] = p;
        }
        if (p < n && PREPOSITIONS.indexOf(skel.charAt(p)) >= 0) {
            prefixEnds[count++] = p + 1;
        } else if (p + 1 < n && skel.charAt(p) == FUTURE && IMPERFECT_PREFIXES.indexOf(skel.charAt(p + 1)) >= 0) {
            prefixEnds[count++] = p + 1;
        }
        for (int k = 0; k < count; k++) {
            int start = prefixEnds[k];
            int art = articleEnd(skel, start);
            if (art > 0 && isNotArticleWord(skel, art - 2)) {
                art = -1;
            }
            int stemStart = art > 0 && n - art >= MIN_STEM_AFTER_ARTICLE ? art : start;
            if (art > 0 && skel.startsWith(LAM_ARTICLE, art - 2) && stemStart == art) {
                out.add(new Segmentation(norm.substring(0, art), "\u0644" + norm.substring(art), ""));
            }
            if (stemStart > 0 && n - stemStart >= MIN_STEM_UNVERIFIED) {
                out.add(split(norm, stemStart, 0));
            }
            for (String suffix : PRONOUN_SUFFIXES) {
                int stemEnd = n - suffix.length();
                if (stemEnd - stemStart >= MIN_STEM_UNVERIFIED && skel.endsWith(suffix) && art < 0) {
                    Segmentation s = split(norm, stemStart, suffix.length());
                    out.add(s);
                    if (s.stem().endsWith("\u062A")) {
                        String restored = s.stem().substring(0, s.stem().length() - 1) + "\u0647";
                        out.add(new Segmentation(s.prefix(), restored, s.suffix()));
                    }
                }
            }
        }
    }

    /**
     * Where the article ends if {@code skel} has one at {@code from} (directly, after a
     * preposition ب/ك, or fused as لل); -1 if not.
     */
    static int articleEnd(String skel, int from) {
        return articleEnd(skel.toCharArray(), skel.length(), from);
    }

    static int articleEnd(char[] skel, int n, int from) {
        if (from + 1 < n && skel[from + 1] == '\u0644' && (skel[from] == '\u0627' || skel[from] == '\u0644')) {
            return from + 2; // ال or لل
        }
        if (from + 2 < n && (skel[from] == '\u0628' || skel[from] == '\u0643') && skel[from + 1] == '\u0627'
                && skel[from + 2] == '\u0644') {
            return from + 3;
        }
        return -1;
    }

    /** Whether the ال at {@code at} begins one of {@link #NOT_ARTICLE_WORDS} (with an allowed ending). */
    static boolean isNotArticleWord(char[] skel, int n, int at) {
        if (at < 0 || at + 2 >= n || skel[at] != '\u0627' || skel[at + 1] != '\u0644' || skel[at + 2] != '\u062A'
                && skel[at + 2] != '\u063A' && skel[at + 2] != '\u0632' && skel[at + 2] != '\u0642'
                && skel[at + 2] != '\u062D') {
            return false; // every listed word starts with الت، الغ، الز، الق or الح
        }
        return isNotArticleWord(new String(skel, 0, n), at);
    }

    static boolean isNotArticleWord(String skel, int at) {
        if (at < 0 || !skel.startsWith(ARTICLE, at)) {
            return false;
        }
        for (int end = skel.length(); end > at + 2; end--) {
            if (NOT_ARTICLE_WORDS.contains(skel.substring(at, end))) {
                String rest = skel.substring(end);
                if (rest.isEmpty() || rest.equals("\u0627\u062A") || rest.equals("\u0627")) {
                    return true;
                }
                for (String suffix : PRONOUN_SUFFIXES) {
                    if (rest.equals(suffix)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Set<String> without(Set<String> set, String element) {
        java.util.HashSet<String> u = new java.util.HashSet<>(set);
        u.remove(element);
        return Set.copyOf(u);
    }

    private static Segmentation whole(String norm) {
        return new Segmentation("", norm, "");
    }

    private static Segmentation split(String norm, int prefixLen, int suffixLen) {
        int end = norm.length() - suffixLen;
        return new Segmentation(norm.substring(0, prefixLen), norm.substring(prefixLen, end), norm.substring(end));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
