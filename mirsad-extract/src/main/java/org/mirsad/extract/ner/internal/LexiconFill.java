package org.mirsad.extract.ner.internal;

/**
 * Rule {@code LEXICON_FILL}: where the tagger left a stretch of tokens outside any entity, a name the
 * lexicons know unambiguously (an organization, outlet, country, city, region or public figure; not a
 * name that is also a common word, see {@link LexClass#AMBIGUOUS}) becomes an entity of its type. The
 * longest match wins, left to right; proclitics on a match's first token are allowed (لفرنسا، وبمنظمة
 * الصحة العالمية). A match whose entries disagree on the type is left alone. Labels are
 * {@link TaggerModel#LABELS} indices, changed in place.
 *
 * <p>Rule {@code LEXICON_WHOLE} (applied first): a name of several words the lexicons know unambiguously,
 * that the tagger began but cut into pieces or ended early (خان | يونس، كردستان | العراق، مكة [المكرمة]), is
 * one entity of its type when the tagger gave its other words that type or nothing, and no entity of that
 * type runs on past the name's end; or when the tagger tagged each of its words but as several entities
 * (لفرانس | برس), none running on past the name, or tagged it whole as an entity of another type than the organization or outlet it is
 * (or as MISC when it is a place), or began it as another type and left its last words out (باريس سان [LOC]
 * جرمان ▸ the club), or found all but its first word, which carries a proclitic (لبي [O] بي سي [PERSON]).
 */
public final class LexiconFill {

    private static final int ORG = LexClass.ORG.bit() | LexClass.MEDIA.bit();
    private static final int LOC = LexClass.COUNTRY.bit() | LexClass.CITY.bit() | LexClass.REGION.bit();
    private static final int PERSON = LexClass.PERSON.bit();
    private static final int NAMES = ORG | LOC | PERSON;

    private static final int B_PERSON = TaggerModel.labelOf("B-PERSON");
    private static final int B_ORG = TaggerModel.labelOf("B-ORG");
    private static final int B_LOC = TaggerModel.labelOf("B-LOC");
    private static final int B_MISC = TaggerModel.labelOf("B-MISC");

    private LexiconFill() {
    }

    /** Applies the rules to one sentence. */
    public static void apply(TokenForms[] t, int[] y, Lexicons lex) {
        joinSplitNames(t, y, lex);
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

    private static void joinSplitNames(TokenForms[] t, int[] y, Lexicons lex) {
        int i = 0;
        while (i < t.length) {
            Lexicons.Match m = lex.longestAt(t, i, NAMES | LexClass.AMBIGUOUS.bit());
            if (m == null || m.end() - m.start() < 2) {
                i++;
                continue;
            }
            int b = label(m.mask());
            if (b >= 0 && (splitOrPartial(y, m, b) || taggedInPieces(y, m) || otherTypeOverExactly(y, m, b)
                    || otherTypeOverStart(y, m, b) || restAfterProclitic(t, y, m, b))) {
                y[m.start()] = b;
                for (int k = m.start() + 1; k < m.end(); k++) {
                    y[k] = b + 1;
                }
            }
            i = m.end();
        }
    }

    /**
     * Rule {@code LEXICON_INNER} (after the document pass): a known name of several words that the tagger
     * began but ended early, starting inside a longer known name the tagger did not begin (منطقة [مكة]
     * المكرمة ▸ مكة المكرمة, where the region «منطقة مكة المكرمة» is the longest match), is one entity —
     * {@link #splitOrPartial} tried at every word, not only where a longest match starts. Run after the
     * document pass so that the first-pass labels the document model was trained on stay as they were.
     */
    public static void completeInnerNames(TokenForms[] t, int[] y, Lexicons lex) {
        for (int i = 0; i < t.length; i++) {
            if (y[i] == 0) {
                continue;
            }
            Lexicons.Match m = lex.longestAt(t, i, NAMES | LexClass.AMBIGUOUS.bit());
            if (m == null || m.end() - m.start() < 2) {
                continue;
            }
            int b = label(m.mask());
            if (b >= 0 && splitOrPartial(y, m, b)) {
                for (int k = m.start() + 1; k < m.end(); k++) {
                    y[k] = b + 1;
                }
                i = m.end() - 1;
            }
        }
    }

    /**
     * True when the tagger begins an entity of {@code b}'s type on the match's first word, its other words
     * carry that type or nothing, not as one entity over exactly the match, and the type does not run on past
     * the match's end. (A head the tagger left out stays out: دولة الكويت، قطاع غزة.)
     */
    private static boolean splitOrPartial(int[] y, Lexicons.Match m, int b) {
        boolean typed = false;
        boolean whole = y[m.start()] == b;
        for (int k = m.start(); k < m.end(); k++) {
            if (y[k] != 0 && y[k] != b && y[k] != b + 1) {
                return false;
            }
            typed |= y[k] != 0;
            if (k > m.start()) {
                whole &= y[k] == b + 1;
            }
        }
        boolean runsIn = y[m.start()] == b + 1; // an entity of the type begins before the match
        boolean runsOut = m.end() < y.length && y[m.end()] == b + 1;
        return y[m.start()] == b && !whole && !runsOut && !runsIn && typed;
    }

    /**
     * True when the tagger tagged every word of the match but as several entities (لفرانس[PERSON] برس[ORG]),
     * none of which runs on past the match's ends: it saw a name there and the lexicons know which.
     */
    private static boolean taggedInPieces(int[] y, Lexicons.Match m) {
        if (!TaggerModel.LABELS.get(y[m.start()]).startsWith("B-")) {
            return false;
        }
        boolean pieces = false;
        for (int k = m.start() + 1; k < m.end(); k++) {
            if (y[k] == 0) {
                return false;
            }
            pieces |= y[k] != TaggerModel.beginOf(y[m.start()]) + 1;
        }
        boolean runsOut = m.end() < y.length && TaggerModel.LABELS.get(y[m.end()]).startsWith("I-");
        return pieces && !runsOut;
    }

    /**
     * True when the tagger tagged exactly the match, as one entity, but not as the organization or outlet
     * the lexicons know it as (قال لفرانس برس tagged as a person). Places are left out: many are also
     * persons' names (صلاح الدين).
     */
    private static boolean otherTypeOverExactly(int[] y, Lexicons.Match m, int b) {
        int first = y[m.start()];
        boolean misc = first == B_MISC && b != B_PERSON; // لوس أنجلوس [MISC]: a miscellaneous name is never a person's
        if (!misc && b != B_ORG || first == 0 || first == b || !TaggerModel.LABELS.get(first).startsWith("B-")) {
            return false;
        }
        return TaggerModel.chunkEnd(y, m.start()) == m.end();
    }

    /**
     * True when the tagger began, on the match's first word, an entity of another type that ends inside the
     * match and left the match's other words untagged (باريس سان [LOC] جرمان, for the club the lexicons
     * know): an organization or outlet name of several words. Places are left out as above.
     */
    private static boolean otherTypeOverStart(int[] y, Lexicons.Match m, int b) {
        int first = y[m.start()];
        if (b != B_ORG || first == 0 || first == b || !TaggerModel.LABELS.get(first).startsWith("B-")) {
            return false;
        }
        int end = TaggerModel.chunkEnd(y, m.start());
        if (end >= m.end()) {
            return false;
        }
        for (int k = end; k < m.end(); k++) {
            if (y[k] != 0) {
                return false;
            }
        }
        return !followsEntity(y, m);
    }

    /**
     * True when the match's first word is a two-letter word with a proclitic (لبي) left untagged while the
     * tagger found the match's other words, exactly, as one entity ([لبي O][بي سي PERSON] ▸ بي بي سي): the
     * letter hid the word from the tagger, whose features strip proclitics only from longer words. (A longer
     * untagged first word is a head the tagger left out on purpose: لحركة [O] حماس.) Of another type only for
     * an organization or outlet.
     */
    private static boolean restAfterProclitic(TokenForms[] t, int[] y, Lexicons.Match m, int b) {
        int second = m.start() + 1;
        if (m.strippedLetters() == 0 || t[m.start()].norm.length() > 3 || y[m.start()] != 0 || second >= m.end()
                || !TaggerModel.LABELS.get(y[second]).startsWith("B-") || y[second] != b && b != B_ORG) {
            return false;
        }
        return TaggerModel.chunkEnd(y, second) == m.end() && !followsEntity(y, m);
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
