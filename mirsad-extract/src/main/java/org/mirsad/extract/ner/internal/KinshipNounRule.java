package org.mirsad.extract.ner.internal;

import java.util.Set;

/**
 * Rule {@code KINSHIP_NOUN_ENDS_NAME}: a kinship noun inside a person's name (حفيد، نجل، شقيقة، زوجة …)
 * is no part of it: it ends the name before it and opens the name of the relative after it (حسن الأنور
 * حفيد الحسين ▸ حسن الأنور | الحسين). The words that join a name to the father's (بن، بنت، ابن) are
 * not kinship nouns here. Applied after the document pass (no part of the first-pass labels the document model
 * learns from). Labels are {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class KinshipNounRule {

    /** Kinship nouns, normalized, also with a pronoun written on them (نجله، شقيقها). */
    static final Set<String> NOUNS = ArabicForms.normSet("حفيد", "حفيدة", "نجل", "نجلة", "شقيق", "شقيقة", "زوجة", "أرملة",
            "والد", "والدة", "ابنة", "نجله", "نجلها", "شقيقه", "شقيقها", "زوجته", "زوجها", "والده", "والدته", "ابنته",
            "حفيده");

    private static final int B_PERSON = TaggerModel.labelOf("B-PERSON");

    private KinshipNounRule() {
    }

    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y) {
        for (int[] c : TaggerModel.chunks(y)) {
            if (y[c[0]] != B_PERSON) {
                continue;
            }
            int end = c[1];
            for (int k = c[0]; k < end; k++) {
                if (NOUNS.contains(t[k].norm)) {
                    y[k] = 0;
                    if (k + 1 < end) {
                        y[k + 1] = B_PERSON;
                    }
                }
            }
        }
    }
}
