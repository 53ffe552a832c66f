package org.mirsad.extract.quote.internal;

/**
 * The subject written before a reporting verb, in the same clause.
 *
 * <p>Rules, tried in order:
 * <ol>
 *   <li>"أما X فـ...": a verb carrying ف (فيقول، فحذرت، فقد نفى) in a sentence that opens a topic
 *       with أما has that topic as its subject, with its apposition (أما رئيسة البعثة، كلارا
 *       مونتيني، فحذرت).</li>
 *   <li>A parenthetical between commas may separate the subject from its verb: an apposition
 *       (ناشرها، دار الجسر، أعلنت) — then part of the speaker — or a relative clause (الرابطة، التي
 *       تأسست قبل عامين، اتهمت) or a "وهو/وهي" aside, which are left out.</li>
 *   <li>A noun phrase that opens its clause — at the start of the sentence, after punctuation, a
 *       particle such as كان، or a complementizer (أن رئيس الوفد أبلغ نظراءه بأن) — right before a
 *       verb without a conjunction is its subject; a noun phrase after such a verb is its object.</li>
 * </ol>
 * A dropped subject in an "أما X فـ" sentence is X as well ({@link #topicBefore}). The particle قد between subject and verb (كانت المبعوثة قد أعلنت) is skipped. Noun phrases read
 * backwards may hold prepositional phrases and ل/ب-attached genitives (المشرفة على برنامج الإفطار في
 * حي النسيم، المدير التنفيذي للجمعية).
 */
final class Subjects {

    /** How many tokens back a parenthetical's opening comma may be. */
    static final int MAX_PARENTHETICAL = 16;
    /** Longest subject read backwards, in tokens. */
    static final int MAX_BACKWARD = Grammar.MAX_NP + 6;

    private final Grammar g;
    private final TokenTable t;
    /** Whether a token begins a name the tagger found (for a quoted subject: «المرصد السوري» أفاد). */
    private final java.util.function.IntPredicate named;

    Subjects(Grammar g, java.util.function.IntPredicate named) {
        this.g = g;
        this.t = g.t;
        this.named = named;
    }

    /** The subject's tokens {@code {first, endExclusive}} for the verb of {@code hit} in a sentence from {@code a}, or null. */
    int[] before(int a, Hit hit) {
        int end = hit.first();
        boolean fa = t.conj[end] && t.norm[end].charAt(0) == 'ف' && g.conjunctionStripped(end);
        if (end - 1 >= a && isQad(end - 1)) {
            fa |= t.norm[end - 1].startsWith("ف");
            end--;
        }
        if (fa) {
            return topic(a, end);
        }
        if (g.conjunctionStripped(hit.first())) {
            return null;
        }
        if (end - 1 > a && t.comma(end - 1)) {
            return acrossParenthetical(a, end - 1);
        }
        int[] quotedName = quotedNameBefore(a, end);
        if (quotedName != null) {
            return quotedName;
        }
        int start = backward(end, a);
        if (start >= end || !g.clauseStart(start, a) || !g.npToken(start)) {
            return null;
        }
        if (end - start == 1 && (t.norm[start].equals("و") || t.norm[start].equals("ف"))) {
            return null; // و اعرب السمحان: the conjunction written apart, not a subject
        }
        int[] topic = topic(a, end);
        return topic != null && start < topic[1] ? topic : new int[] {start, end}; // أما X فخصصت ... رأت
    }

    /** Most words of a quoted name standing as a subject before its verb. */
    static final int MAX_QUOTED_NAME_WORDS = 3;

    /**
     * A short name in quotation marks that the tagger found as a name, opening its sentence or standing after
     * punctuation right before the verb («المرصد السوري» أفاد …، «الواحة للصناعات» تعلن …): the subject, marks
     * included; else null. Not after a head word (شركة "بوم سوبرسونيك" أكدت: the phrase is the head's).
     */
    private int[] quotedNameBefore(int a, int end) {
        int close = end - 1;
        if (close <= a || g.openOf[close] < a) {
            return null;
        }
        int open = g.openOf[close];
        int words = close - open - 1;
        boolean opens = open == a || open > a && t.punct(open - 1) && g.openOf[open - 1] < 0 && !g.quoted[open - 1];
        if (words < 1 || words > MAX_QUOTED_NAME_WORDS || !opens || !named.test(open + 1)) {
            return null;
        }
        for (int k = open + 1; k < close; k++) {
            if (t.punct(k)) {
                return null; // a quotation, not a name
            }
        }
        return new int[] {open, end};
    }

    private boolean isQad(int i) {
        String w = t.norm[i];
        return w.equals("قد") || w.equals("فقد") || w.equals("لقد");
    }

    /** The noun phrase after the sentence's last أما before {@code end}, with its apposition. */
    private int[] topic(int a, int end) {
        for (int m = end - 1; m >= a; m--) {
            if (t.bare[m].equals("اما") && !t.punct(m)) {
                int from = m + 1;
                if (from < end && g.in("preposition", from)) {
                    return null; // أما عن ردة فعل الجماهير فقال النجم: a topic in عن/في is what is spoken of, not who speaks
                }
                int e = g.forwardNp(from, end);
                while (e < end && (g.attachedPrep(e) && !g.in("addressee", e) || isPrep(e)) && g.npToken(e + 1)) {
                    e = g.forwardNp(e + 1, end); // أما المشرفة على البرنامج، ...
                }
                for (int k = from + 1; k < e; k++) {
                    if (t.conj[k] && t.norm[k].charAt(0) == 'ف') {
                        e = k; // أما X فخصصت ...: the topic ends where its answer starts
                        break;
                    }
                }
                if (e <= from) {
                    return null;
                }
                if (e + 1 < end && t.comma(e)) {
                    int e2 = g.forwardNp(e + 1, end);
                    if (e2 > e + 1 && e2 < end && t.comma(e2)) {
                        e = e2;
                    }
                }
                return new int[] {from, e};
            }
            if (t.stop(m)) {
                break;
            }
        }
        return null;
    }

    /** Subject, parenthetical, verb: {@code comma2} is the comma right before the verb. */
    private int[] acrossParenthetical(int a, int comma2) {
        int comma1 = -1;
        for (int k = comma2 - 1; k >= a && comma2 - k <= MAX_PARENTHETICAL; k--) {
            if (t.stop(k)) {
                return null;
            }
            if (t.comma(k)) {
                comma1 = k;
                break;
            }
        }
        if (comma1 < 0 || comma1 + 1 >= comma2) {
            return null;
        }
        int p = comma1 + 1;
        boolean aside = g.in("relative", p) || t.norm[p].equals("وهو") || t.norm[p].equals("وهي") || discourseAdverb(p);
        boolean apposition = !aside && nounsOnly(p, comma2);
        if (!aside && !apposition) {
            return null;
        }
        int start = backward(comma1, a);
        if (start >= comma1 || !g.clauseStart(start, a) || !g.npToken(start)) {
            return null;
        }
        return new int[] {start, apposition ? comma2 : comma1};
    }

    /** من جهتها، من جانبه، من ناحيته، بدوره: a turn marker set off by commas. */
    private boolean discourseAdverb(int p) {
        String w = t.norm[p];
        if (w.startsWith("بدور")) {
            return true;
        }
        if (!w.equals("من") || p + 1 >= t.n) {
            return false;
        }
        String n = t.norm[p + 1];
        return n.startsWith("جهت") || n.startsWith("جانب") || n.startsWith("ناحيت") || n.startsWith("طرف");
    }

    /** The topic of an "أما X فـ" sentence before token {@code end}, for a verb whose subject is dropped (or null). */
    int[] topicBefore(int a, int end) {
        return topic(a, end);
    }

    /** Tokens [from, to) are all noun-phrase words or genitives with ل/ب (شركة الواحة للنشر). */
    private boolean nounsOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!g.npToken(k) && !(k > from && g.attachedPrep(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean isPrep(int i) {
        String w = t.norm[i];
        return w.equals("في") || w.equals("على") || w.equals("من") || w.equals("لدي") || w.equals("عن");
    }

    /** Start of the subject ending before {@code end}: noun-phrase words with inner prepositional phrases. */
    int backward(int end, int floor) {
        int j = end - 1;
        while (j >= floor && end - j <= MAX_BACKWARD) {
            if (g.npToken(j) || g.attachedPrep(j) && !g.in("addressee", j)) {
                j--;
            } else if (isPrep(j) && j + 1 < end && g.npToken(j + 1) && j - 1 >= floor && g.npToken(j - 1)) {
                j--;
            } else {
                break;
            }
        }
        int start = j + 1;
        while (start < end && !g.npToken(start)) {
            start++;
        }
        return start;
    }
}
