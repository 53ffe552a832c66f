package org.mirsad.extract.ner.internal;

import java.util.Set;

/**
 * Rule {@code ORG_HEAD_PHRASE}: where the tagger saw nothing, an indefinite organization head that names
 * bodies ({@link #HEADS}: حركة، حزب، جماعة، وزارة، جامعة، شركة ...) followed by one to
 * {@link #MAX_WORDS} definite words, or by a name the lexicons know as an organization or as a name that is
 * also a common word (القاعدة، فتح), is an organization: حركة المقاومة الإسلامية، تنظيم القاعدة، وزارة
 * الزراعة (heads that are also common nouns need more: {@link #WEAK_HEADS}); a relative pronoun (الذي، التي) ends the name. Heads that also name places or things (مركز، سوق، موقع، مكتب، لجنة) are left to the model.
 * Labels are {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class OrgHeadRule {

    /** Most definite words taken after the head. */
    public static final int MAX_WORDS = 4;

    /** Normalized heads (ArabicForms#norm) that begin organization names. */
    static final Set<String> HEADS = ArabicForms.normSet("حزب", "جماعة", "منظمة", "جبهة", "كتائب",
            "سرايا", "ألوية", "كتلة", "وزارة", "جامعة", "وكالة", "صحيفة", "جريدة",
            "مجلة", "قناة", "شركة", "مؤسسة", "جمعية", "نقابة", "هيئة", "بنك", "مصرف", "صندوق", "معهد", "نادي",
            "منتخب", "مفوضية", "محكمة");

    /**
     * Heads that are also verbal or common nouns (تنظيم = regulating, حركة السير = traffic, تيار = current):
     * they begin an organization only before a name the lexicons know (تنظيم القاعدة) or a definite phrase
     * ending in a nisba adjective, the usual shape of a movement's name (حركة المقاومة الإسلامية) — the
     * latter only without a preposition attached to the head (لتنظيم الإطلاقات المائية is no name).
     */
    static final Set<String> WEAK_HEADS = ArabicForms.normSet("حركة", "تنظيم", "اتحاد", "تيار", "ائتلاف", "تحالف");

    /** Relative pronouns, which look definite but open a clause about the name (حزب العمال الذي ...). */
    static final Set<String> RELATIVES = ArabicForms.normSet("الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي", "اللائي");

    private static final int B_ORG = TaggerModel.labelOf("B-ORG");
    private static final int NAMED = LexClass.ORG.bit() | LexClass.MEDIA.bit() | LexClass.AMBIGUOUS.bit();
    private static final int NOT_IN_NAME = LexClass.TITLE.bit() | LexClass.SAY_VERB.bit() | LexClass.CITE_CUE.bit();

    private OrgHeadRule() {
    }


    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y, Lexicons lex) {
        int n = t.length;
        for (int i = 0; i + 1 < n; i++) {
            if (y[i] != 0) {
                continue;
            }
            int kind = headKind(t[i]);
            boolean strong = kind == STRONG;
            if (kind == NO_HEAD) {
                continue;
            }
            int j = i + 1;
            Lexicons.Match named = lex.longestAt(t, j, NAMED);
            if (named != null && free(y, j, named.end())) {
                j = named.end();
            } else {
                while (j < n && j - i <= MAX_WORDS && y[j] == 0 && "\u0627\u0644".equals(t[j].proclitic)
                        && !RELATIVES.contains(t[j].norm) && (SentenceRules.classes(t[j], lex) & NOT_IN_NAME) == 0) {
                    j++;
                }
                if (!strong && (j == i + 1 || !nisbaShaped(t[j - 1]) || preposition(t[i]))) {
                    continue;
                }
            }
            if (j == i + 1) {
                continue;
            }
            y[i] = B_ORG;
            for (int k = i + 1; k < j; k++) {
                y[k] = B_ORG + 1;
            }
            i = j - 1;
        }
    }

    /** A head with ب، ل or ك attached (لتنظيم = in order to regulate), after an optional و or ف. */
    private static boolean preposition(TokenForms w) {
        String x = w.norm;
        int k = x.length() > 1 && (x.charAt(0) == '\u0648' || x.charAt(0) == '\u0641') ? 1 : 0;
        return x.length() > k && "\u0628\u0644\u0643".indexOf(x.charAt(k)) >= 0 && !HEADS.contains(x) && !WEAK_HEADS.contains(x);
    }

    /** A definite adjective in ـي or ـية (الإسلامية، الوطني). */
    static boolean nisbaShaped(TokenForms w) {
        return w.core.length() >= 3 && (w.core.endsWith("\u064A") || w.core.endsWith("\u064A\u0647"));
    }

    private static final byte NO_HEAD = 1;
    private static final byte STRONG = 2;
    private static final byte WEAK = 3;

    /** Whether a token is a strong head, a weak head or no head; kept with its shared {@link TokenForms}. */
    private static int headKind(TokenForms w) {
        byte k = w.orgHead;
        if (k == 0) {
            k = w.lookupFormIn(HEADS) ? STRONG : w.lookupFormIn(WEAK_HEADS) ? WEAK : NO_HEAD; // alone or after و، ل، ب
            w.orgHead = k;
        }
        return k;
    }


    private static boolean free(int[] y, int from, int to) {
        for (int k = from; k < to; k++) {
            if (y[k] != 0) {
                return false;
            }
        }
        return true;
    }
}
