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
        if (t.kind[i] == TokenKind.ARABIC && w.length() >= 3 && "لبو".indexOf(w.charAt(0)) >= 0) {
            // a two-letter word after the letter (لبي بي سي) opens only a known name of several words, below
            cands = new String[] {w, w.substring(1)};
            cuts = new int[] {0, 1};
        } else {
            cands = new String[] {w};
            cuts = new int[] {0};
        }
        for (int c = 0; c < cands.length; c++) {
            String h = cands[c];
            boolean short2 = h.length() < 3 && cuts[c] > 0;
            if (!short2 && g.lex.in("outlet-head", h)) {
                if (i + 1 < limit && g.in("canal", i + 1)) {
                    return null; // قناة السويس: the canal, no television channel
                }
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
                if (i + seq.length > limit || short2 && seq.length < 2) {
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

    /**
     * An outlet found by {@link #at} at token {@code i}, cut to its name, when what follows its head is a
     * name: a quoted name (موقع «بازفيد نيوز»), words in Latin letters, an entity the tagger found right
     * after the head (وكالة إنترفاكس الروسية: the entity and the nisba adjectives after it), or the
     * news-agency phrase أنباء / الأنباء + nisba adjectives and the name after them (وكالة الأنباء اليمنية
     * الرسمية، وكالة أنباء تسنيم). A head followed by common words (موقع الهاتف، قناة مصرية), standing alone,
     * or with the article and no quoted or Latin name (الموقع، الصحيفة البريطانية) is no cited outlet: null. A
     * known agency name without a head is returned as it is.
     */
    public int[] named(int i, int[] o, Linker linker) {
        String w = t.norm[i];
        boolean head = g.lex.in("outlet-head", w)
                || w.length() > 3 && "لبو".indexOf(w.charAt(0)) >= 0 && g.lex.in("outlet-head", w.substring(1));
        if (!head) {
            return o;
        }
        int j = i + 1;
        if (j >= o[1]) {
            return null;
        }
        QuoteMarks.Region r = g.region(j);
        if (r != null && r.closed()) {
            return o;
        }
        if (t.kind[j] == TokenKind.LATIN) {
            int end = j + 1;
            while (end < o[1] && (t.kind[end] == TokenKind.LATIN || t.kind[end] == TokenKind.NUMBER)) {
                end++; // شبكة CNN، موقع Popular Mechanics: the words in Latin letters are the name
            }
            return new int[] {o[0], end};
        }
        if (w.startsWith("ال") || w.length() > 3 && w.startsWith("ال", 1)) {
            return null; // الموقع، الصحيفة البريطانية: a head with the article refers back, it names nothing
        }
        int end;
        if (t.norm[j].equals(NEWS) || t.norm[j].equals("ال" + NEWS)) {
            end = j + 1; // وكالة أنباء تسنيم، وكالة الأنباء اليمنية
            while (end < o[1] && definiteNisba(t.norm[end])) {
                end++;
            }
            int after = entityEnd(end, o[1], linker);
            QuoteMarks.Region q = end < o[1] ? g.region(end) : null;
            if (after > 0) {
                end = after;
            } else if (q != null && q.closed() && g.closeTok[end] < o[1] && t.norm[j].equals(NEWS)) {
                end = g.closeTok[end] + 1; // وكالة أنباء «يونهاب»: the quoted name
            } else if (end < o[1] && t.norm[j].equals(NEWS)) {
                end = o[1]; // وكالة أنباء فارس، وكالة أنباء الصين الجديدة: «وكالة أنباء» alone names nothing
            }
        } else {
            end = entityEnd(j, o[1], linker);
            if (end < 0 || (CANAL.equals(w) || SITE.equals(w)) && place(linker.startingAt(t.start[j]))) {
                return null; // قناة السويس is a canal, موقع مصر is Egypt's position
            }
        }
        while (end < o[1] && definiteNisba(t.norm[end])) {
            end++;
        }
        return new int[] {o[0], end};
    }

    /** The token after the entity that begins at token {@code j} and ends before {@code limit}, or −1. */
    private int entityEnd(int j, int limit, Linker linker) {
        if (j >= limit) {
            return -1;
        }
        org.mirsad.core.model.Entity e = linker.startingAt(t.start[j]);
        if (e == null) {
            return -1;
        }
        int last = t.tokenEndingAt(j, limit, e.span().end());
        return last < 0 ? -1 : last + 1;
    }

    /**
     * An outlet found by {@link #at} at token {@code i} given by its kind rather than its name, cut to the
     * head and its nisba adjectives (التلفزيون الرسمي الإيراني، للتلفزيون السعودي), or null when the head has
     * no such adjective (الشبكة، قناة) — what a quote can name as the outlet it was said to.
     */
    public int[] described(int i, int[] o) {
        int end = i + 1;
        while (end < o[1] && definiteNisba(t.norm[end])) {
            end++;
        }
        return end > i + 1 && g.outletHead(t.norm[i]) ? new int[] {o[0], end} : null;
    }

    /** Whether an entity is tagged as a place or is a place the lexicons know (السويس، بنما). */
    private static boolean place(org.mirsad.core.model.Entity e) {
        if (e.type() == org.mirsad.core.model.EntityType.LOC) {
            return true;
        }
        int places = org.mirsad.extract.ner.internal.LexClass.CITY.bit() | org.mirsad.extract.ner.internal.LexClass.COUNTRY.bit()
                | org.mirsad.extract.ner.internal.LexClass.REGION.bit();
        String norm = org.mirsad.extract.ner.internal.ArabicForms.norm(e.text());
        return (org.mirsad.extract.ner.internal.Lexicons.defaults().classesOf(norm) & places) != 0;
    }

    /** موقع ("site", also "position"), normalized: before a place it is the place's position, no website. */
    private static final String SITE = Lexicon.norm("موقع");

    /** قناة before a place is a canal, not a channel. */
    private static final String CANAL = Lexicon.norm("قناة");

    /** "News" in the name of a news agency (وكالة أنباء، وكالة الأنباء), normalized. */
    private static final String NEWS = Lexicon.norm("أنباء");

    /** A definite adjective in ـي or ـية (الروسية، الرسمي), normalized. */
    static boolean definiteNisba(String norm) {
        return norm.length() > 4 && norm.startsWith("ال") && (norm.endsWith("ي") || norm.endsWith("يه"));
    }

    /** The surface name of an outlet found by {@link #at}. */
    public String name(int[] o) {
        int e = t.end[o[1] - 1];
        return o[0] < e ? t.slice(o[0], e) : t.slice(t.start[o[1] - 1], e);
    }
}
