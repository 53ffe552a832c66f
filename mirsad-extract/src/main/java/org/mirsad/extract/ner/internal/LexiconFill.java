package org.mirsad.extract.ner.internal;

/**
 * Rule {@code LEXICON_FILL}: where the tagger left a stretch of tokens outside any entity, a name the
 * lexicons know unambiguously (an organization, outlet, country, city, region or public figure; not a
 * name that is also a common word, see {@link LexClass#AMBIGUOUS}) becomes an entity of its type. The
 * longest match wins, left to right; proclitics on a match's first token are allowed (لفرنسا، وبمنظمة
 * الصحة العالمية). A match whose entries disagree on the type is left alone. Labels are
 * {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class LexiconFill {

    private static final int ORG = LexClass.ORG.bit() | LexClass.MEDIA.bit();
    private static final int LOC = LexClass.COUNTRY.bit() | LexClass.CITY.bit() | LexClass.REGION.bit();
    private static final int PERSON = LexClass.PERSON.bit();
    private static final int NAMES = ORG | LOC | PERSON;

    private static final int B_PERSON = TaggerModel.labelOf("B-PERSON");
    private static final int B_ORG = TaggerModel.labelOf("B-ORG");
    private static final int B_LOC = TaggerModel.labelOf("B-LOC");

    private LexiconFill() {
    }

    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y, Lexicons lex) {
        int i = 0;
        while (i < t.length) {
            if (y[i] != 0) {
                i++;
                continue;
            }
            Lexicons.Match m = lex.longestAt(t, i, NAMES | LexClass.AMBIGUOUS.bit());
            if (m == null || !free(y, m.start(), m.end()) || followsEntity(y, m)) {
                i++;
                continue;
            }
            int b = label(m.mask());
            if (b < 0) {
                i = m.end();
                continue;
            }
            y[m.start()] = b;
            for (int k = m.start() + 1; k < m.end(); k++) {
                y[k] = b + 1;
            }
            i = m.end();
        }
    }

    /** The B- label of a match's classes, or −1 when ambiguous or of mixed type. */
    private static int label(int mask) {
        if (LexClass.AMBIGUOUS.in(mask)) {
            return -1;
        }
        boolean org = (mask & ORG) != 0;
        boolean loc = (mask & LOC) != 0;
        boolean per = (mask & PERSON) != 0;
        if ((org ? 1 : 0) + (loc ? 1 : 0) + (per ? 1 : 0) != 1) {
            return -1;
        }
        return org ? B_ORG : loc ? B_LOC : B_PERSON;
    }

    private static boolean free(int[] y, int from, int to) {
        for (int k = from; k < to; k++) {
            if (y[k] != 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the token after the match continues an entity (the match is inside a longer name). */
    private static boolean followsEntity(int[] y, Lexicons.Match m) {
        return m.end() < y.length && TaggerModel.LABELS.get(y[m.end()]).startsWith("I-");
    }
}
