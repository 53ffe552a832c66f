package org.mirsad.extract.ner.internal;

/**
 * Sentence-level corrections of the tagger's labels (indices into {@link TaggerModel#LABELS}, changed in
 * place).
 *
 * <ol>
 *   <li>{@code TITLE_NOT_ENTITY}: a title or role word (الرئيس، وزير، الدكتور) opening an entity is not part
 *       of it; a lone title is not an entity.</li>
 *   <li>{@code NISBA_NOT_PLACE}: a lone nationality or nisba adjective (الفرنسي، العراقية) tagged as a place
 *       is not one, unless the lexicons know it as a place.</li>
 *   <li>{@code COORDINATED_NAMES}: a token with the conjunction و inside a person's name begins the next
 *       person (سلوى الخطيب وهادي السعدي), unless the token is itself a given name beginning with و
 *       (وليد، وفاء).</li>
 * </ol>
 */
public final class SentenceRules {

    private static final int PLACE = LexClass.COUNTRY.bit() | LexClass.CITY.bit() | LexClass.REGION.bit();

    private SentenceRules() {
    }

    private static final int I_PERSON = TaggerModel.labelOf("I-PERSON");
    private static final int GIVEN = LexClass.GIVEN_MALE.bit() | LexClass.GIVEN_FEMALE.bit();

    /** Applies the rules. */
    public static void apply(TokenForms[] t, int[] y, Lexicons lex) {
        int n = y.length;
        // COORDINATED_NAMES
        for (int i = 1; i < n; i++) {
            if (y[i] == I_PERSON && t[i].norm.length() >= 4 && t[i].norm.charAt(0) == '\u0648'
                    && (lex.classesOf(t[i].norm) & GIVEN) == 0) {
                y[i] = I_PERSON - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            String tag = TaggerModel.LABELS.get(y[i]);
            if (!tag.startsWith("B-")) {
                continue;
            }
            int j = i + 1;
            while (j < n && y[j] == y[i] + 1) {
                j++;
            }
            // TITLE_NOT_ENTITY
            int cls = classes(t[i], lex);
            if (LexClass.TITLE.in(cls) && (cls & (PLACE | LexClass.PERSON.bit() | LexClass.GIVEN_MALE.bit()
                    | LexClass.GIVEN_FEMALE.bit() | LexClass.ORG.bit() | LexClass.MEDIA.bit())) == 0
                    && !tag.equals("B-ORG")) {
                y[i] = 0;
                if (j > i + 1) {
                    y[i + 1] = y[i + 1] - 1; // I-X -> B-X
                }
                i--; // re-examine the shortened entity
                continue;
            }
            // NISBA_NOT_PLACE
            if (tag.equals("B-LOC") && j == i + 1) {
                int c = classes(t[i], lex);
                if (LexClass.NISBA.in(c) && (c & PLACE) == 0) {
                    y[i] = 0;
                }
            }
            i = j - 1;
        }
    }

    /** Lexicon classes of a single token, with proclitics stripped. */
    static int classes(TokenForms t, Lexicons lex) {
        int c = 0;
        for (int f = 0; f < t.lookup.length; f += 2) {
            c |= lex.classesOf(t.lookup[f]);
        }
        return c;
    }
}
