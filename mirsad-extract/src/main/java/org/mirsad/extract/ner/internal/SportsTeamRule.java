package org.mirsad.extract.ner.internal;

import java.util.Set;

/**
 * Rule {@code PLACE_AS_TEAM}: in sports news a city or a country often names its club or national team
 * (لاعب برشلونة، تعادل سرقسطة مع ضيفه ليفانتي، فازت إنجلترا على هولندا) — an organization, not a place.
 * A place mention becomes an organization when
 * <ul>
 *   <li>a team word stands right before it (لاعب، مدرب، منتخب، نادي، ضيفه ... {@link #TEAM_WORDS}), or</li>
 *   <li>the sentence speaks of a match ({@link #SPORTS_WORDS}: مباراة، الدوري، هدف، الشوط ...) and the place
 *       comes right after a match verb ({@link #MATCH_VERBS}: فاز، تعادل، تغلب، خسر ...), or after على،
 *       أمام or مع with a match verb at most {@link #VERB_REACH} tokens before;</li>
 * </ul>
 * and places joined to such a team by و (برشلونة وفالنسيا) follow it. Outside sports sentences a place
 * after such a verb keeps its type. Countries are left alone: whether a national team named by its
 * country (فازت إنجلترا على هولندا) is an organization or a place, corpora disagree (ANERcorp: ORG,
 * AQMAR: LOC, with منتخب inside the name), and the measured net effect of either choice was nil. Labels are {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class SportsTeamRule {

    /** Most tokens between a match verb and the على/أمام/مع before the team. */
    static final int VERB_REACH = 6;

    /** Words that make a following place a team (construct state: لاعب برشلونة). */
    static final Set<String> TEAM_WORDS = ArabicForms.normSet("لاعب", "لاعبو", "لاعبي", "لاعبة", "لاعبات", "مدرب", "مدربي",
            "مدربة", "منتخب", "منتخبي", "فريق", "فريقي", "نادي", "ناديي", "جماهير", "مهاجم", "مدافع", "حارس",
            "هداف", "ضيفه", "ضيفها", "مضيفه", "مضيفها", "مرمى", "شباك");

    /** Verbs whose subject or object in a sports sentence is a team. */
    static final Set<String> MATCH_VERBS = ArabicForms.normSet("فاز", "فازت", "يفوز", "تفوز", "تغلب", "تغلبت", "يتغلب", "تتغلب",
            "هزم", "هزمت", "يهزم", "تهزم", "خسر", "خسرت", "يخسر", "تخسر", "تعادل", "تعادلت", "يتعادل", "تتعادل",
            "أقصى", "أقصت", "يقصي", "تقصي", "ودع", "ودعت", "واجه", "واجهت", "يواجه", "تواجه", "يلتقي", "تلتقي",
            "التقى", "التقت", "حسم", "حسمت", "لحق", "لحقت", "تأهل", "تأهلت", "يتأهل", "تتأهل", "سحق", "سحقت",
            "اكتسح", "اكتسحت", "أسقط", "أسقطت", "تجاوز", "تجاوزت", "انتصر", "انتصرت");

    /** Words that mark a sentence as sports news. */
    static final Set<String> SPORTS_WORDS = ArabicForms.normSet("مباراة", "المباراة", "مباراته", "مباراتها", "مباريات", "المباريات",
            "هدف", "الهدف", "هدفين", "أهداف", "الأهداف", "بهدف", "بهدفين", "الدوري", "دوري", "البطولة", "بطولة",
            "كأس", "الكأس", "المنتخب", "الفريق", "النادي", "الشوط", "شوط", "نقطة", "نقاط", "النقاط", "التصفيات",
            "النهائي", "المونديال", "الملعب", "ملعب", "المرمى", "ركلة", "ركلات", "الجزاء", "اللقب", "لقب", "الصدارة",
            "الترتيب", "المجموعة", "مجموعته", "مجموعتها", "الذهاب", "الإياب", "التعادل", "فوز", "الفوز", "بالفوز",
            "هزيمة", "الهزيمة", "خسارة", "الخسارة", "الجولة", "المرحلة", "اللاعب", "اللاعبين", "المدرب");

    private static final Set<String> BEFORE_OPPONENT = ArabicForms.normSet("على", "أمام", "مع");

    private static final int B_LOC = TaggerModel.labelOf("B-LOC");
    private static final int I_LOC = TaggerModel.labelOf("I-LOC");
    private static final int B_ORG = TaggerModel.labelOf("B-ORG");
    private static final int I_ORG = TaggerModel.labelOf("I-ORG");

    private SportsTeamRule() {
    }



    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y, Lexicons lex) {
        int n = t.length;
        boolean anyPlace = false;
        for (int i = 0; i < n && !anyPlace; i++) {
            anyPlace = y[i] == B_LOC;
        }
        if (!anyPlace) {
            return;
        }
        boolean sports = false;
        for (int i = 0; i < n && !sports; i++) {
            sports = y[i] == 0 && t[i].lookupFormIn(SPORTS_WORDS);
        }
        boolean teamBefore = false;
        for (int i = 0; i < n; i++) {
            if (y[i] != B_LOC) {
                if (y[i] != I_LOC) {
                    teamBefore = false;
                }
                continue;
            }
            int end = TaggerModel.chunkEnd(y, i);
            boolean team = i > 0 && y[i - 1] == 0 && t[i - 1].lookupFormIn(TEAM_WORDS)
                    || sports && i > 0 && y[i - 1] == 0 && t[i - 1].lookupFormIn(MATCH_VERBS)
                    || sports && i > 0 && y[i - 1] == 0 && t[i - 1].lookupFormIn(BEFORE_OPPONENT) && verbBefore(t, y, i - 1)
                    || teamBefore && i > 0 && coordinated(t[i]);
            if (team && country(t, i, end, lex)) {
                team = false; // national teams by country name: corpora disagree (ORG in ANERcorp, LOC in AQMAR)
            }
            if (team) {
                y[i] = B_ORG;
                for (int k = i + 1; k < end; k++) {
                    y[k] = I_ORG;
                }
            }
            teamBefore = team;
            i = end - 1;
        }
    }

    /** Whether the mention is a country the lexicons know (its last lookup form, e.g. without و). */
    private static boolean country(TokenForms[] t, int from, int to, Lexicons lex) {
        Lexicons.Match m = lex.longestAt(t, from, LexClass.COUNTRY.bit());
        return m != null && m.end() == to;
    }

    /** Whether a match verb stands within {@link #VERB_REACH} tokens before {@code at}. */
    private static boolean verbBefore(TokenForms[] t, int[] y, int at) {
        for (int k = at - 1; k >= 0 && at - k <= VERB_REACH; k--) {
            if (y[k] == 0 && t[k].lookupFormIn(MATCH_VERBS)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token is joined to the one before by و (وإسبانيا) or is a bare coordinated place. */
    private static boolean coordinated(TokenForms t) {
        return t.norm.startsWith("\u0648");
    }
}
