package org.mirsad.extract.ner.internal;

import java.util.Set;

/**
 * Rule {@code MEDIA_NAMED_AFTER_PLACE}: a place name right after the head of a publication's name (صحيفة،
 * جريدة، مجلة, alone or after و، ل، ب، ف) names the publication, not the place: جريدة فلسطين، صحيفة الرياض،
 * مجلة لبنان are organizations. The head stays out of the name, as in the training data (صحيفة ▸ الأهرام).
 * Heads that also name places or other things (قناة السويس is a canal, موقع a location) are not taken.
 * Labels are {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class MediaNameRule {

    /** Normalized heads of publication names. */
    static final Set<String> HEADS = ArabicForms.normSet("صحيفة", "جريدة", "مجلة");

    private static final int B_LOC = TaggerModel.labelOf("B-LOC");
    private static final int B_ORG = TaggerModel.labelOf("B-ORG");

    private MediaNameRule() {
    }

    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y) {
        for (int i = 0; i + 1 < t.length; i++) {
            if (y[i] != 0 || y[i + 1] != B_LOC || !t[i].lookupFormIn(HEADS)) {
                continue;
            }
            int end = TaggerModel.chunkEnd(y, i + 1);
            y[i + 1] = B_ORG;
            for (int k = i + 2; k < end; k++) {
                y[k] = B_ORG + 1;
            }
            i = end - 1;
        }
    }
}
