package org.mirsad.extract.quote.internal;

import java.util.List;
import org.mirsad.core.model.TokenKind;

/**
 * Word classes and noun-phrase chunking over a {@link TokenTable}.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #npToken}: a speaker noun phrase is a run of content words: nouns, adjectives, idafa
 *       chains and names (Arabic, Latin or digits); it stops at punctuation, prepositions (free or
 *       attached with the article: بال، لل), complementizers, relative pronouns, particles, time
 *       words, addressees (للصحفيين), prepositions with a pronoun (فيه، به) and reporting verbs. {@code باسم} (المتحدث باسم ...) continues it.</li>
 *   <li>A short quoted name («حماس») or a name in parentheses (قناة (إن.تي.في)) inside a noun phrase
 *       belongs to it.</li>
 *   <li>After a definite word, an abstract object noun (ضرورة، أهمية ...) ends the phrase:
 *       "أكد الوزير ضرورة ..." has speaker الوزير.</li>
 *   <li>Phrases are at most {@link #MAX_NP} tokens.</li>
 * </ul>
 */
public final class Grammar {

    /** Longest speaker noun phrase, in tokens. */
    public static final int MAX_NP = 12;
    /** Longest quoted name taken into a noun phrase, in tokens. */
    public static final int MAX_QUOTED_NAME = 4;

    final Lexicon lex;
    final TokenTable t;
    /** For a token that opens a quote region: index of the region, else -1. */
    final int[] regionAt;
    /** For a token that opens a quote region: index of the token that closes it (or n), else -1. */
    final int[] closeTok;
    /** True for tokens strictly inside a quote region. */
    final boolean[] quoted;
    final List<QuoteMarks.Region> regions;
    /** For a token that closes a quote region: index of the token that opens it, else -1. */
    final int[] openOf;

    /** Per token: 0 not yet known, 1 not a cue word, 2 a cue word. */
    private final byte[] cueMemo;
    /** Per token: its cue forms once looked up. */
    private final List<CueForm>[] formsMemo;
    /** Per token: 0 not yet known, 1 not a noun-phrase word, 2 a noun-phrase word. */
    private final byte[] npMemo;
    /** Per token: the lexicon's info on its normalized form, or null ({@link Lexicon#info}). */
    private final WordInfo[] normInfo;
    /** Per token: the lexicon's info on its form without conjunction ({@link TokenTable#bare}), or null. */
    private final WordInfo[] bareInfo;
    private final long complementizerBit;
    private final long particleBit;

    /** Builds the word-class view of a table. */
    @SuppressWarnings("unchecked")
    public Grammar(Lexicon lex, TokenTable t) {
        this.lex = lex;
        this.t = t;
        this.cueMemo = new byte[t.n];
        this.formsMemo = new List[t.n];
        this.npMemo = new byte[t.n];
        this.normInfo = new WordInfo[t.n];
        this.bareInfo = new WordInfo[t.n];
        for (int i = 0; i < t.n; i++) {
            normInfo[i] = lex.info(t.norm[i]);
            bareInfo[i] = t.conj[i] ? lex.info(t.bare[i]) : normInfo[i];
        }
        this.complementizerBit = lex.listBit("complementizer");
        this.particleBit = lex.listBit("particle");
        this.regions = QuoteMarks.find(t.text);
        regionAt = new int[t.n];
        closeTok = new int[t.n];
        quoted = new boolean[t.n];
        java.util.Arrays.fill(regionAt, -1);
        java.util.Arrays.fill(closeTok, -1);
        openOf = new int[t.n];
        java.util.Arrays.fill(openOf, -1);
        int ti = 0;
        for (int r = 0; r < regions.size(); r++) {
            QuoteMarks.Region g = regions.get(r);
            while (ti < t.n && t.start[ti] < g.open()) {
                ti++;
            }
            if (ti < t.n && t.start[ti] == g.open()) {
                regionAt[ti] = r;
                int j = ti + 1;
                while (j < t.n && t.start[j] < g.close()) {
                    quoted[j] = true;
                    j++;
                }
                closeTok[ti] = j;
                if (g.closed() && j < t.n && t.start[j] == g.close()) {
                    openOf[j] = ti;
                }
            }
        }
    }

    /** The quote region opened by token i, or null. */
    public QuoteMarks.Region region(int i) {
        return i >= 0 && i < t.n && regionAt[i] >= 0 ? regions.get(regionAt[i]) : null;
    }

    /** Word lists. */
    public boolean in(String list, int i) {
        if (i < 0 || i >= t.n || t.punct(i)) {
            return false;
        }
        long bit = lex.listBit(list);
        return in(normInfo[i], bit) || t.conj[i] && in(bareInfo[i], bit);
    }

    /**
     * Whether token i names the occasion of a statement ({@code occasion} list), also with a possessive
     * pronoun written on (بيانه، مؤتمرها، تصريحاتهم).
     */
    public boolean occasion(int i) {
        if (in("occasion", i)) {
            return true;
        }
        if (i < 0 || i >= t.n || t.kind[i] != TokenKind.ARABIC) {
            return false;
        }
        String w = t.norm[i];
        for (String p : POSSESSIVES) {
            if (w.length() > p.length() + 2 && w.endsWith(p)) {
                String base = w.substring(0, w.length() - p.length());
                if (lex.in("occasion", base) || base.endsWith("ت")
                        && lex.in("occasion", base.substring(0, base.length() - 1) + TA_MARBUTA)) {
                    return true; // بيانه، كلمته ▸ كلمة
                }
            }
        }
        return false;
    }

    private static final String[] POSSESSIVES = {"هما", "هم", "هن", "ها", "ه"};
    private static final String TA_MARBUTA = Lexicon.norm("ة");

    private static boolean in(WordInfo info, long bit) {
        return info != null && info.in(bit);
    }

    /** إن/أن (with pronoun) or بأن. */
    public boolean complementizer(int i) {
        return i >= 0 && i < t.n && !t.punct(i) && in(normInfo[i], complementizerBit) && !spelledLetter(i);
    }

    /**
     * True when token i is a complementizer carrying a pronoun (إنه، أنها، بأنهم), the subject of a verb right
     * after it — not إن، أن، بأن alone.
     */
    public boolean complementizerWithPronoun(int i) {
        return complementizer(i) && !t.norm[i].equals("ان") && !t.norm[i].equals("بان");
    }

    /**
     * Arabic names of Latin letters that spell out acronyms (بي، سي، تي ...), normalized; not في (in) nor
     * إي/آي, which normalize to أي (any).
     */
    private static final java.util.Set<String> LETTER_NAMES = java.util.stream.Stream.of("بي", "سي", "تي", "دي", "إس",
            "إف", "جي", "إم", "إكس", "إتش", "واي", "كيو", "إل", "آر").map(Lexicon::norm)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final java.util.Set<String> EN = java.util.stream.Stream.of("إن", "أن", "ان").map(Lexicon::norm)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * إن/أن spelling the letter N of an acronym (إن بي سي، سي إن إن، سي أن أن، إن تي في): before a letter
     * name, or one of the two Ns of سي إن إن.
     */
    private boolean spelledLetter(int i) {
        if (!EN.contains(t.norm[i])) {
            return false;
        }
        return letterName(i + 1) || i + 1 < t.n && EN.contains(t.norm[i + 1]) && letterName(i - 1)
                || i > 0 && EN.contains(t.norm[i - 1]) && letterName(i - 2); // not بي بي سي إن: the statement
    }

    private boolean letterName(int j) {
        return j >= 0 && j < t.n && LETTER_NAMES.contains(t.norm[j]);
    }

    /** True when token i carries a preposition plus the article (بالوزارة، للصحفيين، كالعادة). */
    public boolean attachedPrep(int i) {
        if (i < 0 || i >= t.n || t.kind[i] != TokenKind.ARABIC) {
            return false;
        }
        if (t.norm[i].startsWith("وكال")) {
            return false; // وكالة، وكالات: the root و-ك-ل, not و + ك + ال
        }
        String w = t.conj[i] ? t.bare[i] : t.norm[i];
        return w.length() > 3 && (w.startsWith("بال") || w.startsWith("لل") || w.startsWith("كال"));
    }

    /** Reporting verb, participle or impersonal cue form. */
    public boolean cueWord(int i) {
        if (i < 0 || i >= t.n || t.punct(i)) {
            return false;
        }
        if (cueMemo[i] == 0) {
            boolean cue = false;
            if (!notACue(i)) {
                for (CueForm f : formsAt(i)) {
                    cue |= f.kind() != CueForm.Kind.PHRASE;
                }
            }
            cueMemo[i] = (byte) (cue ? 2 : 1);
        }
        return cueMemo[i] == 2;
    }

    /**
     * True when the cue word at i is not a statement: a verbal noun after عدم (عدم ذكر اسمه، عدم
     * الكشف عن هويته), or the anonymity formula itself (طالبًا/مفضّلًا عدم كشف اسمه، تحدثت شريطة عدم
     * الكشف عن هويتها).
     */
    public boolean notACue(int i) {
        if (i > 0 && t.norm[i - 1].equals("عدم")) {
            return true;
        }
        int nm = i + 1 < t.n && t.norm[i + 1].equals("عدم") ? i + 1 : i + 2 < t.n && t.norm[i + 2].equals("عدم") ? i + 2 : -1;
        if (nm > 0) {
            for (int k = nm + 1; k < t.n && k <= nm + 4 && !t.punct(k); k++) {
                if (t.norm[k].startsWith("اسم") || t.norm[k].startsWith("هويت")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when token i is written with tanween fath (مضيفًا): an accusative, never a finite verb. */
    public boolean tanween(int i) {
        int e = t.end[i];
        if (e - t.start[i] < 2) {
            return false;
        }
        char last = t.text.charAt(e - 1);
        char before = t.text.charAt(e - 2);
        return last == '\u0627' && before == '\u064B' || last == '\u064B' && before == '\u0627';
    }

    /**
     * The cue forms of token i: of the word, else of the word without its conjunction (وقال), else —
     * verbs only — of the word without an object pronoun (وصفه، نقلته، أبلغهم). A word written with
     * ta marbuta (إجابة) is a noun and never loses its ending.
     */
    public List<CueForm> formsAt(int i) {
        List<CueForm> memo = formsMemo[i];
        if (memo == null) {
            memo = computeForms(i);
            formsMemo[i] = memo;
        }
        return memo;
    }

    private List<CueForm> computeForms(int i) {
        WordInfo norm = normInfo[i];
        WordInfo bare = bareInfo[i];
        if (norm == null && (!t.conj[i] || bare == null)) {
            return List.of(); // a word the lexicon does not know
        }
        if (t.kind[i] == TokenKind.ARABIC && lastLetter(i) == '\u064A'
                && (norm != null && norm.maqsuraOnly || t.conj[i] && bare != null && bare.maqsuraOnly)) {
            return List.of(); // رأي، نفي: the noun, not the verb رأى، نفى
        }
        List<CueForm> forms = forms(norm);
        if (!forms.isEmpty()) {
            return forms;
        }
        if (t.conj[i] && !(forms = forms(bare)).isEmpty()) {
            return forms;
        }
        forms = withoutObject(i, norm);
        return forms.isEmpty() && t.conj[i] ? withoutObject(i, bare) : forms;
    }

    private static List<CueForm> forms(WordInfo info) {
        return info == null ? List.of() : info.forms;
    }

    /** True when token i is a reporting verb only once an object pronoun is taken off (وصفه، يصفها، أبلغهم). */
    public boolean carriesObject(int i) {
        return !formsAt(i).isEmpty() && forms(normInfo[i]).isEmpty() && (!t.conj[i] || forms(bareInfo[i]).isEmpty());
    }

    /** True when the cue at token i was found only after its conjunction (و، ف) was taken off. */
    public boolean conjunctionStripped(int i) {
        return t.conj[i] && forms(normInfo[i]).isEmpty()
                && (!forms(bareInfo[i]).isEmpty() || withoutObject(i, normInfo[i]).isEmpty());
    }

    private List<CueForm> withoutObject(int i, WordInfo info) {
        if (info == null || t.kind[i] != TokenKind.ARABIC || lastLetter(i) != '\u0647') {
            return List.of();
        }
        return info.withObject;
    }

    /** The last letter of token i as written (diacritics skipped), or 0. */
    char lastLetter(int i) {
        for (int o = t.end[i] - 1; o >= t.start[i]; o--) {
            char c = t.text.charAt(o);
            if (Character.isLetter(c)) {
                return c;
            }
        }
        return 0;
    }

    /**
     * True for a word that says how a speaker spoke, not who: a manner word (ضاحكة، بحدة) or an
     * indefinite accusative marked with tanween (مبتسمًا) — a subject is never accusative.
     */
    public boolean manner(int i) {
        if (i < 0 || i >= t.n || t.kind[i] != TokenKind.ARABIC) {
            return false;
        }
        if (in("manner", i)) {
            return true;
        }
        return !t.norm[i].startsWith("ال") && tanween(i);
    }

    /** True when token i can belong to a speaker noun phrase (see the class rules). */
    public boolean npToken(int i) {
        if (i < 0 || i >= t.n) {
            return false;
        }
        if (npMemo[i] == 0) {
            npMemo[i] = (byte) (computeNp(i) ? 2 : 1);
        }
        return npMemo[i] == 2;
    }

    private boolean computeNp(int i) {
        if (hashtagJoint(i)) {
            return true; // #البنك_المركزي_الروسي أعلن: the words of a hashtag are one name
        }
        if (t.punct(i) || t.kind[i] == TokenKind.URL || t.kind[i] == TokenKind.EMAIL) {
            return false;
        }
        String w = t.norm[i];
        if (w.equals("باسم") || t.conj[i] && t.bare[i].equals("باسم")) {
            return true;
        }
        if (generalAdjective(i) || nameAfterKinship(i)) {
            return true;
        }
        if ((w.equals("و") || w.equals("ف")) && cueWord(i + 1) || in("manner", i)) {
            return false; // و أضاف: a conjunction written apart; متحدثا، ضاحكا: how, not who
        }
        if (i > 0 && RANKS.contains(t.norm[i - 1]) && in("time", i) && !t.conj[i]) {
            return true; // وأوضح الدكتور الجمعة، الشيخ الخميس: a family name after a rank, not a day
        }
        if (normInfo[i] != null && normInfo[i].nonNp || t.conj[i] && bareInfo[i] != null && bareInfo[i].nonNpBare) {
            return false;
        }
        if (timeOfPeriod(i)) {
            return false; // أعلن بداية هذا الشهر عن ...، قال الحزب في منتصف يوليو
        }
        return !attachedPrep(i) && !cueWord(i) && !phraseStart(i);
    }

    /** A word written with a possessive pronoun (مسؤوليته، موقفها): as written, not the normalized ة. */
    private boolean possessive(int j) {
        return org.mirsad.extract.internal.Words.possessiveWritten(t.text.substring(t.start[j], t.end[j]));
    }

    /** An underscore written between two words with no space: it joins the words of a hashtag. */
    private boolean hashtagJoint(int i) {
        if (i <= 0 || i + 1 >= t.n || !t.is(i, '_') || t.end[i - 1] != t.start[i] || t.end[i] != t.start[i + 1]) {
            return false;
        }
        return (t.kind[i - 1] == TokenKind.ARABIC || t.kind[i - 1] == TokenKind.LATIN)
                && (t.kind[i + 1] == TokenKind.ARABIC || t.kind[i + 1] == TokenKind.LATIN);
    }

    /** Words that link a name to a father's or child's name (محمد بن علي، أبو علي). */
    private static final java.util.Set<String> KINSHIP = java.util.Set.of(
            Lexicon.norm("بن"), Lexicon.norm("ابن"), Lexicon.norm("بنت"), Lexicon.norm("أبو"), Lexicon.norm("أبي"),
            Lexicon.norm("أم"));

    private static final String ALA = Lexicon.norm("على");

    /** علي after بن/أبو is the name, not the preposition على it normalizes to (محمد بن علي سليمان). */
    private boolean nameAfterKinship(int i) {
        return i > 0 && t.norm[i].equals(ALA) && KINSHIP.contains(t.norm[i - 1]);
    }

    /** What may follow العام when it is "the year" (العام الماضي، العام المقبل). */
    private static final java.util.Set<String> YEAR_MODIFIERS = java.util.Set.of(
            "الماضي", "المقبل", "الجاري", "الحالي", "القادم", "المنصرم", "السابق", "الفائت", "المنقضي");

    /**
     * العام right after a definite noun of a speaker phrase is the adjective "general" (المدير العام، الأمين
     * العام، النائب العام), not "the year" — unless a year's modifier or a number follows (قال الوزير العام
     * الماضي).
     */
    private boolean generalAdjective(int i) {
        if (!t.norm[i].equals("العام") || i == 0 || !t.norm[i - 1].startsWith("ال") || !npToken(i - 1)) {
            return false;
        }
        return i + 1 >= t.n || !YEAR_MODIFIERS.contains(t.norm[i + 1]) && t.kind[i + 1] != TokenKind.NUMBER;
    }

    /**
     * A noun of the part of a period (بداية، نهاية، منتصف، مطلع) before a time word, a demonstrative or a
     * month name: a time, not a noun phrase (بداية هذا الشهر، منتصف يوليو، مطلع العام).
     */
    boolean timeOfPeriod(int i) {
        if (i + 1 >= t.n || !in("time-head", i)) {
            return false;
        }
        String next = t.norm[i + 1];
        return in("time", i + 1) || in("month", i + 1) || next.equals(THIS_M) || next.equals(THIS_F);
    }

    /** Ranks and courtesy titles that stand right before a name (الدكتور، الشيخ، اللواء), normalized. */
    private static final java.util.Set<String> RANKS = java.util.stream.Stream.of("الدكتور", "الدكتورة", "الشيخ",
            "الشيخة", "المهندس", "المهندسة", "الأستاذ", "الأستاذة", "السيد", "السيدة", "اللواء", "العميد", "العقيد",
            "المقدم", "الرائد", "النقيب", "الفريق").map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final String THIS_M = Lexicon.norm("هذا");
    private static final String THIS_F = Lexicon.norm("هذه");

    /** True when an attribution phrase starts at token i. */
    public boolean phraseStart(int i) {
        return phraseNode(i, false) != null && !t.norm[i].equals("كما")
                || t.conj[i] && phraseNode(i, true) != null && !t.bare[i].equals("كما");
    }

    /** The phrase-trie node of token i's normalized form ({@code bare}: without its conjunction), or null. */
    java.util.Map<String, Object> phraseNode(int i, boolean bare) {
        WordInfo info = bare ? bareInfo[i] : normInfo[i];
        return info == null ? null : info.phraseNode;
    }

    /** True when token i's normalized form may open an outlet name ({@link Lexicon#mayStartOutlet}). */
    boolean mayStartOutlet(int i) {
        return normInfo[i] != null && normInfo[i].outletStart;
    }

    /** End (exclusive) of the noun phrase starting at token i, not past {@code limit}; i when there is none. */
    public int forwardNp(int i, int limit) {
        int j = i;
        while (j < limit && j - i < MAX_NP) {
            QuoteMarks.Region r = region(j);
            if (r != null && r.closed() && closeTok[j] - j - 1 <= MAX_QUOTED_NAME && closeTok[j] - j > 1
                    && closeTok[j] < limit && !(j > i && endsSentence(closeTok[j] + 1, limit) && clauseLike(j))) {
                j = closeTok[j] + 1;
                continue;
            }
            int close = j > i ? parenthesizedName(j, limit) : -1;
            if (close > 0) {
                j = close + 1; // قناة (إن.تي.في) التلفزيونية
                continue;
            }
            if (!npToken(j)) {
                break;
            }
            if (j > i && in("object", j) && (t.norm[j - 1].startsWith("ال") || possessive(j))) {
                break;
            }
            j++;
        }
        return j;
    }

    /**
     * Whether the sentence ends at token k (its limit or a full stop): a short quotation with a function word
     * closing the sentence right after a noun is what was said (وقال الوزير "أريد أن أشكرهم".), not the noun's name.
     */
    private boolean endsSentence(int k, int limit) {
        return k >= limit || k >= t.n || t.stop(k);
    }

    /** Function words that make a short quotation a clause rather than a name, normalized. */
    private static final java.util.Set<String> CLAUSE_WORDS = java.util.stream.Stream.of("أن", "إن", "لا", "لم", "لن",
            "قد", "هو", "هي", "هم", "نحن", "أنا", "في", "من", "على", "إلى", "عن", "مع", "ما", "هذا", "هذه", "كل")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The quotation opening at j holds a function word (أريد أن أشكرهم): a clause, not a name like «سكاي نيوز عربية». */
    private boolean clauseLike(int j) {
        for (int k = j + 1; k < closeTok[j]; k++) {
            if (CLAUSE_WORDS.contains(t.norm[k])) {
                return true;
            }
        }
        return false;
    }

    /** For "(" at j followed by a short name and ")": the index of ")", else -1. */
    private int parenthesizedName(int j, int limit) {
        if (!t.is(j, '(')) {
            return -1;
        }
        for (int k = j + 1; k < limit && k <= j + 2 * MAX_QUOTED_NAME + 2; k++) {
            if (t.is(k, ')')) {
                return k > j + 1 ? k : -1;
            }
            if (t.stop(k) && !t.is(k, '.') || t.comma(k)) {
                return -1; // dots may separate the letters of an abbreviation (إن.تي.في)
            }
        }
        return -1;
    }

    /** Start of the noun phrase ending just before token {@code end}, not before {@code floor}; end when there is none. */
    public int backwardNp(int end, int floor) {
        int j = end - 1;
        while (j >= floor && end - j <= MAX_NP) {
            if (t.is(j, '»') || t.is(j, '”') || t.is(j, '"')) {
                int k = j - 1;
                while (k >= floor && k > j - MAX_QUOTED_NAME - 2 && closeTok[k] != j) {
                    k--;
                }
                if (k >= floor && closeTok[k] == j) {
                    j = k - 1;
                    continue;
                }
                break;
            }
            if (!npToken(j)) {
                break;
            }
            j--;
        }
        return j + 1;
    }

    /** True when a clause can start at token i: sentence start, after punctuation, a conjunction or a complementizer. */
    public boolean clauseStart(int i, int sentStart) {
        if (i <= sentStart) {
            return true;
        }
        int p = i - 1;
        if (t.punct(p) && !(t.is(p, '»') || t.is(p, '”'))) {
            return true;
        }
        if (complementizer(p) || in(normInfo[p], particleBit)) {
            return true;
        }
        return t.conj[i] && t.bare[i].startsWith("ال");
    }

    /** True when token k names an outlet kind, bare or with ل/ب ({@link #outletHead(String)} of its normalized form). */
    public boolean outletHead(int k) {
        return normInfo[k] != null && normInfo[k].outletHead;
    }

    /** True for a token naming an outlet kind (وكالة، صحيفة ...), bare or with ل/ب. */
    public boolean outletHead(String w) {
        if (lex.in("outlet-head", w)) {
            return true;
        }
        return w.length() > 3 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب') && lex.in("outlet-head", w.substring(1));
    }
}
