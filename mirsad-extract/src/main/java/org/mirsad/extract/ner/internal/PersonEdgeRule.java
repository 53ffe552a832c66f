package org.mirsad.extract.ner.internal;

/**
 * Edges of a person's name the tagger runs past, and phrases it takes for one, fixed after the document pass (no part of the
 * first-pass labels the document model learns from). Labels are {@link TaggerModel#LABELS} indices,
 * changed in place.
 * <ul>
 *   <li>Rule {@code CONJUNCTION_BEFORE_GIVEN_NAME}: a first word carrying the conjunction و/ف that is no
 *       name, with or without it, right before a given name the lexicons know, is the verb or word that
 *       opens the clause (وتروي ريما ▸ ريما، فيقول سامي ▸ سامي); names written with و stay (وليد، وفاء، وائل).</li>
 *   <li>Rule {@code OUTLET_AFTER_NAME}: a word with ل that begins a media outlet, organization or place the
 *       lexicons know ends the name before it: who was told or where to, not part of the name (نوري المالكي
 *       لبي بي سي ▸ نوري المالكي | بي بي سي، زيارة محمد بن سلمان لفرنسا ▸ … | فرنسا).</li>
 *   <li>Rule {@code PREPOSITION_WITH_PRONOUN}: a "name" opening with a word written with ب and a pronoun
 *       ending is a prepositional phrase (وباندفاعه المعهود، وبصفته).</li>
 *   <li>Rule {@code OUTLET_NOT_PERSON}: a "person" opening with a media name of two words or more the
 *       lexicons know is the outlet (بي بي سي الكورية).</li>
 * </ul>
 */
public final class PersonEdgeRule {

    private static final int B_PERSON = TaggerModel.labelOf("B-PERSON");
    private static final int B_ORG = TaggerModel.labelOf("B-ORG");
    private static final int B_LOC = TaggerModel.labelOf("B-LOC");
    private static final int GIVEN = LexClass.GIVEN_MALE.bit() | LexClass.GIVEN_FEMALE.bit();
    private static final int NAMES = GIVEN | LexClass.PERSON.bit() | LexClass.COUNTRY.bit() | LexClass.CITY.bit()
            | LexClass.REGION.bit() | LexClass.ORG.bit() | LexClass.MEDIA.bit();
    private static final int PLACES = LexClass.COUNTRY.bit() | LexClass.CITY.bit() | LexClass.REGION.bit();
    private static final int OUTLETS = LexClass.MEDIA.bit() | LexClass.ORG.bit() | PLACES;

    private PersonEdgeRule() {
    }

    /** Applies the rules to one sentence. */
    public static void apply(TokenForms[] t, int[] y, Lexicons lex) {
        for (int[] c : TaggerModel.chunks(y)) {
            if (y[c[0]] != B_PERSON) {
                continue;
            }
            if (prepositionWithPronoun(t[c[0]], lex)) {
                java.util.Arrays.fill(y, c[0], c[1], 0); // الرئيس الأمريكي وباندفاعه المعهود، وبصفته: a phrase, no name
                continue;
            }
            if (outletAt(t, c, lex)) {
                retype(y, c[0], c[1], B_ORG); // لـ بي بي سي الكورية: an outlet
                continue;
            }
            if (c[1] - c[0] < 2) {
                continue;
            }
            int from = c[0];
            if (clauseStart(t, from) && conjunctionOnWord(t[from], lex) && (lex.classesOf(t[from + 1].norm) & GIVEN) != 0) {
                y[from] = 0;
                y[from + 1] = B_PERSON;
                from++;
            }
            int end = c[1];
            for (int k = from + 1; k < end; k++) {
                Lexicons.Match m = t[k].norm.length() > 2 && t[k].norm.charAt(0) == '\u0644' ? lex.longestAt(t, k, OUTLETS) : null;
                if (m != null && m.strippedLetters() > 0 && m.end() <= end) {
                    retype(y, k, m.end(), lex.longestAt(t, k, PLACES) != null ? B_LOC : B_ORG); // زيارة X لفرنسا
                    java.util.Arrays.fill(y, m.end(), end, 0);
                    end = k;
                    break;
                }
            }
        }
    }

    /** Labels tokens [from, to) as one mention opening with {@code begin} (its I- label is begin + 1). */
    private static void retype(int[] y, int from, int to, int begin) {
        y[from] = begin;
        for (int k = from + 1; k < to; k++) {
            y[k] = begin + 1;
        }
    }

    /** The chunk opens with a media outlet the lexicons know (بي بي سي الكورية): an outlet, not a person. */
    private static boolean outletAt(TokenForms[] t, int[] c, Lexicons lex) {
        Lexicons.Match m = lex.longestAt(t, c[0], LexClass.MEDIA.bit());
        return m != null && m.end() - c[0] >= 2 && m.end() <= c[1];
    }

    /**
     * A word written with ب (after و/ف or alone) and a pronoun ending (وباندفاعه، بصفته، وبرأيها): a
     * prepositional phrase, never a name, unless the lexicons know the word without the ب.
     */
    static boolean prepositionWithPronoun(TokenForms w, Lexicons lex) {
        String s = w.surface.replaceAll("[\u064B-\u0652\u0640]", "");
        int i = s.startsWith("\u0648\u0628") || s.startsWith("\u0641\u0628") ? 2 : s.startsWith("\u0628") ? 1 : -1;
        if (i < 0 || s.length() - i < 4) {
            return false;
        }
        boolean pronoun = s.endsWith("\u0647") || s.endsWith("\u0647\u0627") || s.endsWith("\u0647\u0645") || s.endsWith("\u0647\u0645\u0627");
        return pronoun && (lex.classesOf(ArabicForms.norm(s.substring(i))) & NAMES) == 0
                && (lex.classesOf(w.norm) & NAMES) == 0 && (lex.classesOf(ArabicForms.norm(s.substring(i - 1))) & NAMES) == 0;
    }

    /** Words that open a name after و (وأبو زيد، وابن علوان، وعبد الله, وأبوه جوزيف), normalized. */
    private static final java.util.Set<String> NAME_OPENERS = ArabicForms.normSet("أبو", "أبي", "أبا", "ابن", "بن", "عبد",
            "أم", "آل", "أبوه", "ابنه", "أخوه", "أخيه");

    /** Token i opens its clause: the sentence's first word or one right after punctuation. */
    private static boolean clauseStart(TokenForms[] t, int i) {
        return i == 0 || t[i - 1].shape == TokenForms.SHAPE_PUNCT || t[i - 1].shape == TokenForms.SHAPE_QUOTE
                || t[i - 1].shape == TokenForms.SHAPE_BRACKET;
    }

    /**
     * A word that starts with و/ف, is no name the lexicons know with the letter or without it, and without
     * it is a word of the news vocabulary the clusters were learned from shaped like an imperfect verb
     * (ي، ت، ن) or a reporting verb (وتروي ▸ تروي; not فيليبي, whose rest is no word, nor وكريغ، وعنان in a
     * list of names, nor وأبو before a kunya's name).
     */
    private static boolean conjunctionOnWord(TokenForms w, Lexicons lex) {
        String n = w.norm;
        if (n.length() < 4 || n.charAt(0) != '\u0648' && n.charAt(0) != '\u0641') {
            return false;
        }
        String rest = n.substring(1);
        boolean verbShape = "\u064a\u062a\u0646".indexOf(rest.charAt(0)) >= 0 || (lex.classesOf(rest) & LexClass.SAY_VERB.bit()) != 0;
        return verbShape && (lex.classesOf(n) & NAMES) == 0 && (lex.classesOf(rest) & NAMES) == 0 && !NAME_OPENERS.contains(rest)
                && lex.clusters().of(rest) != null;
    }
}
