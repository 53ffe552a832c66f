package org.mirsad.extract.ner.internal;

import java.util.Set;

/**
 * Rule {@code CLUB_NAME_PREFIX}: words that begin the names of sports clubs (أتلتيكو، ريال، دينامو،
 * سبورتينغ، ديبورتيفو، أولمبيك، and اتحاد without the article) followed by a place are one club name, an
 * organization: أتليتكو مدريد، اتحاد الرمثا، دينامو كييف — not the place مدريد after a stray word. Only a
 * place the tagger found right after the word is taken (ريال مدريد، not ألف ريال). Labels are
 * {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class ClubNameRule {

    /** Normalized first words of club names (spellings seen in Arabic news). */
    static final Set<String> PREFIXES = ArabicForms.normSet("أتلتيكو", "أتليتكو", "أتليتيكو", "اتلتيكو", "اتليتكو",
            "أتلتيك", "ريال", "دينامو", "ديناموا", "سبورتينغ", "سبورتنغ", "سبورتنج", "ديبورتيفو", "أولمبيك", "اولمبيك",
            "اتحاد");

    private static final int B_LOC = TaggerModel.labelOf("B-LOC");
    private static final int B_ORG = TaggerModel.labelOf("B-ORG");

    private ClubNameRule() {
    }

    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y) {
        for (int i = 0; i + 1 < t.length; i++) {
            if (y[i] != 0 || y[i + 1] != B_LOC || !t[i].proclitic.isEmpty() && !t[i].proclitic.equals("\u0648")
                    || !PREFIXES.contains(t[i].core)) {
                continue;
            }
            int end = TaggerModel.chunkEnd(y, i + 1);
            y[i] = B_ORG;
            for (int k = i + 1; k < end; k++) {
                y[k] = B_ORG + 1;
            }
            i = end - 1;
        }
    }
}
