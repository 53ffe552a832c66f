package org.mirsad.extract.quote.internal;

import java.util.List;
import java.util.Set;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Mention;
import org.mirsad.core.model.Span;

/**
 * Speaker noun phrases after a cue: how far a speaker runs (a noun phrase, an attached لل genitive and
 * one prepositional phrase the cue does not govern), addressees and outlets after it, the source
 * named after عن (نقلت الوكالة عن مسؤول قوله ...), and the speaker's mention linked to an entity.
 */
final class Speakers {

    private final TokenTable t;
    private final Grammar g;
    private final Outlets outlets;
    private final Linker linker;

    Speakers(Grammar g, Outlets outlets, Linker linker) {
        this.t = g.t;
        this.g = g;
        this.outlets = outlets;
        this.linker = linker;
    }

    /** Tokens that attach a prepositional phrase to a speaker: مصدر في الوزارة، مسؤول من البلدية. */
    static final Set<String> SPEAKER_PP = Set.of("في", "من", "ب", "لدي", "داخل");

    /** The end of the speaker noun phrase from {@code from} (see {@link #speakerEnd(int, int, Hit)}). */
    int speakerEnd(int from, int b) {
        return speakerEnd(from, b, null);
    }

    /**
     * The end of the speaker noun phrase from {@code from}: the phrase, an attached لل genitive and one
     * attached prepositional phrase — not one the cue governs (يشتكي السكان من ...، أفتى الشيخ بجواز ...).
     */
    int speakerEnd(int from, int b, Hit hit) {
        if (from < b && (toldOutlet(from, b) || t.norm[from].length() > 3 && t.norm[from].charAt(0) == 'ل' && g.outletHead(from))) {
            return from; // وأضاف لبي بي سي أن ...، وأوضح متحدثا لصحيفة X أن: who was told; the subject was dropped
        }
        int end = throughPersonName(from, g.forwardNp(from, b), b);
        if (hit != null && hit.form().npPrep() != null && hit.form().npPrep().length() == 1) {
            for (int k = from; k < end; k++) {
                if (t.norm[k].startsWith(hit.form().npPrep()) && t.norm[k].length() > 3 && !linker.insideName(t.start[k])) {
                    end = k;
                    break;
                }
            }
        }
        int told = addresseeIn(from + 1, end, b);
        if (told >= 0) {
            return told;
        }
        if (end > from && end < b && genitiveL(end)) {
            end = g.forwardNp(end + 1, b); // المدير التنفيذي للجمعية، المدير العام للحماية المدنية
        }
        end = throughQuotedGenitive(end, b);
        end = throughTitlePp(from, end, b, hit);
        if (end > from && end + 1 < b && SPEAKER_PP.contains(t.norm[end]) && !governed(end, hit) && !(t.norm[end].equals(IN) && endsWithPerson(end))) {
            int pp = g.forwardNp(end + 1, b);
            int toldAfter = addresseeIn(end + 1, pp, b);
            if (toldAfter > end + 1) {
                return toldAfter; // قال مسؤول في الوزارة لرويترز: the outlet after the phrase is who was told
            }
            if (pp > end + 1) {
                return toldOutside(from, pp, b, hit);
            }
        }
        return toldOutside(from, end, b, hit);
    }

    /**
     * The end of a noun phrase that stopped at a word the tagger found to begin a person's name (الشيخ علي،
     * where علي is also written like the preposition على): past that name; else {@code end}.
     */
    private int throughPersonName(int from, int end, int b) {
        if (end <= from || end >= b || t.kind[end] != org.mirsad.core.model.TokenKind.ARABIC
                || !g.lex.nonNp(t.norm[end], false)) {
            return end; // only a name written like a word that never belongs to a noun phrase (علي)
        }
        Entity e = linker.nameCovering(t.start[end]);
        if (e == null || e.type() != EntityType.PERSON || e.span().start() != t.start[end]) {
            return end;
        }
        int last = t.tokenEndingAt(end, b, e.span().end());
        return last >= 0 ? last + 1 : end;
    }

    /**
     * The end of a speaker phrase that a free-standing ل, a short quoted name and a person's name carry on
     * (الرئيس التنفيذي لـ"فيسبوك" مارك زوكربيرغ): past the name; else {@code end}. Without the person after
     * it, the quoted name is who was told (قال المدير لـ«عكاظ»).
     */
    private int throughQuotedGenitive(int end, int b) {
        if (end + 1 >= b || !t.norm[end].equals("ل") || outlets.quotedName(end + 1, b) == null) {
            return end;
        }
        int after = g.closeTok[end + 1] + 1;
        org.mirsad.core.model.Entity e = after < b ? linker.nameCovering(t.start[after]) : null;
        if (e == null || e.type() != org.mirsad.core.model.EntityType.PERSON || e.span().start() != t.start[after]) {
            return end;
        }
        int last = t.tokenEndingAt(after, b, e.span().end());
        return last >= 0 ? last + 1 : end;
    }

    /**
     * The end of the phrase [from, end) before a quoted name that is who an informing verb told
     * (أبلغت مصادر حكومية «الفجر» أن ...), or {@code end}.
     */
    private int toldOutside(int from, int end, int b, Hit hit) {
        if (!informs(hit)) {
            return end;
        }
        for (int k = from + 1; k < end; k++) {
            if (g.region(k) != null && outlets.quotedName(k, b) != null && !namesWhatFollows(k - 1)) {
                return k;
            }
        }
        return end;
    }

    /**
     * The first token in [from, end) that is an outlet with ل written on it — "لصحيفة X"، لرويترز،
     * لسكاي نيوز عربية: who the statement was made to, not part of the speaker — or -1.
     */
    private int addresseeIn(int from, int end, int b) {
        for (int k = from; k < end; k++) {
            if (t.norm[k].length() > 3 && t.norm[k].charAt(0) == 'ل' && g.outletHead(k) || toldOutlet(k, b)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether token k is ل (not the merged article لل) on an outlet the tagger found without it (لرويترز،
     * لفرانس برس، لسكاي نيوز): after a speaker phrase, who the statement was made to — unlike ل on another
     * organization, the genitive of a title (الأمين العام لحزب الله).
     */
    boolean toldOutlet(int k, int b) {
        if (outlets.at(k, b, true) == null) { // ل is where an outlet is expected: the weak names count (لبي بي سي)
            return false;
        }
        if (t.kind[k] != org.mirsad.core.model.TokenKind.ARABIC || t.norm[k].length() < 3 || t.norm[k].charAt(0) != 'ل'
                || t.norm[k].startsWith("لل") || linker.nameCovering(t.start[k]) != null) {
            return false;
        }
        org.mirsad.core.model.Entity e = linker.nameCovering(t.end[k] - 1);
        return e != null && e.type() == org.mirsad.core.model.EntityType.ORG && e.span().start() > t.start[k];
    }

    /** Verbs whose object is who was told (أبلغ، أخبر), normalized lemmas. */
    private static final java.util.Set<String> INFORM = java.util.Set.of(Lexicon.norm("أبلغ"), Lexicon.norm("أخبر"));

    private static boolean informs(Hit hit) {
        return hit != null && hit.lemmaIn(INFORM);
    }

    /** Whether the word at k introduces the quoted name after it (صحيفة، شركة، باسم، في، لـ). */
    private boolean namesWhatFollows(int k) {
        return t.kind[k] != org.mirsad.core.model.TokenKind.ARABIC || g.outletHead(k) || g.in("name-head", k)
                || g.in("preposition", k) || t.norm[k].equals("باسم") || g.in("agency-weak", k);
    }

    /**
     * The end of a speaker phrase that stops at the # of a hashtag name (قال الرئيس دونالد #ترمب، قالت
     * الفنانة #نادين_نجيم): past the name the tagger found after the mark, else {@code to}.
     */
    int throughHashtag(int to) {
        int end = to;
        while (end + 1 < t.n && t.end[end] - t.start[end] == 1 && t.text.charAt(t.start[end]) == '#') {
            org.mirsad.core.model.Entity e = linker.nameCovering(t.start[end + 1]);
            if (e == null) {
                break;
            }
            int last = t.tokenEndingAt(end + 1, t.n, e.span().end());
            if (last < 0) {
                break;
            }
            end = last + 1;
        }
        return end;
    }

    /**
     * The end of a speaker phrase without the occasion of the statement it may have taken in as its
     * prepositional phrase (وقال المدير في مؤتمر صحفي ▸ المدير، أعلنت الوزارة في بيان أصدره ▸ الوزارة): the
     * phrase stops at في before an occasion word, the parse around it stays as it was.
     */
    int beforeOccasion(int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            if (t.norm[k].equals("في") && (g.occasion(k + 1) && !DEMONSTRATIVES.contains(t.norm[k + 1])
                    || DEMONSTRATIVES.contains(t.norm[k + 1]) && k + 2 < to && g.in("occasion-matter", k + 2))) {
                return k; // في مؤتمر صحفي، في هذا الصدد
            }
        }
        return to;
    }

    /** هذا، هذه, normalized: before the matter spoken about (في هذا الصدد). */
    private static final Set<String> DEMONSTRATIVES = Set.of(Lexicon.norm("هذا"), Lexicon.norm("هذه"));

    /** Whether token k is the preposition the cue itself takes (حذر من، شدد على، اشتكى من). */
    boolean governed(int k, Hit hit) {
        if (hit == null) {
            return false;
        }
        String w = t.norm[k];
        return w.equals(hit.form().prep()) || w.equals(hit.form().npPrep());
    }

    /** Heads whose office is named by على + what they oversee (المشرف على الفرق، القائم على المشروع). */
    private static final Set<String> OVER_HEADS = Set.of(Lexicon.norm("المشرف"), Lexicon.norm("المشرفة"),
            Lexicon.norm("القائم"), Lexicon.norm("القائمة"), Lexicon.norm("المشرفين"), Lexicon.norm("القائمين"));
    /** Heads whose office is named by عن + what they answer for (المسؤول عن الملف). */
    private static final Set<String> ANSWER_HEADS = Set.of(Lexicon.norm("المسؤول"), Lexicon.norm("المسؤولة"),
            Lexicon.norm("المسئول"), Lexicon.norm("المسؤولين"));
    /** "Issued" (صادر، الصادرة …), normalized: a document issued by someone, who is named after عن/من. */
    private static final Set<String> ISSUED = java.util.stream.Stream.of("صادر", "صادرة", "الصادر", "الصادرة")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final String FROM = Lexicon.norm("من");
    private static final String TO = Lexicon.norm("إلى");
    private static final String AT_POST = Lexicon.norm("لدى");
    private static final String OVER = Lexicon.norm("على");
    private static final String ABOUT = Lexicon.norm("عن");

    /**
     * The end of a speaker phrase carried on by the prepositional phrase that names an office, or
     * {@code end} when there is none: على after المشرف/القائم and عن after المسؤول (المشرف على فرق الفنون
     * الشعبية هذال العتيبي), or an attached ب where the office is held (المتحدث الرسمي بالمؤسسة فهد العتيبي)
     * when a name follows inside it or the statement opens right after it — not a phrase the cue governs
     * (أشاد الوزير بالجهود، طالب السكان بالإفراج).
     */
    private int throughTitlePp(int from, int end, int b, Hit hit) {
        if (end <= from || end + 1 >= b || governed(end, hit)) {
            return end;
        }
        String w = t.norm[end];
        String head = t.norm[end - 1];
        if (w.equals(OVER) && OVER_HEADS.contains(head) || w.equals(ABOUT) && ANSWER_HEADS.contains(head)
                || (w.equals(TO) || w.equals(AT_POST)) && envoy(from, end)
                || w.equals(ABOUT) && end - from <= 4 && org.mirsad.extract.internal.OfficeTitles.member(t.bare[from])
                || (w.equals(ABOUT) || w.equals(FROM)) && ISSUED.contains(head)) { // تقرير صادر عن منصة X
            int pp = ppEnd(end + 1, b);
            return pp > end + 1 ? pp : end;
        }
        if (t.conj[end] || !w.startsWith("بال") || w.length() < 6 || g.manner(end) || hit != null && "ب".equals(hit.form().prep())) {
            return end;
        }
        int pp = ppEnd(end + 1, b);
        if (pp < b && (g.complementizer(pp) || t.is(pp, ':'))) {
            return pp;
        }
        for (int k = end + 1; k < pp; k++) {
            Entity e = linker.nameCovering(t.start[k]);
            if (e != null && e.type() == EntityType.PERSON) {
                return pp;
            }
        }
        return end;
    }

    /** Whether the phrase [from, end) opens with a post held towards a place (مبعوث، سفير، مندوب). */
    private boolean envoy(int from, int end) {
        return end - from <= 4 && org.mirsad.extract.internal.OfficeTitles.envoy(t.bare[from]);
    }

    /** The end of the noun phrase of a prepositional phrase from {@code from}, through one لل genitive. */
    private int ppEnd(int from, int b) {
        int pp = g.forwardNp(from, b);
        if (pp < b && genitiveL(pp)) {
            pp = g.forwardNp(pp + 1, b); // بالمؤسسة العامة للتدريب التقني
        }
        return pp;
    }

    /**
     * A genitive with attached لل continuing a speaker (مدير الإدارة العامة للجمارك): not an
     * addressee (للصحفيين), not an outlet (للتلفزيون، لصحيفة) and not a known agency.
     */
    boolean genitiveL(int k) {
        String w = t.norm[k];
        return t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC && w.length() > 4 && w.startsWith("لل")
                && !g.in("addressee", k) && !g.outletHead("ا" + w.substring(1)) && outlets.at(k, t.n, true) == null;
    }

    /**
     * The end of a speaker phrase carried on by the name of the person it describes, set off by commas
     * right before the statement opens at {@code open} (وقال وزير الخارجية الأردني، أيمن الصفدي، إن ...):
     * the tokens after that name; else {@code end}. Up to two words may stand between the comma and a
     * name the tagger found (، الدكتور سامح عبد الباقي،); only a comma may follow the name, or a comma and
     * who was told (، كريم الساعدي، لرويترز إن). With {@code open}
     * negative, the name must be followed (past a comma) by a verbal noun with its pronoun, as a source
     * is (نقلت الوكالة عن وزير الثقافة، عواد العواد، قوله).
     */
    int throughApposition(int from, int end, int open) {
        int limit = open >= 0 ? open : t.n;
        if (end <= from || end + 1 >= limit || !t.comma(end) || namesPerson(from, end)) {
            return end; // وقال مايكل كوهين، محامي ترامب، إن: the speaker is named already
        }
        for (int k = end + 1; k <= end + 3 && k < limit; k++) {
            if (t.kind[k] != org.mirsad.core.model.TokenKind.ARABIC) {
                return end;
            }
            Entity e = linker.nameCovering(t.start[k]);
            if (e == null) {
                if (!t.bare[k].startsWith("ال")) {
                    return end; // only a title with its article stands before the name (، المقدم X،)
                }
                continue;
            }
            if (e.type() != EntityType.PERSON || e.span().start() != t.start[k]) {
                return end;
            }
            int last = t.tokenEndingAt(k, limit, e.span().end());
            if (last < 0) {
                return end;
            }
            int next = last + 1;
            if (open < 0) {
                int noun = next < t.n && t.comma(next) ? next + 1 : next;
                return noun < t.n && possessive(noun) ? next : end;
            }
            boolean toldAfter = t.comma(next) && next + 1 < open && (skipAddressee(next + 1, open) == open
                    || toldOutlet(next + 1, open) && outlets.at(next + 1, open, true)[1] == open);
            return next == open || t.comma(next) && next + 1 == open || toldAfter ? next : end; // …، X، لرويترز إن
        }
        return end;
    }

    private static final String IN = Lexicon.norm("في");

    /**
     * Whether the phrase ending before token {@code end} ends with a person's name: a phrase in في after a
     * name says where or when, not who (قال روحاني | في طهران); one in من says where the person is from and
     * stays (فيل روبرتسون من المنظمة).
     */
    private boolean endsWithPerson(int end) {
        Entity e = linker.entityEndingAt(t.end[end - 1]);
        return e != null && e.type() == EntityType.PERSON;
    }

    /** Whether a person the tagger found begins inside tokens [from, end). */
    private boolean namesPerson(int from, int end) {
        for (int k = from; k < end; k++) {
            Entity e = linker.nameCovering(t.start[k]);
            if (e != null && e.type() == EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** Skips an addressed outlet or listener right after the speaker (لصحيفة X، للصحفيين). */
    int skipAddressee(int k, int b) {
        if (k < b && t.norm[k].length() > 3 && t.norm[k].charAt(0) == 'ل' && g.outletHead(k)) {
            int[] o = outlets.at(k, b, true);
            return o != null ? o[1] : g.forwardNp(k + 1, b) > k + 1 ? g.forwardNp(k + 1, b) : k + 1;
        }
        if (k < b && g.in("addressee", k)) {
            return k + 1;
        }
        return k;
    }

    /**
     * "نقل/نقلت X عن Y (قوله) إن ..." or, with any reporting verb, "ذكرت X نقلًا عن Y أن ...": the source
     * Y after عن is the speaker (X is the channel); so is Y in "نقلت X تأكيد Y أن" (a verbal noun of saying,
     * {@link #SAYING_NOUNS}, with its sayer after it); the tokens {@code {first, end}} of Y, or null.
     */
    int[] reportedSource(int after, int npEnd, int b, Hit hit) {
        boolean carried = "نقل".equals(hit.form().lemma());
        boolean naql = carried && hit.form().prep() != null && hit.form().prep().equals("عن");
        if (carried) {
            for (int m = after + 1; m + 1 < npEnd; m++) {
                if (SAYING_NOUNS.contains(t.norm[m])) {
                    return new int[] {m + 1, npEnd}; // نقلت الصحف تأكيد الرئيس أن: the president said it, the papers carried it
                }
            }
        }
        int k = skipAddressee(npEnd, b);
        while (k < b && (t.comma(k) || g.in("time", k))) {
            k++; // نقل الموقع الشهر الماضي عن مسؤول
        }
        if (k + 1 < b && t.norm[k].equals(NAQLAN) && t.norm[k + 1].equals("عن") && npEnd > after) {
            k++; // ذكرت الوكالة نقلًا عن الوزير أن ...
        } else if (naql && k + 2 < b && t.norm[k].equals(OVER) && t.norm[k + 1].equals(TONGUE)) {
            k++; // نقلت الوكالة على لسان الوزير قوله: "on the tongue of", as عن
        } else if (!naql || k >= b || !t.norm[k].equals("عن")) {
            return null;
        }
        int end = speakerEnd(k + 1, b);
        if (end - 1 > k + 1 && possessive(end - 1)) {
            end--; // عن مسؤول قوله إن: the verbal noun is not part of the source
        }
        end = Math.min(throughApposition(k + 1, end, -1), b); // عن وزير الثقافة، عواد العواد، قوله
        return end > k + 1 ? new int[] {k + 1, end} : null;
    }

    /**
     * Whether token k is a verbal noun of saying with its sayer after it (حسب وصف التنظيم، وفقا لتعبير
     * الوزير): the sayer is the source, with the attribution phrase's lam (لـ) on the noun or not.
     */
    boolean sayingNoun(int k) {
        String w = t.norm[k];
        return SAYING_NOUNS.contains(w) || w.length() > 3 && w.charAt(0) == '\u0644' && SAYING_NOUNS.contains(w.substring(1));
    }

    /**
     * Verbal nouns of saying with the sayer after them: carried by نقل (نقلت الصحف تأكيد الرئيس) or after an
     * attribution phrase (بحسب رواية الشرطة), normalized.
     */
    private static final Set<String> SAYING_NOUNS = java.util.stream.Stream.of("تأكيد", "قول", "تصريح", "تصريحات", "إعلان",
            "تحذير", "نفي", "اعتراف", "تشديد", "إشارة", "مطالبة", "دعوة", "وصف", "تأكيدات", "تحذيرات", "تعبير", "رواية",
            "رأي", "كلام", "شهادة", "تقدير", "تقديرات", "حديث")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** لسان ("tongue", in على لسان: quoting), normalized. */
    private static final String TONGUE = Lexicon.norm("لسان");
    /** نقلًا ("quoting"), normalized. */
    private static final String NAQLAN = Lexicon.norm("نقلا");

    /** A single noun with a possessive pronoun (قوله، تعبيرها، معتقداته), not a name. */
    boolean possessive(int k) {
        String w = t.norm[k];
        boolean suffix = g.lastLetter(k) == '\u0647' || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما");
        return t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC && w.length() > 3 && suffix
                && !linker.insideName(t.start[k]);
    }

    /**
     * Whether token k is a view, saying or belief of someone's with its possessive pronoun (نظرتهم، رأيه،
     * تقديرها، قوله، وصفه): after an attribution phrase it names no source, whatever follows it.
     */
    boolean viewOfTheirs(int k) {
        String w = t.norm[k];
        if (w.length() > 2 && w.charAt(0) == '\u0644') {
            w = w.substring(1);
        }
        for (String suffix : POSSESSIVE_SUFFIXES) {
            if (w.length() > suffix.length() + 1 && w.endsWith(suffix)
                    && VIEW_STEMS.contains(w.substring(0, w.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Possessive pronoun suffixes, longest first. */
    private static final List<String> POSSESSIVE_SUFFIXES = List.of("هما", "هم", "هن", "ها", "ه");

    /** Stems of views and sayings as written before a possessive suffix (نظرت|هم، رأي|ه), normalized. */
    private static final Set<String> VIEW_STEMS = java.util.stream.Stream.of("نظرت", "رأي", "قول", "تعبير", "وصف",
            "تقدير", "تقديرات", "اعتقاد", "فهم", "قراءت", "روايت", "زعم", "تصور", "رؤيت", "منظور", "معتقدات", "فكر")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** والي (governor) and والد (father, والدته، والداها): words that begin like و + the article, normalized. */
    private static final String WALI = Lexicon.norm("والي");
    private static final String WALID = Lexicon.norm("والد");

    /**
     * Whether token k is و/ف written on a word with the article (والتقرير، فالحكومة): not والي or a form of والد,
     * and not the first word of a name the tagger found with the letter in it (فالفيردي، فاليري).
     */
    private boolean conjunctionBeforeArticle(int k) {
        boolean wa = t.text.charAt(t.start[k]) == '\u0648' || t.text.charAt(t.start[k]) == '\u0641';
        if (wa && t.conj[k] && QUANTIFIERS.contains(t.bare[k])) {
            return true; // وبعض الدراسات ذكرت: the speaker is بعض الدراسات
        }
        return t.conj[k] && t.bare[k].length() >= 5 && t.bare[k].startsWith("ال") && !t.norm[k].equals(WALI)
                && !t.norm[k].startsWith(WALID) && linker.startingAt(t.start[k]) == null && wa;
    }

    /**
     * Quantifiers that open a subject (بعض الدراسات، كل الأطراف، معظم الخبراء), normalized; not أحد, which
     * after و is written like واحد.
     */
    private static final Set<String> QUANTIFIERS = java.util.stream.Stream.of("بعض", "كل", "معظم", "غالبية", "أغلب",
            "عدد", "جميع").map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    Mention mention(int from, int to, Hit hit) {
        to = beforeOccasion(from, to);
        to = throughHashtag(to);
        int start = from == hit.npFrom() ? hit.npOff() : t.start[from];
        if (start >= t.end[to - 1]) {
            start = t.start[from];
        }
        if (start == t.start[from] && conjunctionBeforeArticle(from)) {
            start++; // والتقرير يشير إلى أن ...: the speaker is التقرير, the و joins the clause
        }
        Span span = new Span(start, t.end[to - 1]);
        Linker.Link link = linker.link(span, t.norm[from], to < t.n ? t.start[to] : t.end[to - 1], t.text);
        Mention m = new Mention(link.span(), link.span().in(t.text), link.canonical());
        return m;
    }
}
