package org.mirsad.extract.ner.internal;

/**
 * Rule {@code TANWEEN_NOT_NAME}: a word written with tanween (ً ٌ ٍ: هارباً، روسياً، محققاً، بديلاً) is an
 * indefinite noun, adjective or adverb, not a name — names do not take the indefinite ending in news
 * writing. Such words at either end of an entity are left out of it (محمد قاسم ▸ بديلاً), and an entity of
 * nothing else is no entity; after the document pass, such a word inside an entity ends it before that word
 * ({@link #endAtInnerTanween}). Labels are {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class TanweenRule {

    private TanweenRule() {
    }

    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y) {
        for (int[] c : TaggerModel.chunks(y)) {
            int b = TaggerModel.beginOf(y[c[0]]);
            int from = c[0];
            int to = c[1];
            while (from < to && hasTanween(t[from].surface)) {
                y[from++] = 0;
            }
            while (to > from && hasTanween(t[to - 1].surface)) {
                y[--to] = 0;
            }
            if (from < to) {
                y[from] = b;
            }
        }
    }

    /**
     * Rule {@code TANWEEN_ENDS_NAME}, applied after the document pass (it is no part of the first-pass labels the
     * document model learns from): a word with tanween inside an entity ends it before that word (تشي ▸ بإفلاسٍ
     * أيديولوجي: an indefinite noun and its adjective are no part of a name).
     */
    public static void endAtInnerTanween(TokenForms[] t, int[] y) {
        for (int[] c : TaggerModel.chunks(y)) {
            int end = c[1];
            for (int k = c[0] + 1; k < end; k++) {
                if (hasTanween(t[k].surface)) {
                    for (int r = k; r < end; r++) {
                        y[r] = 0;
                    }
                    break;
                }
            }
        }
    }

    /** Whether a surface word carries a tanween mark (U+064B–U+064D). */
    static boolean hasTanween(String surface) {
        for (int k = 0; k < surface.length(); k++) {
            char c = surface.charAt(k);
            if (c >= '\u064B' && c <= '\u064D') {
                return true;
            }
        }
        return false;
    }
}
