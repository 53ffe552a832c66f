package org.mirsad.extract.ner.internal;

import java.util.List;

/**
 * What the rest of a document says about each token: how the first pass labelled the other occurrences of
 * the same word (its form without a conjunction or preposition, {@link DocumentConsistency#stripped}). A
 * surname alone (الحداد) that the first pass missed is found again because the same word ended a full
 * person name two sentences earlier; a common word tagged once by mistake is told apart because its other
 * occurrences are untagged.
 *
 * <p>Signals are small integers ({@link #COUNT} of them), each conjoined with the token's own first-pass
 * category, so the second pass ({@link DocumentModel}) learns, for example, how much "tagged PERSON
 * elsewhere" should weigh against "left untagged here".
 */
public final class DocumentSignals {

    /** First-pass categories of a token: untagged, then the four entity types. */
    static final int CATEGORIES = 5;
    private static final int O = 0;
    private static final int PERSON = 1;
    /** Kinds of evidence about the other occurrences, before conjunction with the own category. */
    private static final int KINDS = 12;
    /** Number of distinct signal ids: each kind plain and conjoined with each own category. */
    public static final int COUNT = KINDS * (1 + CATEGORIES);

    // kinds: type t in 1..4 seen elsewhere at all (t - 1) or at least as often as untagged (3 + t); then the
    // word is untagged everywhere else, ends a multi-word person elsewhere, begins one, occurs four times or more
    static final int ALL_UNTAGGED = 8;
    static final int SURNAME = 9;
    static final int GIVEN_NAME = 10;
    static final int MANY = 11;

    /** The id of a kind of evidence on its own. */
    static int plain(int kind) {
        return kind;
    }

    /** The id of a kind of evidence conjoined with the token's own first-pass category. */
    static int conjoined(int kind, int own) {
        return KINDS + kind * CATEGORIES + own;
    }

    private static final int MIN_LETTERS = 3;

    private DocumentSignals() {
    }

    /** The category of a label: 0 for O, else the entity type 1..4 (PERSON, ORG, LOC, MISC). */
    static int category(int label) {
        return label == 0 ? O : (label + 1) / 2;
    }

    /**
     * Per sentence, per token, the signal ids of the token (an empty array where the word occurs nowhere
     * else in the document or is too short to tell).
     *
     * @param sentences the document's tokens, sentence by sentence
     * @param labels    the first pass's labels ({@link TaggerModel#LABELS} indices), same shape
     */
    public static int[][][] of(List<TokenForms[]> sentences, List<int[]> labels) {
        // per word (its interned stripped form): counts by category [0..4], surname count [5], given-name count
        // [6], all occurrences [7]; each token's slot in the table is kept for the second loop
        WordTable stats = new WordTable(sentences);
        int[][] slots = new int[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            TokenForms[] t = sentences.get(s);
            int[] y = labels.get(s);
            int[] at = new int[t.length];
            slots[s] = at;
            for (int i = 0; i < t.length; i++) {
                String k = key(t[i]);
                if (k == null) {
                    at[i] = -1;
                    continue;
                }
                int base = stats.slotOf(k, t[i].strippedHash) * STATS;
                at[i] = base;
                int[] c = stats.counts;
                c[base + category(y[i])]++;
                c[base + CATEGORIES + 2]++;
                int role = personRole(y, i);
                if (role >= 0) {
                    c[base + CATEGORIES + role]++;
                }
            }
        }
        int[][][] out = new int[sentences.size()][][];
        int[] buf = new int[2 * KINDS];
        for (int s = 0; s < sentences.size(); s++) {
            TokenForms[] t = sentences.get(s);
            int[] y = labels.get(s);
            int[][] sig = new int[t.length][];
            for (int i = 0; i < t.length; i++) {
                int base = slots[s][i];
                int[] c = stats.counts;
                if (base < 0 || c[base + CATEGORIES + 2] <= 1) {
                    sig[i] = EMPTY;
                    continue;
                }
                int total = c[base + CATEGORIES + 2];
                int own = category(y[i]);
                int role = personRole(y, i);
                // the other occurrences: this one left out
                int untagged = c[base + O] - (own == O ? 1 : 0);
                int n = 0;
                boolean tagged = false;
                for (int type = 1; type < CATEGORIES; type++) {
                    int elsewhere = c[base + type] - (own == type ? 1 : 0);
                    if (elsewhere > 0) {
                        tagged = true;
                        n = add(buf, n, type - 1, own);
                        if (elsewhere >= untagged) {
                            n = add(buf, n, 3 + type, own);
                        }
                    }
                }
                if (!tagged) {
                    n = add(buf, n, ALL_UNTAGGED, own);
                }
                if (c[base + CATEGORIES] - (role == 0 ? 1 : 0) > 0) {
                    n = add(buf, n, SURNAME, own);
                }
                if (c[base + CATEGORIES + 1] - (role == 1 ? 1 : 0) > 0) {
                    n = add(buf, n, GIVEN_NAME, own);
                }
                if (total >= 4) {
                    n = add(buf, n, MANY, own);
                }
                sig[i] = java.util.Arrays.copyOf(buf, n);
            }
            out[s] = sig;
        }
        return out;
    }

    /** Counters per word in {@link WordTable#counts}. */
    private static final int STATS = CATEGORIES + 3;

    /**
     * The words of one document and their counters: an open-addressing table over the interned stripped
     * forms, compared by identity, probed with the hash each token keeps ({@link TokenForms#strippedHash}),
     * so counting does not touch the strings themselves.
     */
    private static final class WordTable {
        private final String[] words;
        private final int mask;
        final int[] counts;

        WordTable(List<TokenForms[]> sentences) {
            int tokens = 0;
            for (TokenForms[] t : sentences) {
                tokens += t.length;
            }
            int cap = Integer.highestOneBit(Math.max(8, tokens) * 2 - 1) << 1;
            this.words = new String[cap];
            this.mask = cap - 1;
            this.counts = new int[cap * STATS];
        }

        int slotOf(String word, int hash) {
            int slot = hash & mask;
            while (true) {
                String w = words[slot];
                if (w == word) {
                    return slot;
                }
                if (w == null) {
                    words[slot] = word;
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    /** 0 when token {@code i} ends a person of several words, 1 when it begins one, else −1. */
    private static int personRole(int[] y, int i) {
        if (category(y[i]) != PERSON) {
            return -1;
        }
        boolean begins = y[i] == 1;
        boolean continues = i + 1 < y.length && y[i + 1] == 2;
        if (!begins && !continues) {
            return 0;
        }
        return begins && continues ? 1 : -1;
    }

    private static final int[] EMPTY = new int[0];

    private static int add(int[] buf, int n, int kind, int own) {
        buf[n++] = plain(kind);
        buf[n++] = conjoined(kind, own);
        return n;
    }

    /** The word a token is grouped by, or null for words too short or not made of letters. */
    private static String key(TokenForms t) {
        String k = DocumentConsistency.stripped(t);
        if (k.length() < MIN_LETTERS || !Character.isLetter(k.charAt(0))) {
            return null;
        }
        return k;
    }

    /** Whether any token of any sentence has a signal. */
    public static boolean any(int[][] sentence) {
        for (int[] s : sentence) {
            if (s.length > 0) {
                return true;
            }
        }
        return false;
    }
}
