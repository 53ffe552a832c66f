package org.mirsad.extract.quote.internal;

/**
 * Where a statement starts and ends. It opens after the cue's preposition (أشار إلى) and
 * complementizer (إن، أن، بأن), a colon or an opening quotation mark — then it is direct and runs to
 * the closing mark — or, for cues that take one, with a prepositional object (أعرب عن قلقه); it runs
 * to the end of the sentence or to the next statement (a comma followed by a reporting verb with و, or
 * by a participle). The speaker's relative clause between speaker and statement is skipped; a cue
 * inside a relative clause ends with it. Also where an attribution phrase stands in its clause.
 */
final class Contents {

    private final TokenTable t;
    private final Grammar g;
    private final Outlets outlets;
    private final Linker linker;

    Contents(Grammar g, Outlets outlets, Linker linker) {
        this.t = g.t;
        this.g = g;
        this.outlets = outlets;
        this.linker = linker;
    }

    /** Tokens an opener may lie after the speaker: time words, "في بيان"، "للصحفيين"، an apposition. */
    public static final int OPENER_WINDOW = 14;

    /**
     * The first token from {@code from} (within {@link #OPENER_WINDOW} tokens, before any sentence
     * stop or other reporting verb) where content opens, or -1.
     */
    int opener(int from, int b, Hit hit) {
        boolean inRelative = relativeCue(hit);
        int skipped = 0;
        for (int k = from; k < b && k - from - skipped <= OPENER_WINDOW; k++) {
            if (k > from && saying(k) && k + 1 < b && (g.complementizer(k + 1) || t.is(k + 1, ':') || g.region(k + 1) != null)) {
                return k + 1; // غرّد الوزير عبر حسابه على "تويتر" قائلًا: ... — one statement, the participle frames it
            }
            if (t.stop(k) || k > from && g.cueWord(k) && !continuation(k) || inRelative && t.comma(k)) {
                return -1;
            }
            int dashClose = dashAside(k, b);
            if (dashClose > 0) {
                skipped += dashClose - k;
                k = dashClose; // وأظهرت إحصائية رسمية -حصلت عليها «الوطن»- أن ...: an aside between dashes
                continue;
            }
            int asideClose = adverbialAside(k, b);
            if (asideClose > 0) {
                skipped += asideClose - k - 1;
                k = asideClose - 1; // …، بعد إجرائها حديثا «بناء ومفتوحا» مع …، إن «…»: the aside's quotation is not the statement
                continue;
            }
            if (t.comma(k) && k + 1 < b && g.in("relative", k + 1)) {
                int close = k + 2;
                while (close < b && !t.comma(close) && !t.stop(close) && !t.is(close, ':')) {
                    close++;
                }
                skipped += close - k - 1;
                k = close - 1; // the speaker's relative clause (، الذي تحدث شريطة ...، or …، الذي زار ألمانيا: «…») is not the content
                continue;
            }
            if (!t.comma(k) && opensContent(k, hit) && !quotedName(k) && !((k == from || taggedName(k) || afterWord(k)) && clauseGoesOn(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * For a comma at k opening a prepositional phrase (، بعد لقائه …، ، خلال مؤتمر …،) closed by a comma
     * that a complementizer, a colon or a quotation follows: that closing comma; else -1.
     */
    private int adverbialAside(int k, int b) {
        if (!t.comma(k) || k + 2 >= b || !g.in("preposition", k + 1) || t.conj[k + 1]) {
            return -1;
        }
        for (int c = k + 2; c < b && c <= k + OPENER_WINDOW; c++) {
            if (t.stop(c) || t.is(c, ':')) {
                return -1;
            }
            if (t.comma(c) && !g.quoted[c]) {
                return c + 1 < b && (g.complementizer(c + 1) || t.is(c + 1, ':') || g.region(c + 1) != null) ? c : -1;
            }
        }
        return -1;
    }

    /** For a dash at k opening an aside closed by another dash within ten tokens: that dash; else -1. */
    private int dashAside(int k, int b) {
        if (!dash(k)) {
            return -1;
        }
        for (int c = k + 2; c < b && c <= k + 10; c++) {
            if (t.stop(c)) {
                return -1;
            }
            if (dash(c)) {
                return c;
            }
        }
        return -1;
    }

    private boolean dash(int k) {
        return t.is(k, '-') || t.is(k, '\u2013') || t.is(k, '\u2014');
    }

    /**
     * A circumstantial participle at j whose own statement opens right after it with a complementizer or its
     * preposition (… إن الخطة جاهزة مؤكدا أن …، مشيرا إلى أن …): a new statement even without a comma before it.
     */
    private boolean participleOpening(int j) {
        if (g.quoted[j] || j + 1 >= t.n) {
            return false;
        }
        for (CueForm f : g.formsAt(j)) {
            if (f.kind() == CueForm.Kind.PARTICIPLE && f.gender() != '?') {
                int k = j + 1;
                if (f.prep() != null && t.norm[k].equals(f.prep()) && k + 1 < t.n) {
                    k++;
                }
                if (g.complementizer(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A continuation cue (بالقول) at k: part of the verb before it. */
    boolean continuation(int k) {
        for (CueForm f : g.formsAt(k)) {
            if (f.kind() == CueForm.Kind.PARTICIPLE && f.gender() == '?') {
                return true;
            }
        }
        return false;
    }

    /** The participle قائلًا/قائلةً ("saying") at k, which frames the statement of the verb before it. */
    private boolean saying(int k) {
        for (CueForm f : g.formsAt(k)) {
            if (f.kind() == CueForm.Kind.PARTICIPLE && Lexicon.lemmaNorm(f.lemma()).equals("قائل")) {
                return true;
            }
        }
        return false;
    }

    /** A cue right after a relative pronoun (النقابة، التي قالت إن ...): its statement ends with the clause. */
    boolean relativeCue(Hit hit) {
        return hit.first() > 0 && g.in("relative", hit.first() - 1);
    }

    /**
     * A short quoted name after ل، مع، عن or an outlet word (لـ"الشروق"، مع "هسبورت": who was told, not
     * what), after على، عبر، في (على "تويتر": where it was said), or after a noun or verb of naming
     * (مسلسل "..."، تطبيق "..."، بعنوان "..."): a name, not a quotation.
     */
    boolean quotedName(int k) {
        if (g.region(k) == null || outlets.quotedName(k, t.n) == null || k == 0) {
            return false;
        }
        String p = t.norm[k - 1];
        return p.equals("ل") || p.equals("مع") || p.equals("عن") || p.equals("موقع") || g.outletHead(k - 1)
                || p.equals("علي") || p.equals("عبر") || p.equals("في") || nameHead(k - 1);
    }

    /**
     * Whether the clause goes on with a word right after the short quotation at k (ونقلت «رويترز» بيان
     * الشركة، أبلغت مصادر «رويترز» أن ...): right after its cue, a quotation that is the statement ends its
     * clause or hands over to another cue; a short one the sentence runs on from is a name.
     */
    private boolean clauseGoesOn(int k) {
        if (g.region(k) == null || outlets.quotedName(k, t.n) == null) {
            return false;
        }
        int after = g.closeTok[k] + 1;
        return after < t.n && t.kind[after] == org.mirsad.core.model.TokenKind.ARABIC && !g.cueWord(after);
    }

    /**
     * The token before k is an indefinite word that is no cue and no name (مركز احتجاز "النور" القريب …،
     * قاعدة "التيفور" الجوية): a short quotation there names what the word is; after a definite word or a
     * name it may be a speaker's words (قال الوزير "..." في كلمة).
     */
    private boolean afterWord(int k) {
        return k > 0 && t.kind[k - 1] == org.mirsad.core.model.TokenKind.ARABIC && t.bare[k - 1].length() > 2
                && !t.bare[k - 1].startsWith("ال") && !g.in("preposition", k - 1) && !g.in("particle", k - 1)
                && !g.cueWord(k - 1) && !g.complementizer(k - 1) && linker.nameCovering(t.start[k - 1]) == null;
    }

    /**
     * The quotation at k holds exactly one name the tagger found (وضعه "حزب الاتحاد الديمقراطي" على …): with
     * the clause going on after it, a name, not what was said.
     */
    private boolean taggedName(int k) {
        int close = g.closeTok[k];
        if (g.region(k) == null || close <= k + 1) {
            return false;
        }
        org.mirsad.core.model.Entity e = linker.startingAt(t.start[k + 1]);
        return e != null && e.span().end() == t.end[close - 1];
    }

    /** A noun or verb of naming at k ({@code name-head} list), bare, with و, or with ل/ب attached. */
    private boolean nameHead(int k) {
        if (g.in("name-head", k)) {
            return true;
        }
        String w = t.conj[k] ? t.bare[k] : t.norm[k];
        return w.length() > 3 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب') && g.lex.in("name-head", w.substring(1));
    }

    /** Whether content can start at token i for this cue: preposition, complementizer, colon or quote mark. */
    boolean opensContent(int i, Hit hit) {
        int k = i;
        while (k < t.n && t.comma(k)) {
            k++;
        }
        if (k >= t.n) {
            return false;
        }
        if (nominal(k, hit)) {
            return true;
        }
        if (continuation(k) && k + 1 < t.n) {
            k++;
        }
        if (hit.form().prep() != null && t.norm[k].equals(hit.form().prep()) && k + 1 < t.n) {
            k++;
            if (t.norm[k].equals("القول") && k + 1 < t.n) {
                k++; // خلص إلى القول إن ...
            }
        }
        return g.complementizer(k) || t.is(k, ':') || g.region(k) != null;
    }

    /**
     * Whether a nominal content starts at k: the cue's preposition before a noun (أعرب عن قلقه،
     * تحدثت عن مقتل), or attached when it is one letter (طالبت بإنشاء، أفتى بجواز).
     */
    boolean nominal(int k, Hit hit) {
        String p = hit.form().npPrep();
        if (p == null || t.punct(k)) {
            return false;
        }
        String w = t.norm[k];
        return w.equals(p) || p.length() == 1 && w.length() > 3 && w.startsWith(p) && !g.complementizer(k) && !w.equals("باسم")
                && t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC && !g.phraseStart(k);
    }

    /** Content offsets [start, end) and direct flag (1/0) from token i, or null when none. */
    int[] content(int i, int b, Hit hit, int nextCue) {
        int k = i;
        while (k < b && t.comma(k)) {
            k++;
        }
        if (k < b && hit.form().prep() != null && t.norm[k].equals(hit.form().prep())) {
            k++;
            if (k + 1 < b && t.norm[k].equals("القول")) {
                k++;
            }
        }
        if (k < b && continuation(k) && hit.form().kind() != CueForm.Kind.PARTICIPLE) {
            k++;
        }
        if (k < b && t.is(k, ':')) {
            k++;
        }
        boolean afterComplementizer = k < b && g.complementizer(k);
        if (afterComplementizer) {
            k++; // إن، أن، بأن, and with an attached pronoun (أنها): the statement follows
        }
        if (k >= b) {
            return null;
        }
        QuoteMarks.Region r = g.region(k);
        boolean quotedSubject = r != null && r.closed() && afterComplementizer && clauseRunsOn(g.closeTok[k] + 1, b);
        if (r != null && r.closed() && !quotedSubject) {
            int close = g.closeTok[k];
            if (close > k + 1) {
                return new int[] {t.start[k + 1], t.end[close - 1], 1};
            }
        }
        int end = b;
        boolean inRelative = relativeCue(hit);
        for (int j = k + 1; j < b; j++) {
            if (j >= nextCue && startsNewStatement(j) || inRelative && t.comma(j) && !g.quoted[j]) {
                end = j;
                break;
            }
        }
        while (end > k && (t.punct(end - 1) && !t.is(end - 1, '»') && !t.is(end - 1, '”') || t.comma(end - 1))) {
            end--;
        }
        if (end <= k) {
            return null;
        }
        boolean direct = g.region(k) != null && !quotedSubject;
        int startOff = direct ? t.start[k] + 1 : t.start[k];
        int endOff = t.end[end - 1];
        if (direct && (t.is(end - 1, '»') || t.is(end - 1, '”'))) {
            endOff = t.start[end - 1];
        } else if (!direct && end - 1 > k && g.openOf[end - 1] >= 0 && g.openOf[end - 1] < k) {
            endOff = t.start[end - 1]; // وصف الاتفاق «بالمجحف …»: the content began inside the quotation, its closing mark is not in it
        }
        return startOff < endOff ? new int[] {startOff, endOff, direct ? 1 : 0} : null;
    }

    /**
     * Whether the clause goes on at k, after a quotation that opened it (أن "تداول" سيكون الإدراج الرئيسي):
     * an Arabic word that is no reporting verb; then the quotation is the clause's subject, not all that was said.
     */
    private boolean clauseRunsOn(int k, int b) {
        return k < b && t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC && !g.cueWord(k);
    }

    /** A new statement starts at j: after a comma, a reporting verb with و, a participle, or a phrase. */
    boolean startsNewStatement(int j) {
        if (j == 0 || !t.comma(j - 1) && !g.complementizer(j - 1)) {
            return t.conj[j] && g.cueWord(j) || g.phraseStart(j) && !g.quoted[j] || participleOpening(j);
        }
        return g.cueWord(j) || g.phraseStart(j);
    }

    /**
     * An attribution phrase after a comma closes the clause before it (...، بحسب خبراء تحدثت إليهم
     * الصحيفة.) unless the sentence goes on after its speaker with another comma that does not open
     * a relative clause (وفي السياق، وبحسب مصادر، فإن ...).
     */
    boolean trailing(Hit hit, int a, int npEnd, int b) {
        int p = hit.first() - 1;
        if (p > a && npEnd < b && g.in("relative", npEnd) && relativeRunsOn(npEnd, b)) {
            return true; // ...، وفق المصادر التي أكدت أن ...، حسبما أعلن المحافظ الذي أكد أن: the statement is before the phrase
        }
        if (p <= a || !t.comma(p) && g.openOf[p] < 0) {
            return false; // after a comma or a closing quotation mark («...» بحسب ما كتب X)
        }
        for (int k = npEnd; k < b; k++) {
            if (t.comma(k) && !g.quoted[k]) {
                return k + 1 < b && g.in("relative", k + 1) || onlyTimeAfter(k + 1, b) || k == npEnd && insideClause(hit, a, k + 1, b);
            }
        }
        return true;
    }

    /**
     * Whether the relative clause at k runs to the end of the sentence or carries a statement of its own
     * (المصادر التي أكدت أن …): then nothing after it is the phrase's clause. One closed by a comma before
     * a clause (حسب الدراسة التي نشرتها الصحيفة، كانت …) leaves that clause to the phrase.
     */
    private boolean relativeRunsOn(int k, int b) {
        for (int j = k + 1; j < b; j++) {
            if (g.complementizer(j)) {
                return true;
            }
            if (t.comma(j) && !g.quoted[j] || t.stop(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a phrase between commas, written without و, stands inside the clause it attributes and the
     * clause goes on after it with a prepositional phrase, another clause in و, a time or a relative clause
     * (قتل خمسة جنود، بحسب ما أفادت الوكالة، في هجوم على الحاجز): the clause before it is the statement. Not
     * when the words after it complete the clause (وشملت الرحلة، بحسب القائمين عليها، مواقع ...) or carry a
     * complementizer (وذكرت المفوضية، حسب ما أوردت الوكالة، أن ...).
     */
    private boolean insideClause(Hit hit, int a, int k, int b) {
        int f = hit.first();
        boolean withWa = t.conj[f] && g.phraseNode(f, true) != null; // وبحسب, not وفق/وفقًا whose و is the word's own
        if (withWa || k >= b || linker.nameCovering(t.start[k]) != null) {
            return false; // ، علي أكبر صالحي، إن: the source's name, not the clause going on
        }
        int words = 0;
        for (int i = a; i < f; i++) {
            words += t.kind[i] == org.mirsad.core.model.TokenKind.ARABIC ? 1 : 0;
        }
        if (words < 3 || g.cueWord(a) || a + 1 < f && g.cueWord(a + 1) || t.bare[a].equals(AMMA)) {
            return false; // وأكد عباس، بحسب ...، على ...؛ وأسفرت الغارات، بحسب ...، عن ...؛ أما الهدف، بحسب ...، فسيكون
        }
        boolean goesOn = g.in("preposition", k) || t.conj[k] || g.in("time", k) || g.timeOfPeriod(k) || g.in("relative", k);
        if (!goesOn) {
            return false;
        }
        boolean beforeComma = true;
        for (int i = k; i < b && !t.stop(i); i++) {
            beforeComma &= !t.comma(i);
            boolean opens = (g.complementizer(i) || g.in("complementizer", i)) && !(i > 0 && g.in("blocker", i - 1));
            boolean subordinate = i > 1 && g.complementizer(i - 1) && g.in("blocker", i - 2); // دون أن تكشف
            if (opens || beforeComma && g.cueWord(i) && !subordinate) { // after a blocker, أن and its verb state nothing
                return false; // ، قبل أيام، إن ...: the statement follows
            }
        }
        return true;
    }

    /** أما ("as for"), normalized: its clause goes on with فـ after the phrase. */
    private static final String AMMA = Lexicon.norm("أما");

    /**
     * Whether tokens [k, b) hold a time and nothing else (، الجمعة. ، مساء أمس. ، في 12 مايو.): the date of
     * the report that a phrase after its clause ends with, no statement of its own.
     */
    boolean onlyTimeAfter(int k, int b) {
        boolean any = false;
        int from = timePhraseEnd(k, b);
        if (from > k) {
            any = true; // ...، وفقا لما ذكره X، قبل اجتماع المجلس في بروكسل، الجمعة.
            k = from;
        }
        for (int i = k; i < b; i++) {
            if (t.punct(i)) {
                continue;
            }
            if (!(g.in("time", i) || g.in("month", i) || g.timeOfPeriod(i) || t.kind[i] == org.mirsad.core.model.TokenKind.NUMBER
                    || t.norm[i].equals("في") && i + 1 < b && (t.kind[i + 1] == org.mirsad.core.model.TokenKind.NUMBER || g.in("time", i + 1)))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Prepositions that open a phrase of time (قبل اجتماع المجلس، خلال زيارته، عقب لقائه), normalized. */
    private static final java.util.Set<String> TIME_PREPOSITIONS = java.util.stream.Stream.of("قبل", "بعد", "خلال",
            "عقب", "إثر", "أثناء", "قبيل", "لدى").map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * For a phrase of time at k (a time preposition and at most eight words before a comma or the end, with
     * no cue or complementizer in it): the token after it; else k.
     */
    private int timePhraseEnd(int k, int b) {
        if (k >= b || !TIME_PREPOSITIONS.contains(t.norm[k])) {
            return k;
        }
        int j = k + 1;
        while (j < b && !t.punct(j)) {
            if (j - k > 8 || g.cueWord(j) || g.complementizer(j)) {
                return k;
            }
            j++;
        }
        return j > k + 1 ? j : k;
    }

    /** A reporting verb of its own right after the phrase's speaker (and an apposition). */
    boolean ownStatementFollows(int k, int b) {
        for (int j = k; j < b && j - k <= Grammar.MAX_NP; j++) {
            if (g.complementizer(j) || t.stop(j)) {
                return false;
            }
            if (t.comma(j) && j + 1 < b && g.cueWord(j + 1)) {
                for (CueForm f : g.formsAt(j + 1)) {
                    if (f.kind() == CueForm.Kind.VERB) {
                        return true;
                    }
                }
            }
            if (j == k && g.cueWord(j)) {
                return true;
            }
        }
        return false;
    }
}
