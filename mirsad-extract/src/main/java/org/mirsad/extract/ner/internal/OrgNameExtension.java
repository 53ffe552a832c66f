package org.mirsad.extract.ner.internal;

import java.util.Set;

/**
 * Rule {@code ORG_NAME_CONTINUES}: an organization's name goes on after where the tagger ended it when the
 * next words are what such names end with — ل + the article + the field the body works in, with that
 * field's adjectives (المعهد الملكي للدراسات الدولية، شركة النور للصناعات الغذائية، وكالة موديز للتصنيف
 * الائتماني), with the adjectives of the name before it (المعهد الملكي البريطاني للدراسات). Fields are
 * the words of {@link #FIELDS}: a ل + article phrase after a name is as often the verb's object (قدمت
 * الشركة للحكومة عرضا), so only words that name a field of work are taken. Labels are
 * {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class OrgNameExtension {

    /** Most words added to a name. */
    static final int MAX_WORDS = 4;

    /**
     * Fields of work, as the core after لل (normalized): what companies, institutes and agencies are "for".
     * Verbal nouns that often say what a team or a government does next (للدفاع عن، للتدريب، للأمن، للسلام)
     * are left out.
     */
    static final Set<String> FIELDS = ArabicForms.normSet(
            "دراسات", "بحوث", "أبحاث", "بحث", "تراث", "محاسبة", "استثمار", "استثمارات", "أنباء", "تصنيف", "بترول",
            "نفط", "غاز", "طاقة", "كهرباء", "مياه", "هندسة", "صحافة", "نشر", "طباعة", "توزيع", "إعلام", "اتصالات",
            "سيارات", "طيران", "ملاحة", "نقل", "شحن", "سياحة", "فنادق", "تأمين", "تجارة", "صناعة", "صناعات",
            "مقاولات", "تطوير", "تنمية", "إنشاءات", "عقارات", "تمويل", "صرافة", "وساطة", "ثقافة", "فنون", "علوم",
            "تكنولوجيا", "تقنية", "برمجيات", "حاسبات", "معلومات", "إحصاء", "تعليم", "تربية", "إغاثة", "بيئة", "صحة",
            "رياضة", "شباب", "مرأة", "طفولة", "سكان", "لاجئين", "حقوق", "ديمقراطية", "أغذية", "إسمنت", "حديد", "صلب",
            "بتروكيماويات", "كيماويات", "أدوية", "زراعة", "أسمدة", "تعدين", "اقتصاد", "تخطيط", "استشارات", "خدمات",
            "موانئ", "تصدير", "استيراد", "تسويق", "إنتاج", "ترجمة", "موسيقى", "مسرح", "سينما", "آثار", "متاحف",
            "تلفزيون", "إذاعة", "معارض", "مؤتمرات", "منتديات", "تحكيم");

    private static final int B_ORG = TaggerModel.labelOf("B-ORG");
    private static final int I_ORG = B_ORG + 1;

    private OrgNameExtension() {
    }

    private static final int B_LOC = TaggerModel.labelOf("B-LOC");
    private static final int I_LOC = B_LOC + 1;

    /** Heads of armed groups, parties and movements that are named after a country (قوات سوريا الديمقراطية). */
    static final Set<String> PLACE_NAMED_HEADS = ArabicForms.normSet("قوات", "مجلس", "جيش", "حزب", "جبهة", "حركة", "تحالف");

    /**
     * Rule {@code ORG_NAMED_AFTER_PLACE}: a head of an armed group, party or movement, one place and a
     * definite adjective in ـي/ـية make one organization (قوات سوريا الديمقراطية، مجلس سوريا الديمقراطية، جيش
     * لبنان الجنوبي), not a place inside common words.
     */
    static void placeNamedOrganizations(TokenForms[] t, int[] y) {
        for (int i = 0; i + 2 < t.length; i++) {
            if (y[i] == 0 && PLACE_NAMED_HEADS.contains(t[i].core) && y[i + 1] == B_LOC
                    && (i + 2 >= t.length || y[i + 2] != I_LOC) && y[i + 2] == 0 && definiteNisba(t[i + 2])) {
                y[i] = B_ORG;
                y[i + 1] = I_ORG;
                y[i + 2] = I_ORG;
                i += 2;
            }
        }
    }

    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y) {
        placeNamedOrganizations(t, y);
        coordinatedFields(t, y);
        int n = t.length;
        for (int[] c : TaggerModel.chunks(y)) {
            if (y[c[0]] != B_ORG && y[c[0]] != I_ORG) {
                continue;
            }
            int j = c[1];
            int k = j;
            while (k < n && k - j < MAX_WORDS && y[k] == 0 && definiteNisba(t[k])) {
                k++; // adjectives of the name before its field (المعهد الملكي البريطاني للدراسات)
            }
            boolean field = k < n && k - j < MAX_WORDS && y[k] == 0 && fieldWord(t[k]);
            if (field) {
                k++;
                while (k < n && k - j < MAX_WORDS && y[k] == 0 && definiteNisba(t[k])) {
                    k++; // the field's adjectives (للدراسات الدولية)
                }
            } else {
                k = j; // adjectives alone stay out: on ANERcorp and AQMAR that cost more names than it made
            }
            for (int m = j; m < k; m++) {
                y[m] = I_ORG;
            }
        }
    }

    /** Heads of government bodies and institutions whose names join fields with و (وزارة التجارة والصناعة). */
    static final Set<String> INSTITUTION_HEADS = ArabicForms.normSet("وزارة", "هيئة", "جمعية", "مؤسسة", "مجلس",
            "إدارة", "لجنة", "مصلحة", "كلية", "معهد", "مركز", "وكالة", "دائرة", "منظمة", "صندوق", "أكاديمية");

    /** Fields joined by و in such names, beyond {@link #FIELDS} (الغذاء والدواء، الشؤون الإسلامية والأوقاف). */
    static final Set<String> COORDINATED_FIELDS = union(FIELDS, ArabicForms.normSet("دواء", "غذاء", "ادعاء", "إدعاء",
            "أوقاف", "دعوة", "إرشاد", "عمل", "موارد", "أسرة", "حج", "عمرة", "تقييم", "جودة", "اعتماد", "مقاييس",
            "إسكان", "تراث", "شعر", "آداب", "نزاهة", "مكافحة", "وقاية", "حماية"));

    /**
     * Adjectives joined by و in such names (الشؤون البلدية والقروية، التنمية الاقتصادية والاجتماعية);
     * not nationalities, which join two bodies (وزارتي الخارجية السويسرية والفلسطينية).
     */
    static final Set<String> COORDINATED_ADJECTIVES = ArabicForms.normSet("قروية", "اجتماعية", "إنسانية", "ثقافية",
            "اقتصادية", "إدارية", "مالية", "تقنية", "فنية", "علمية", "صحية", "تعليمية", "إعلامية", "تجارية", "صناعية");

    /** General adjectives that end such names (هيئة التحقيق والادعاء العام). */
    static final Set<String> GENERAL = ArabicForms.normSet("العام", "العامة", "العالي");

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return java.util.Set.copyOf(u);
    }

    /**
     * Rule {@code ORG_COORDINATED_FIELDS}: the name of a government body or institution (its head in
     * {@link #INSTITUTION_HEADS}) goes on through و + the article + another field of work, with that field's
     * adjectives (وزارة التجارة والصناعة، هيئة الغذاء والدواء، هيئة التحقيق والادعاء العام، وزارة الشؤون
     * الإسلامية والأوقاف والدعوة والإرشاد), and through و + one of {@link #COORDINATED_ADJECTIVES} after a
     * definite adjective (وزارة الشؤون البلدية والقروية). Two organizations joined by و (النصر والهلال، الصندوق والمفوضية) are
     * left apart: the word after و must name a field.
     */
    static void coordinatedFields(TokenForms[] t, int[] y) {
        int n = t.length;
        for (int[] c : TaggerModel.chunks(y)) {
            if (y[c[0]] != B_ORG || !t[c[0]].lookupFormIn(INSTITUTION_HEADS)) {
                continue;
            }
            int k = c[1];
            int added = 0;
            while (k < n && added < MAX_WORDS && y[k] == 0 && "\u0648\u0627\u0644".equals(t[k].proclitic)
                    && !LexClass.NISBA.in(Lexicons.defaults().classesOf(t[k - 1].norm)) // الإسرائيلية | والصناعات
                    && (COORDINATED_FIELDS.contains(t[k].core)
                    || COORDINATED_ADJECTIVES.contains(t[k].core) && definiteNisba(t[k - 1]))) {
                k++;
                added++;
                while (k < n && added < MAX_WORDS && y[k] == 0 && (definiteNisba(t[k]) || GENERAL.contains(t[k].norm))) {
                    k++; // والتنمية الاجتماعية، والادعاء العام
                    added++;
                    if (GENERAL.contains(t[k - 1].norm)) {
                        break; // والادعاء العام | القضية: a general adjective ends the name
                    }
                }
            }
            for (int m = c[1]; m < k; m++) {
                y[m] = I_ORG;
            }
        }
    }

    /** ل + article + a field of work (للدراسات، للصناعات). */
    static boolean fieldWord(TokenForms w) {
        return "\u0644\u0644".equals(w.proclitic) && FIELDS.contains(w.core);
    }

    /** A definite adjective in ـي or ـية (الدولية، الغذائية، الائتماني). */
    static boolean definiteNisba(TokenForms w) {
        return "\u0627\u0644".equals(w.proclitic) && OrgHeadRule.nisbaShaped(w);
    }
}
