package org.mirsad.extract.quote.internal;

import org.mirsad.core.model.TokenKind;

/**
 * Recognizes cited outlets: an outlet word (وكالة، صحيفة، موقع، قناة، تلفزيون، إذاعة، شبكة، مجلة ...)
 * followed by its name (content words or a quoted name, at most {@link #MAX_NAME} tokens, up to
 * punctuation, a verb, a preposition or a time word), or a known agency (رويترز، فرانس برس ...). The
 * first word may carry ل، ب or و, which is left out of the name.
 */
public final class Outlets {

    /** Longest outlet name after its head word, in tokens. */
    public static final int MAX_NAME = 5;

    private final Grammar g;
    private final TokenTable t;

    /** Outlet recognition over a grammar's tokens. */
    public Outlets(Grammar g) {
        this.g = g;
        this.t = g.t;
    }

    /**
     * The outlet starting at token i, as {@code {startOffset, endTokenExclusive}}, or null.
     *
     * @param weakOk also accept short agency names that are ordinary words elsewhere (واس، قنا، الجزيرة)
     */
    public int[] at(int i, int limit, boolean weakOk) {
        if (i < 0 || i >= limit || i >= t.n || t.punct(i)) {
            return null;
        }
        if (!g.mayStartOutlet(i)) {
            return null;
        }
        String w = t.norm[i];
        String[] cands;
        int[] cuts;
        if (t.kind[i] == TokenKind.ARABIC && w.length() > 3 && "لبو".indexOf(w.charAt(0)) >= 0) {
            cands = new String[] {w, w.substring(1)};
            cuts = new int[] {0, 1};
        } else {
            cands = new String[] {w};
            cuts = new int[] {0};
        }
        for (int c = 0; c < cands.length; c++) {
            String h = cands[c];
            if (g.lex.in("outlet-head", h)) {
                int j = i + 1;
                while (j < limit && j - i <= MAX_NAME) {
                    QuoteMarks.Region r = g.region(j);
                    if (r != null && r.closed() && g.closeTok[j] - j - 1 <= Grammar.MAX_QUOTED_NAME && g.closeTok[j] < limit) {
                        j = g.closeTok[j] + 1;
                        break;
                    }
                    if (!g.npToken(j) || g.in("object", j) || g.in("time", j)) {
                        break;
                    }
                    j++;
                }
                return new int[] {t.offsetAfter(i, cuts[c]), j};
            }
            for (String[] seq : agenciesStartingWith(h, weakOk)) {
                if (i + seq.length > limit) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < seq.length && ok; k++) {
                    ok = seq[k].equals(t.norm[i + k]);
                }
                if (ok) {
                    return new int[] {t.offsetAfter(i, cuts[c]), i + seq.length};
                }
            }
        }
        return null;
    }

    private java.util.Map<String, java.util.List<String[]>> strongIndex;
    private java.util.Map<String, java.util.List<String[]>> weakIndex;

    /** The known agency names whose first word is {@code first} (indexed on first use). */
    private java.util.List<String[]> agenciesStartingWith(String first, boolean weakOk) {
        java.util.Map<String, java.util.List<String[]>> index = weakOk ? weakIndex : strongIndex;
        if (index == null) {
            index = new java.util.HashMap<>();
            for (String[] seq : g.lex.agencies(weakOk)) {
                index.computeIfAbsent(seq[0], k -> new java.util.ArrayList<>()).add(seq);
            }
            if (weakOk) {
                weakIndex = index;
            } else {
                strongIndex = index;
            }
        }
        return index.getOrDefault(first, java.util.List.of());
    }

    /** An outlet given as a short quoted name right at token i («الشرق الأوسط»), or null. */
    public int[] quotedName(int i, int limit) {
        QuoteMarks.Region r = g.region(i);
        if (r == null || !r.closed() || g.closeTok[i] >= limit || g.closeTok[i] - i - 1 > Grammar.MAX_QUOTED_NAME
                || g.closeTok[i] - i < 2) {
            return null;
        }
        return new int[] {t.start[i], g.closeTok[i] + 1};
    }

    /** The outlet inside the noun phrase [first, end) of tokens (at its first word, or a known agency in it), or null. */
    public int[] within(int first, int end) {
        int[] o = at(first, end, true);
        if (o != null) {
            return o;
        }
        for (int i = first + 1; i < end; i++) {
            o = at(i, end, true);
            if (o != null && !g.lex.in("outlet-head", t.norm[i])) {
                return o;
            }
        }
        return null;
    }

    /** The surface name of an outlet found by {@link #at}. */
    public String name(int[] o) {
        int e = t.end[o[1] - 1];
        return o[0] < e ? t.slice(o[0], e) : t.slice(t.start[o[1] - 1], e);
    }
}
