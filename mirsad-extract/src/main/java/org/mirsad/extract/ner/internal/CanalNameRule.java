package org.mirsad.extract.ner.internal;

import java.util.Set;

/**
 * Rule {@code CANAL}: قناة before the name of a waterway (قناة السويس، قناة بنما) is a canal, a place,
 * not a television channel: the head and the name, with the words the tagger joined to it (قناة السويس
 * الجديدة), are one place. The tagger reads قناة as a channel head and tags the name alone as an
 * organization. Labels are {@link TaggerModel#LABELS} indices, changed in place; run after the document
 * pass.
 */
public final class CanalNameRule {

    /** The canal head, normalized. */
    static final Set<String> HEAD = ArabicForms.normSet("قناة");
    /**
     * Names of waterways after قناة, normalized (the quote grammar's {@code canal} list holds the same
     * names for its outlet heads).
     */
    static final Set<String> WATERWAYS = ArabicForms.normSet("السويس", "بنما", "كييل", "كورنث");

    private static final int B_LOC = TaggerModel.labelOf("B-LOC");

    private CanalNameRule() {
    }

    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y) {
        for (int i = 0; i + 1 < t.length; i++) {
            if (!t[i].lookupFormIn(HEAD) || !t[i + 1].lookupFormIn(WATERWAYS)) {
                continue;
            }
            int end;
            if (y[i] == 0 && TaggerModel.LABELS.get(y[i + 1]).startsWith("B-")) {
                end = TaggerModel.chunkEnd(y, i + 1); // قناة [السويس]ORG
            } else if (TaggerModel.LABELS.get(y[i]).startsWith("B-") && y[i + 1] == y[i] + 1) {
                end = TaggerModel.chunkEnd(y, i); // [قناة السويس]ORG
            } else {
                continue; // هيئة قناة السويس: the canal inside an organization's name stays there
            }
            y[i] = B_LOC;
            for (int k = i + 1; k < end; k++) {
                y[k] = B_LOC + 1;
            }
            i = end - 1;
        }
    }
}
