package org.mirsad.arabic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mirsad.arabic.internal.CliticRules;
import org.mirsad.core.model.Token;

/**
 * Clitic segmentation of Arabic words for matching.
 *
 * <p>Two levels:
 * <ul>
 *   <li>{@link #segment} gives the <em>safe</em> segmentation stored in every token: only splits
 *       that are unambiguous from the spelling alone (see {@link CliticRules} for the rules:
 *       the definite article with its attached conjunction and preposition, and pronouns attached
 *       to a closed class of prepositions and particles);</li>
 *   <li>{@link #candidates} adds every other plausible split (single-letter proclitics, the
 *       future prefix, pronoun suffixes on any stem), for matchers that verify the stem against a
 *       lexicon before they accept it.</li>
 * </ul>
 *
 * <p>Decisions are taken on the word with diacritics and tatweel removed but hamza forms kept, so
 * {@code ألمانيا} is never read as {@code ال + مانيا}; the parts returned are normalized.
 */
public final class CliticSegmenter {

    private CliticSegmenter() {
    }

    /** The safe segmentation of {@code word} (surface form, any normalization state). */
    public static Segmentation segment(CharSequence word) {
        String skeleton = CliticRules.skeleton(word);
        return CliticRules.safe(skeleton, ArabicNormalizer.normalize(skeleton));
    }

    /**
     * Every plausible segmentation of {@code word}, the safe one first, then the others from the
     * most to the least conservative, without duplicates.
     */
    public static List<Segmentation> candidates(CharSequence word) {
        String skeleton = CliticRules.skeleton(word);
        String norm = ArabicNormalizer.normalize(skeleton);
        Set<Segmentation> out = new LinkedHashSet<>();
        out.add(CliticRules.safe(skeleton, norm));
        CliticRules.addCandidates(skeleton, norm, out);
        return List.copyOf(out);
    }

    /**
     * The normalized forms under which a token should be looked up in a lexicon, best first:
     * the whole word, the stem with its article, the bare stem. Non-Arabic tokens give their
     * normalized form only.
     */
    public static List<String> lookupForms(Token token) {
        List<String> forms = new ArrayList<>(3);
        forms.add(token.norm());
        if (!token.prefix().isEmpty() || !token.suffix().isEmpty()) {
            Segmentation s = new Segmentation(token.prefix(), token.stem(), token.suffix());
            String definite = s.definiteStem();
            if (!definite.equals(token.norm())) {
                forms.add(definite);
            }
            if (!token.stem().equals(definite)) {
                forms.add(token.stem());
            }
        }
        return forms;
    }
}
