package org.mirsad.extract.quote.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds cues in a token range: attribution phrases by walking the phrase trie over normalized
 * tokens (longest match), single-word reporting verbs, participles and impersonal verbs by hash
 * lookup of the normalized word, with the conjunction proclitic (و، ف) or a verb's object pronoun
 * stripped when the whole word is not a form ({@link Grammar#formsAt}). The reporting verb after an
 * "as" phrase (حسبما أفادت) belongs to that phrase. A word with an impersonal reading right before a
 * complementizer is impersonal (ويذكر أن); a cue that is also a preposition or particle (بين) is one
 * only right before a complementizer or colon. كما opening a sentence means "also" (كما اتهم الأمم
 * المتحدة بالفشل): its verb is read as an ordinary statement, not as an "as X said" phrase. Words inside quotation marks are not searched (a quoted speaker's own
 * reporting is part of the quote).
 */
public final class CueFinder {

    private final Lexicon lex;
    private final TokenTable t;
    private final Grammar g;

    /** Prepositions that never stand right before a finite verb. */
    static final java.util.Set<String> NOT_BEFORE_VERBS = java.util.Set.of("من", "في", "على", "الي", "عن", "مع");

    /** A finder over a grammar's tokens. */
    public CueFinder(Grammar g) {
        this.lex = g.lex;
        this.t = g.t;
        this.g = g;
    }

    /** Cues whose first token lies in [a, b), in order, not overlapping. */
    public List<Hit> find(int a, int b) {
        List<Hit> out = new ArrayList<>();
        for (int i = a; i < b; i++) {
            if (t.punct(i) || g.quoted[i]) {
                continue;
            }
            Hit h = i == a && t.bare[i].equals("كما") ? null : phrase(i, b); // كما أكد ... at the start: "also"
            if (h == null) {
                h = word(i);
            }
            if (h != null) {
                out.add(h);
                i = h.last();
                if (h.form().asper() && i + 1 < b && g.cueWord(i + 1)) {
                    i++; // حسبما أفادت: the verb belongs to the phrase, not a statement of its own
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private Hit phrase(int i, int b) {
        boolean stripped = false;
        Map<String, Object> node = g.phraseNode(i, false);
        if (node == null && t.conj[i]) {
            node = g.phraseNode(i, true);
            stripped = true;
        }
        Hit best = null;
        int k = i;
        while (node != null) {
            CueForm f = (CueForm) node.get(Lexicon.phraseEnd());
            if (f != null) {
                Hit h = complete(i, k, f, stripped, b);
                if (h != null) {
                    best = h;
                }
            }
            if (k + 1 >= b || t.punct(k + 1)) {
                break;
            }
            node = (Map<String, Object>) node.get(t.norm[k + 1]);
            k++;
        }
        return best;
    }

    private Hit complete(int i, int k, CueForm f, boolean stripped, int b) {
        int cueStart = stripped ? t.offsetAfter(i, 1) : t.start[i];
        if (!f.attachedL()) {
            return new Hit(i, k, cueStart, t.end[k], f, false, k + 1, k + 1 < t.n ? t.start[k + 1] : t.end[k]);
        }
        int n = k + 1;
        if (n >= b) {
            return null;
        }
        if (t.norm[n].equals("ل")) {
            if (n + 1 >= b) {
                return null;
            }
            return new Hit(i, n, cueStart, t.end[n], f, false, n + 1, t.start[n + 1]);
        }
        if (t.norm[n].length() >= 3 && t.norm[n].charAt(0) == 'ل' && !t.punct(n)) {
            return new Hit(i, k, cueStart, t.end[k], f, false, n, t.offsetAfter(n, 1));
        }
        return null;
    }

    private Hit word(int i) {
        List<CueForm> forms = g.formsAt(i); // first: most words have none
        if (forms.isEmpty()) {
            return null;
        }
        if (g.notACue(i) || i > 0 && (NOT_BEFORE_VERBS.contains(t.norm[i - 1]) || t.conj[i - 1] && NOT_BEFORE_VERBS.contains(t.bare[i - 1]))) {
            return null; // من أبرز بنودها، في قوله: a preposition is never followed by a finite verb
        }
        boolean stripped = g.conjunctionStripped(i);
        CueForm best = null;
        boolean impersonal = false;
        boolean accusative = g.tanween(i); // طالبًا: the participle, never the dual verb طالبا
        for (CueForm f : forms) {
            if (f.person() == 1) {
                continue; // narration is in the third person; نصف، أشار... are nouns far more often
            }
            if (f.kind() == CueForm.Kind.IMPERSONAL) {
                impersonal = true;
            }
            if (best == null || rank(f, accusative) < rank(best, accusative)) {
                best = f;
            }
        }
        if (best == null) {
            return null;
        }
        String lemma = Lexicon.lemmaNorm(String.valueOf(best.lemma()));
        if ((best.kind() == CueForm.Kind.VERB || best.kind() == CueForm.Kind.PARTICIPLE) && i > 0 && !t.conj[i] && sameLine(i - 1, i)
                && (countNumber(i - 1) || COUNT_WORDS.contains(t.norm[i - 1]))) {
            return null; // مائة ألف طالب لجوء، 11 متهمًا: the noun a number counts, not the verb or participle
        }
        if (i > 0 && !t.conj[i] && NAME_LINKS.contains(t.norm[i - 1])) {
            return null; // علي بن أبي طالب، عبد الله بن رائد: a word after أبي/بن is a name
        }
        if (i > 0 && ACCORDING_TO.contains(t.norm[i - 1]) && !withPronounSuffix(i)) {
            return null; // حسب وصف التنظيم، بحسب تعبير الوزير: the verbal noun the phrase governs (بحسب وصفه stays)
        }
        if (best.kind() == CueForm.Kind.VERB && i > 0 && PRONOUNS.contains(t.norm[i - 1]) && !imperfect(i, lemma)) {
            return null; // وهو طالب دراسات عليا: after هو/هي a perfect-looking form is the predicate noun (وهو يقول stays)
        }
        if (best.kind() == CueForm.Kind.PARTICIPLE && attributiveParticiple(i, best)) {
            return null; // تدابير أمنية مشددة منذ …: an adjective of the noun before it, no statement added
        }
        if (i + 1 < t.n && ESTIMATE.equals(lemma) && AS_POSSIBLE.contains(t.norm[i + 1])) {
            return null; // قدر الإمكان، قدر المستطاع: "as far as possible"
        }
        if (best.kind() == CueForm.Kind.PARTICIPLE && predicateOfKana(i)) {
            return null; // وكان اعتماد القرار متوقعا: the predicate of كان, not a statement added by someone
        }
        if (ADDED.equals(lemma) && i + 1 < t.n && t.kind[i + 1] == org.mirsad.core.model.TokenKind.NUMBER) {
            return null; // بعد أن أضاف 2.2 نقطة: a share price gained points, nothing was said
        }
        if (CONSIDER.equals(lemma) && imperfect(i, lemma) && consideredAs(i)) {
            return null; // والذي يعتبر أكبر مركز، تعتبر من أهم المدن: "is considered", no one's view
        }
        if (t.bare[i].equals(RADDAN) && responseOn(i)) {
            return null; // جاءت ردًا على، كان ردا عمليا آخر على: 'a response to', not the verb replied
        }
        if (AFFILIATED.equals(lemma) && i + 1 < t.n
                && (t.norm[i + 1].startsWith("لل") || PRONOUN_LAM.contains(t.norm[i + 1])) && !g.in("addressee", i + 1)) {
            return null; // بيان تابع للتنظيم: the adjective "belonging to", not the verb "went on"
        }
        if (best.kind() == CueForm.Kind.VERB && i > 0 && t.norm[i - 1].equals(ALLA) && imperfect(i, lemma)) {
            return null; // ويصعب ألا تلاحظ …، يجب ألا يقول: أن + لا with the subjunctive, nothing was said
        }
        if (SAID.equals(lemma) && imperfect(i, lemma) && JUSSIVE_SAY.contains(t.bare[i])
                && (i == 0 || !JUSSIVE_PARTICLES.contains(t.bare[i - 1]))) {
            return null; // حافلات تقل مقاتلين: "carry"; the short form of يقول stands only after لم/لا/لما (لم يقل)
        }
        if (best.kind() == CueForm.Kind.VERB && i > 0 && t.norm[i - 1].equals(AN) && imperfect(i, lemma)
                && !RULES_OUT.equals(lemma) // دون أن تستبعد: a statement
                && !statementFollows(i)) { // قبل أن يخلص إلى القول إن ...، قبل أن تستطرد: «...»
            return null; // سيسرها أن ترى السعر يرتفع: أن with the subjunctive, a wish or a plan, not a statement
        }
        boolean opensNext = i + 1 < t.n && (g.complementizer(i + 1) || t.is(i + 1, ':'));
        boolean pronounSubject = i > 0 && g.complementizerWithPronoun(i - 1);
        if (impersonal && opensNext && !pronounSubject) { // قال إنه يتوقع أن: the pronoun is the subject
            for (CueForm f : forms) {
                if (f.kind() == CueForm.Kind.IMPERSONAL) {
                    best = f; // ويذكر أن ...: no subject between the verb and its statement
                }
            }
        }
        if ((g.in("preposition", i) || g.in("particle", i)) && !opensNext && !statesAfterSubject(i, stripped)) {
            return null; // بين، من بين: the preposition unless a statement follows at once (بيّن أن)
        }
        int cueStart = stripped ? t.offsetAfter(i, 1) : t.start[i];
        if (best.kind() == CueForm.Kind.VERB && firstPersonImperfect(cueStart, String.valueOf(best.lemma()))
                && i + 1 < t.n && (g.complementizer(i + 1) || t.punct(i + 1))) {
            return null; // أعتقد أن، أعتبر أن: the writer's own view; the hamza tells it from the perfect اعتقد (وأعتبر الوزير أن, a misspelt perfect with its subject, stays)
        }
        if (best.kind() == CueForm.Kind.VERB && markedPassive(cueStart, t.end[i])) {
            if (!impersonal) {
                return null; // ما وُصف بأنه: a perfect written with a damma on its first letter is passive, no one's statement
            }
            for (CueForm f : forms) {
                if (f.kind() == CueForm.Kind.IMPERSONAL) {
                    best = f; // ذُكر أن: said with no sayer
                }
            }
        }
        return new Hit(i, i, cueStart, t.end[i], best, impersonal, i + 1, i + 1 < t.n ? t.start[i + 1] : t.end[i]);
    }

    /**
     * Whether the verb written from {@code from} to {@code end} carries a damma on its first letter and
     * that letter is no imperfect prefix (يُشير، تُضيف are active): the passive of a perfect (وُصف، ذُكر،
     * أُعلن). Text without vowel marks says nothing.
     */
    private boolean markedPassive(int from, int end) {
        if (from + 1 >= end || "يتن".indexOf(t.text.charAt(from)) >= 0) {
            return false;
        }
        return t.text.charAt(from + 1) == '\u064F';
    }

    /** كان and its sisters, with و/ف written on them or not, normalized. */
    private static final java.util.Set<String> KANA = java.util.stream.Stream.of("كان", "كانت", "يكون", "تكون", "أصبح",
            "أصبحت", "بات", "باتت", "ظل", "ظلت", "يبدو", "تبدو", "ليس", "ليست", "صار", "صارت")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A participle within four words after كان or one of its sisters, with no punctuation between: the
     * predicate (كان اعتماد القرار متوقعا، بات الأمر مؤكدا).
     */
    private boolean predicateOfKana(int i) {
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            if (t.punct(k)) {
                return false;
            }
            if (KANA.contains(t.bare[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb whose perfect opens with a bare alif (اعتقد، اعتبر، انتقد، استبعد) written with a hamza on it
     * (أعتقد، أعتبر): the first person of the imperfect, not the perfect the normalized form reads as.
     */
    private boolean firstPersonImperfect(int from, String writtenLemma) {
        return from < t.text.length() && t.text.charAt(from) == '\u0623' && writtenLemma.length() >= 4
                && writtenLemma.charAt(0) == '\u0627'; // the lexicon writes اعتقد with a bare alif, أعلن with its hamza
    }

    /** The feminine ending as normalized text writes it. */
    private static final String TA_MARBUTA = Lexicon.norm("ة");
    private static final String ESTIMATE = Lexicon.norm("قدر");
    private static final java.util.Set<String> AS_POSSIBLE = java.util.Set.of(Lexicon.norm("الإمكان"), Lexicon.norm("المستطاع"));
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of(Lexicon.norm("ذلك"), Lexicon.norm("هذا"),
            Lexicon.norm("هذه"), Lexicon.norm("تلك"));

    /**
     * A feminine participle written right after a feminine word of the clause (no comma, no و on it) and
     * followed by nothing a statement opens with (a complementizer, its preposition, a colon, a quotation, a
     * demonstrative object): an adjective agreeing with it (تدابير أمنية مشددة منذ …), not a statement added
     * by the speaker.
     */
    private boolean attributiveParticiple(int i, CueForm f) {
        if (i == 0 || t.conj[i] || t.kind[i - 1] != org.mirsad.core.model.TokenKind.ARABIC || i + 1 >= t.n) {
            return false;
        }
        if (!t.norm[i].endsWith(TA_MARBUTA) || !t.norm[i - 1].endsWith(TA_MARBUTA)) {
            return false; // the masculine forms end in the accusative alif of a circumstantial (داعيًا الله، منوهًا بجهود)
        }
        int k = i + 1;
        if (g.complementizer(k) || t.punct(k) || g.region(k) != null || DEMONSTRATIVES.contains(t.norm[k])) {
            return false;
        }
        String n = t.norm[k];
        return !(f.prep() != null && (n.equals(f.prep()) || n.startsWith(f.prep())) || f.npPrep() != null && n.startsWith(f.npPrep()));
    }

    private static final String CONSIDER = Lexicon.norm("اعتبر");
    private static final String FROM = Lexicon.norm("من");
    private static final String SAID = Lexicon.norm("قال");
    private static final String ALLA = Lexicon.norm("ألا");
    /** The jussive forms of يقول that are also other words (تقل "carries", يقل "lessens"), normalized. */
    private static final java.util.Set<String> JUSSIVE_SAY = java.util.Set.of(Lexicon.norm("يقل"), Lexicon.norm("تقل"));
    /** What a jussive stands after: لم، لا (prohibition), لما, normalized (also with و/ف, as bare forms). */
    private static final java.util.Set<String> JUSSIVE_PARTICLES = java.util.Set.of(Lexicon.norm("لم"), Lexicon.norm("لا"),
            Lexicon.norm("لما"));
    private static final String ADDED = Lexicon.norm("أضاف");

    /**
     * An imperfect of اعتبر followed by an elative (أكبر، أهم، أول) or من + an elative, with no
     * complementizer after it: the passive "is considered" (يُعتبر أكبر مركز في أوروبا), not a view held.
     */
    private boolean consideredAs(int i) {
        int k = i + 1;
        if (k < t.n && t.norm[k].equals(FROM)) {
            k++;
        }
        if (k >= t.n || k + 1 < t.n && g.complementizer(k + 1)) {
            return false;
        }
        String w = t.norm[k];
        return w.length() == 4 && w.charAt(0) == ALIF && t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC;
    }

    private static final char ALIF = Lexicon.norm("أ").charAt(0);

    private static final String AN = Lexicon.norm("أن");
    /** Separate subject pronouns, with and without و (هو، وهي، وهم), normalized. */
    private static final java.util.Set<String> PRONOUNS = java.util.stream.Stream.of("هو", "هي", "هم", "وهو", "وهي", "وهم",
            "فهو", "فهي").map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final String RULES_OUT = Lexicon.norm("استبعد");
    private static final String AFFILIATED = Lexicon.norm("تابع");
    private static final String RADDAN = Lexicon.norm("ردا");
    /** Words after which the next word is part of a name (أبي طالب، بن ناصر، أم كلثوم), normalized. */
    /** Whether token i ends in a pronoun suffix (وصفه، زعمها، تعبيرهم). */
    /** ردا at i followed by على, with up to two accusative adjectives between (ردا عمليا آخر على). */
    private boolean responseOn(int i) {
        for (int k = i + 1; k < t.n && k <= i + 3; k++) {
            if (t.norm[k].equals(ALA)) {
                return true;
            }
            String w = t.norm[k];
            boolean accusative = g.tanween(k) || w.endsWith("\u0627") || w.equals(OTHER) || w.equals(OTHER_F);
            if (t.punct(k) || !accusative) {
                return false;
            }
        }
        return false;
    }

    /** آخر، أخرى ("another"), normalized: an adjective without an accusative ending. */
    private static final String OTHER = Lexicon.norm("آخر");
    private static final String OTHER_F = Lexicon.norm("أخرى");

    private boolean withPronounSuffix(int i) {
        String w = t.norm[i];
        return w.length() > 3 && (w.endsWith("\u0647") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما"));
    }

    /** "According to" words a verbal noun follows (حسب وصف، بحسب تعبير، وفق رواية), normalized. */
    private static final java.util.Set<String> ACCORDING_TO = java.util.stream.Stream.of("حسب", "بحسب", "وفق", "وفقا", "طبقا")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final java.util.Set<String> NAME_LINKS = java.util.stream.Stream.of("أبو", "أبي", "أبا", "بن", "ابن", "بنت",
            "أم").map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Number words a counted noun follows (ألف طالب، مئات المحتجين). */
    private static final java.util.Set<String> COUNT_WORDS = java.util.stream.Stream.of("ألف", "آلاف", "مائة", "مئة",
            "مئات", "عشرات", "مليون", "ملايين", "ألفي", "مائتي").map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final String ALA = Lexicon.norm("على");
    private static final java.util.Set<String> PRONOUN_LAM = java.util.Set.of(Lexicon.norm("له"), Lexicon.norm("لها"), Lexicon.norm("لهم"));

    /** Whether a complementizer, a colon or a quotation mark opens within the three words after token i. */
    private boolean statementFollows(int i) {
        for (int k = i + 1; k < t.n && k <= i + 3; k++) {
            if (g.complementizer(k) || t.is(k, ':') || t.is(k, '«') || t.is(k, '"') || t.is(k, '“')) {
                return true;
            }
            if (t.stop(k)) {
                return false;
            }
        }
        return false;
    }

    /** Whether no line break stands between tokens a and b. */
    private boolean sameLine(int a, int b) {
        int nl = t.text.indexOf('\n', t.end[a]);
        return nl < 0 || nl >= t.start[b];
    }

    /** A number that counts what follows: not a year (عام 2017 أعلنت الحكومة). */
    private boolean countNumber(int k) {
        if (t.kind[k] != org.mirsad.core.model.TokenKind.NUMBER) {
            return false;
        }
        String n = t.norm[k];
        for (int c = 0; c < n.length(); c++) {
            if (Character.isLetter(n.charAt(c))) {
                return false; // 3460م2: a measure with its unit, not a count
            }
        }
        return !(n.length() == 4 && (n.startsWith("19") || n.startsWith("20")));
    }

    /** Whether a verb form is imperfect: it begins with ي/ت/ن and its normalized lemma (the perfect) does not (تابع، تحدث). */
    private boolean imperfect(int i, String lemma) {
        String w = t.bare[i];
        return !w.isEmpty() && "يتن".indexOf(w.charAt(0)) >= 0 && (lemma.isEmpty() || lemma.charAt(0) != w.charAt(0));
    }

    /** Longest subject, in tokens, between a clause-opening وبين and the أن of its statement. */
    private static final int SUBJECT_SPAN = 14;

    /**
     * Whether a word that is also a preposition (بين) opens its clause with the conjunction (وبين، فبين) and
     * is followed by a definite noun phrase and then, before any punctuation but a comma, a complementizer:
     * the verb بيّن with its subject (وبين المتحدث الرسمي بالمؤسسة ... أن). The preposition needs two
     * things joined by و (بين الطرفين، بين عامي 2010 و2015), and no complementizer ends its phrase.
     */
    private boolean statesAfterSubject(int i, boolean stripped) {
        boolean opensClause = i == 0 || t.punct(i - 1) || java.util.Arrays.binarySearch(t.sentStart, i) >= 0;
        if (!stripped || !opensClause || i + 1 >= t.n || !t.norm[i + 1].startsWith("ال")) {
            return false;
        }
        for (int j = i + 2; j < t.n && j <= i + 1 + SUBJECT_SPAN; j++) {
            if (g.complementizer(j)) {
                return true;
            }
            if (t.punct(j) && !t.comma(j) || t.norm[j].equals("و") || g.quoted[j]) {
                return false;
            }
        }
        return false;
    }

    private static int rank(CueForm f, boolean accusative) {
        return switch (f.kind()) {
            case VERB -> accusative ? 2 : 0;
            case PARTICIPLE -> accusative ? 0 : 1;
            case IMPERSONAL -> 2;
            case PHRASE -> 3;
        };
    }
}
