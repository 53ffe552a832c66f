package org.mirsad.extract.ner.internal;

import java.util.Set;

/**
 * Rule {@code PARTICLE_WITH_HAMZA}: فإن and وإن written with the hamza are the particles "then indeed" and
 * "even if", never the name particle فان (van) that the normalized form looks like (بحسب الصحيفة فإن بيكيه
 * تحدث ▸ بيكيه, not فإن بيكيه). Such a token leaves the name; the word after it begins the name instead.
 * Labels are {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class ParticleRule {

    /** The particles, as written with the hamza (diacritics aside). */
    static final Set<String> PARTICLES = Set.of("\u0641\u0625\u0646", "\u0648\u0625\u0646");

    private ParticleRule() {
    }

    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y) {
        for (int i = 0; i < t.length; i++) {
            if (y[i] == 0 || !PARTICLES.contains(undiacritized(t[i].surface))) {
                continue;
            }
            y[i] = 0;
            if (i + 1 < t.length && y[i + 1] != 0 && y[i + 1] % 2 == 0) { // an I- label
                y[i + 1] = TaggerModel.beginOf(y[i + 1]);
            }
        }
    }

    /** The surface without harakat, shadda, sukun and tatweel (the hamza stays). */
    static String undiacritized(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean mark = c >= '\u064B' && c <= '\u0652' || c == '\u0640';
            if (mark && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!mark && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
