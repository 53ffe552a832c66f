package org.mirsad.extract.ner.internal;

import java.util.Set;

/**
 * Rule {@code REGNAL_NUMBER}: the ordinal after the name of a monarch or pope belongs to the name (الملكة
 * إليزابيث ▸ الثانية، العاهل الأردني عبد الله ▸ الثاني، البابا بنديكت ▸ السادس عشر) when a royal or papal
 * title stands within {@link #LOOK_BACK} words before the name. Elsewhere an ordinal after a name is a rank
 * (حل فيتيل الثاني) and is left alone. Labels are {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class RegnalNumberRule {

    /** Words looked through, before a name, for the title (العاهل الأردني ▸ عبد الله). */
    public static final int LOOK_BACK = 3;

    /** Normalized royal and papal titles. */
    static final Set<String> TITLES = ArabicForms.normSet("الملك", "الملكة", "العاهل", "البابا", "بابا", "السلطان", "الإمبراطور",
            "الإمبراطورة", "الشاه", "الأمير", "الأميرة", "ملك", "ملكة", "جلالة");

    /** Normalized ordinals, masculine and feminine (الأول ... العاشر، الحادي). */
    static final Set<String> ORDINALS = ArabicForms.normSet("الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع",
            "الرابعة", "الخامس", "الخامسة", "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع",
            "التاسعة", "العاشر", "العاشرة", "الحادي", "الحادية");

    /** The second word of the ordinals eleven to nineteen (السادس عشر، الثانية عشرة). */
    static final Set<String> TEENS = ArabicForms.normSet("عشر", "عشرة");

    private static final int B_PERSON = TaggerModel.labelOf("B-PERSON");
    private static final int I_PERSON = TaggerModel.labelOf("I-PERSON");

    private RegnalNumberRule() {
    }


    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y) {
        int n = t.length;
        for (int[] c : TaggerModel.chunks(y)) {
            int end = c[1];
            if (y[c[0]] == B_PERSON && end < n && y[end] == 0 && ORDINALS.contains(t[end].norm) && titled(t, c[0])) {
                y[end] = I_PERSON;
                if (end + 1 < n && y[end + 1] == 0 && TEENS.contains(t[end + 1].norm)) {
                    y[end + 1] = I_PERSON;
                }
            }
        }
    }

    private static boolean titled(TokenForms[] t, int start) {
        for (int k = start - 1; k >= 0 && k >= start - LOOK_BACK; k--) {
            if (TITLES.contains(t[k].norm)) {
                return true;
            }
        }
        return false;
    }
}
