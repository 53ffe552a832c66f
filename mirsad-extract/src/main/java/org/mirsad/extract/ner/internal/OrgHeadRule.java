package org.mirsad.extract.ner.internal;

import java.util.Set;

/**
 * Rule {@code ORG_HEAD_PHRASE}: where the tagger saw nothing, an indefinite organization head that names
 * bodies ({@link #HEADS}: حركة، حزب، جماعة، وزارة، جامعة، شركة ...) followed by one to
 * {@link #MAX_WORDS} definite words, or by a name the lexicons know as an organization or as a name that is
 * also a common word (القاعدة، فتح), is an organization: حركة المقاومة الإسلامية، تنظيم القاعدة، وزارة
 * الزراعة; a relative pronoun (الذي، التي) ends the name. Heads that also name places or things (مركز، سوق، موقع، مكتب، لجنة) are left to the model.
 * Labels are {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class OrgHeadRule {

    /** Most definite words taken after the head. */
    public static final int MAX_WORDS = 4;

    /** Normalized heads (ArabicForms#norm) that begin organization names. */
    static final Set<String> HEADS = norms("حركة", "حزب", "جماعة", "تنظيم", "منظمة", "اتحاد", "جبهة", "كتائب",
            "سرايا", "ألوية", "تيار", "ائتلاف", "تحالف", "كتلة", "وزارة", "جامعة", "وكالة", "صحيفة", "جريدة",
            "مجلة", "قناة", "شركة", "مؤسسة", "جمعية", "نقابة", "هيئة", "بنك", "مصرف", "صندوق", "معهد", "نادي",
            "منتخب", "مفوضية", "محكمة");

    /** Relative pronouns, which look definite but open a clause about the name (حزب العمال الذي ...). */
    static final Set<String> RELATIVES = norms("الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي", "اللائي");

    private static final int B_ORG = TaggerModel.labelOf("B-ORG");
    private static final int NAMED = LexClass.ORG.bit() | LexClass.MEDIA.bit() | LexClass.AMBIGUOUS.bit();
    private static final int NOT_IN_NAME = LexClass.TITLE.bit() | LexClass.SAY_VERB.bit() | LexClass.CITE_CUE.bit();

    private OrgHeadRule() {
    }

    private static Set<String> norms(String... words) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(ArabicForms.norm(w));
        }
        return Set.copyOf(out);
    }

    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y, Lexicons lex) {
        int n = t.length;
        for (int i = 0; i + 1 < n; i++) {
            if (y[i] != 0 || !isHead(t[i])) {
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

    /** The head alone or after a conjunction or preposition (وحركة، لوزارة، بجامعة). */
    private static boolean isHead(TokenForms w) {
        for (int f = 0; f < w.lookup.length; f += 2) {
            if (HEADS.contains(w.lookup[f])) {
                return true;
            }
        }
        return false;
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
