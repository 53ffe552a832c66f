package org.mirsad.extract.quote.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Mention;
import org.mirsad.core.model.Quote;
import org.mirsad.core.model.Span;

/**
 * Attribution over one document, sentence by sentence. For each cue ({@link CueFinder}):
 * <ol>
 *   <li>verbs: the speaker is the subject written before the verb in its clause ({@link Subjects}:
 *       الوزارة قالت إن، أن رئيس الوفد أبلغ نظراءه بأن — a nested statement of its own —, across an
 *       apposition or relative clause, أما X فـ...), else the noun phrase after the verb ({@link
 *       Speakers}: قال مسؤول أممي إن; نقلت الوكالة عن مسؤول قوله إن gives the source after عن), else
 *       the antecedent of a relative pronoun (النقابة ... التي قالت إن), else — the subject is
 *       dropped (وأضاف أن) — the topic of an أما sentence, the latest agreeing speaker ({@link
 *       Discourse}) or the last person named; impersonal verbs (قيل إن، يذكر أن) have none. Plans (من
 *       المقرر أن تعلن), gestures (أشار بيده) and object relatives (التي أعلنت عنها) are not
 *       statements; a quotation opening the sentence can be the statement of a verb after it («...»،
 *       يقول أبو فيصل);</li>
 *   <li>participles (مضيفًا أن، مشيرة إلى أن) and continuations (بالقول) continue the sentence's speaker
 *       when their gender agrees; a participle right after a noun is its adjective;</li>
 *   <li>phrases (بحسب، وفقًا لـ، نقلًا عن، على لسان، حسبما أفادت) take the noun phrase after them as
 *       speaker and the rest of their clause as content, or the clause before them when they close it
 *       ({@link Contents#trailing}); a phrase followed by its own reporting verb is not a statement;</li>
 *   <li>content: see {@link Contents}; cues between a verb and its content belong to its frame;</li>
 *   <li>via: outlets named in the sentence outside the speaker and content (قال لصحيفة X، حسبما
 *       أوردت وكالة Y); the document's sources list every outlet it names.</li>
 * </ol>
 */
public final class QuoteParser {

    private final Grammar g;
    private final TokenTable t;
    private final Outlets outlets;
    private final Linker linker;
    private final Discourse discourse = new Discourse();
    private final Subjects subjects;
    private final Speakers speakers;
    private final Contents contents;

    /** A parser over a document's tokens and (possibly empty) entities. */
    public QuoteParser(TokenTable table, List<Entity> entities) {
        this.t = table;
        this.g = new Grammar(Lexicon.shared(), table);
        this.outlets = new Outlets(g);
        this.linker = new Linker(entities);
        this.subjects = new Subjects(g, k -> linker.nameCovering(t.start[k]) != null);
        this.speakers = new Speakers(g, outlets, linker);
        this.contents = new Contents(g, outlets, linker);
    }

    /** The quotes of the document, in text order. */
    public List<Quote> quotes() {
        List<Quote> out = new ArrayList<>();
        for (int s = 0; s < t.sentences(); s++) {
            int a = t.sentStart[s];
            int b = t.sentStart[s + 1];
            parseSentence(s, a, b, out);
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        parsed = out;
        return out;
    }

    /** The quotes {@link #quotes} found, once it has run. */
    private List<Quote> parsed;

    /**
     * Every outlet the document names by name ({@link Outlets#named}), in order of first mention; a name that is
     * an outlet only where one is expected (بي بي سي، الجزيرة) counts after ل when the tagger found it as an
     * organization; and every outlet a statement was made through (its via).
     */
    public List<String> sources() {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < t.n; i++) {
            int[] o = outlets.at(i, t.n, false);
            if (o == null && speakers.toldOutlet(i, t.n)) {
                o = outlets.at(i, t.n, true); // لبي بي سي: a name known as an outlet only where one is expected
            }
            if (o != null) {
                int[] named = outlets.named(i, o, linker);
                if (named != null) {
                    names.add(outlets.name(named));
                }
                i = o[1] - 1;
            }
        }
        for (Quote q : parsed != null ? parsed : quotes()) {
            names.addAll(q.via()); // قال المدير لـ«عكاظ»: a quoted name the statement was made to
        }
        return List.copyOf(names);
    }

    private void parseSentence(int s, int a, int b, List<Quote> out) {
        List<Hit> hits = new CueFinder(g).find(a, b);
        Mention lastSpeaker = null;
        char lastGender = '?';
        List<Quote> here = new ArrayList<>();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            int nextCue = h + 1 < hits.size() ? hits.get(h + 1).first() : b;
            Quote q = switch (hit.form().kind()) {
                case VERB, IMPERSONAL -> verb(s, a, b, hit, nextCue);
                case PARTICIPLE -> participle(s, a, b, hit, agrees(hit, lastGender) ? lastSpeaker : null, nextCue);
                case PHRASE -> phrase(s, a, b, hit, nextCue);
            };
            if (q != null) {
                q = speakerOutsideContents(q, here, s);
                here.add(q);
                if (q.speaker() != null) {
                    lastSpeaker = q.speaker();
                    lastGender = adjacent(hit, q.speaker()) ? hit.form().gender() : '?';
                }
                while (h + 1 < hits.size() && q.content().start() > q.cue().span().end()
                        && t.start[hits.get(h + 1).first()] < q.content().start() && !contents.relativeCue(hits.get(h + 1))) {
                    h++; // a cue between a verb and its content is part of its frame (رد على ذلك بالقول إن)
                }
            }
        }
        here.removeIf(p -> relayedStatement(p, here, a, b));
        endBeforeNextSubject(here);
        List<String> via = sentenceVia(a, b, here);
        for (Quote q : here) {
            out.add(via.isEmpty() ? q : new Quote(q.span(), q.speaker(), q.cue(), q.content(), q.direct(), via));
        }
    }

    /**
     * A statement ends where a later statement of the sentence, after a comma and و, names its own subject
     * before its verb (وحذر الخبير من المبيدات، وبعض الدراسات ذكرت أن …: the expert's content is «المبيدات»,
     * not the clause after it); the comma and و are left out. A subject after لكن، إلا أن or inside a relative
     * clause is left in the statement.
     */
    private void endBeforeNextSubject(List<Quote> here) {
        for (int i = 0; i < here.size(); i++) {
            Quote p = here.get(i);
            for (Quote q : here) {
                if (q == p || q.speaker() == null || q.speaker().span().start() >= q.cue().span().start()) {
                    continue;
                }
                int at = q.speaker().span().start();
                if (at <= p.content().start() || at >= p.content().end() || q.cue().span().start() <= p.cue().span().end()) {
                    continue;
                }
                int e = at;
                if (e > 0 && (t.text.charAt(e - 1) == '\u0648' || t.text.charAt(e - 1) == '\u0641')) {
                    e--;
                } else {
                    continue; // لكن مدريد لفتت، إلا أن الطالب ماطلهم، الذي أوضح: inside the statement, or its own frame
                }
                int w = e;
                while (w > p.content().start() && Character.isWhitespace(t.text.charAt(w - 1))) {
                    w--;
                }
                if (w <= p.content().start() || ",،؛;".indexOf(t.text.charAt(w - 1)) < 0) {
                    continue; // a new clause after a comma: «…، وبعض الدراسات ذكرت»
                }
                while (e > p.content().start() && (Character.isWhitespace(t.text.charAt(e - 1)) || ",،؛;".indexOf(t.text.charAt(e - 1)) >= 0)) {
                    e--;
                }
                if (e > p.content().start()) {
                    Span c = new Span(p.content().start(), e);
                    Span whole = new Span(p.span().start(), Math.max(e, Math.max(p.cue().span().end(),
                            p.speaker() == null ? 0 : p.speaker().span().end())));
                    p = new Quote(whole, p.speaker(), p.cue(), c, p.direct(), p.via());
                    here.set(i, p);
                }
            }
        }
    }

    /**
     * A quote whose speaker phrase lies inside what an earlier statement of the sentence said (فذكر أن هذه المهنة
     * غير مربحة واستدرك: ...: the phrase is the first statement's content, not the second's subject) takes that
     * statement's speaker: the same person goes on speaking. A phrase with a name in it stays the subject.
     */
    private Quote speakerOutsideContents(Quote q, List<Quote> earlier, int s) {
        if (q.speaker() == null || namesSomeone(q.speaker().span())) {
            return q; // والرئيس ترامب قال: a name before the verb is its subject, wherever the first content ended
        }
        for (Quote p : earlier) {
            if (p.content().contains(q.cue().span())) {
                continue; // قال إن الوزير أكد أن ...: a statement reported inside the first keeps its own subject
            }
            if (p.content().contains(q.speaker().span()) && q.speaker().span().end() <= q.cue().span().start()) {
                Mention speaker = p.speaker();
                if (speaker != null) {
                    discourse.add(speaker, '?', '?', s);
                }
                Span span = new Span(Math.min(q.span().start(), speaker == null ? q.span().start() : speaker.span().start()),
                        q.span().end());
                return new Quote(span, speaker, q.cue(), q.content(), q.direct(), q.via());
            }
        }
        return q;
    }

    /** Whether a name the tagger found starts inside the span. */
    private boolean namesSomeone(Span span) {
        int k = java.util.Arrays.binarySearch(t.start, 0, t.n, span.start());
        for (k = k < 0 ? -k - 1 : k; k < t.n && t.end[k] <= span.end(); k++) {
            if (linker.nameCovering(t.start[k]) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cue agrees with its speaker: the speaker is its subject right before it or right
     * after it — not a source named further on (نقلت الوكالة عن دبلوماسي ...).
     */
    private boolean adjacent(Hit hit, Mention speaker) {
        if (speaker.span().end() <= hit.cueStart()) {
            return true;
        }
        int k = hit.last() + 1;
        while (k < t.n && (g.manner(k) || g.in("pp-pronoun", k))) {
            k++;
        }
        return k < t.n && speaker.span().start() <= t.start[k];
    }

    /**
     * Whether a participle may continue the sentence's last speaker: unless both say their gender and
     * differ (…قال الوزير …، مبينة أن: the feminine participle has another speaker).
     */
    private static boolean agrees(Hit participle, char lastGender) {
        char g = participle.form().gender();
        return g == '?' || lastGender == '?' || g == lastGender;
    }

    private Quote verb(int s, int a, int b, Hit hit, int nextCue) {
        if (!pronounSubject(hit)) {
            return verbStatement(s, a, b, hit, nextCue);
        }
        Mention subject = subjectBefore(s, a, hit);
        Quote q = verbStatement(s, a, b, hit, nextCue);
        if (q == null || q.speaker() == null || q.speaker().span().start() < hit.cueEnd()) {
            return q;
        }
        // وقال إنه يرى X أفضل اللاعبين، أكد أنه سيعلن قراره: the pronoun on إنه is the subject, the noun
        // phrase after the verb its object and part of what was said (unless it is who was told: للمحققين)
        int from = t.tokenStartingAt(q.speaker().span().start());
        int cStart = from >= 0 && !t.norm[from].startsWith("ل") ? Math.min(q.speaker().span().start(), q.content().start())
                : q.content().start();
        Span content = new Span(cStart, q.content().end());
        Span whole = new Span(Math.min(q.cue().span().start(), subject == null ? cStart : Math.min(cStart, subject.span().start())),
                Math.max(content.end(), q.cue().span().end()));
        if (subject != null) {
            discourse.add(subject, hit.form().gender(), hit.form().number(), sentenceOf(hit.first()));
        }
        return new Quote(whole, subject, q.cue(), content, q.direct(), q.via());
    }

    private Quote verbStatement(int s, int a, int b, Hit hit, int nextCue) {
        int f = hit.first();
        for (int k = hit.last() + 1; k < b && k <= hit.last() + 4 && !t.punct(k); k++) {
            if (g.in("gesture", k)) {
                return null; // أشار (الحكم) بيده إلى ...: a gesture
            }
        }
        if (f >= 2 && g.complementizer(f - 1) && g.in("plan", f - 2)) {
            return null; // من المقرر أن تعلن اللجنة ...، يتوقع أن يعلن: a plan, not a statement
        }
        if (negated(hit)) {
            return null; // ولم تعلن أي جهة مسؤوليتها، دون أن توضح: nothing was said (but لم يستبعد أن is a statement)
        }
        if (contents.relativeCue(hit) && hit.last() + 1 < b && g.in("pp-pronoun", hit.last() + 1)
                && !t.norm[hit.last() + 1].startsWith("خلال")) { // not التصريحات التي قال خلالها إنه: when, not what
            return null; // الوثائق التي أعلنت عنها إسرائيل: the antecedent is what was announced
        }
        int after = hit.last() + 1;
        while (after < b && (g.manner(after) || g.in("pp-pronoun", after) || idiomObject(hit, after))) {
            after++; // تضيف ضاحكة: ...، فرد بحدة: ...، قال عنه الخبير، ولفت النظر إلى أن
        }
        int[] pre = subjects.before(a, hit);
        if (pre == null) {
            pre = intervieweeBefore(a, hit); // أجرت الصحيفة حوارا مع اللاعب قال فيه: "…": the one interviewed speaks
        }
        if (pre != null) {
            int[] source = speakers.reportedSource(after, after, b, hit);
            if (source != null) {
                pre = source; // الموقع نقل عن مسؤول أن ...
                after = source[1];
            }
            int open = contents.opener(after, b, hit);
            if (open >= 0) {
                int[] content = contents.content(open, b, hit, nextCue);
                return content == null ? null : quote(hit, speakers.mention(pre[0], pre[1], hit), content);
            }
            if (g.openOf[pre[1] - 1] == pre[0] && after < b && !t.punct(after)) {
                int[] content = contents.content(after, b, hit, nextCue); // «الواحة للصناعات» تعلن تطورات المشروع
                return content == null ? null : quote(hit, speakers.mention(pre[0], pre[1], hit), content);
            }
        }
        if (after < b && hit.lemmaIn(SHOW_VERBS) && speakers.possessive(after) && !t.conj[after] && !g.complementizer(after) && !contents.relativeCue(hit)) {
            int[] content = contents.content(after, b, hit, nextCue); // وأن الانقلابيين أبدوا استعدادهم لتنفيذ …
            return content == null ? null : quote(hit, subjectBefore(s, a, hit), content);
        }
        int npEnd = accusationPhraseEnd(hit, after, speakers.speakerEnd(after, b, hit));
        if (npEnd == after) {
            int past = pastWhoWasTold(after, b);
            if (past > after) {
                int end = speakers.speakerEnd(past, b, hit);
                if (end > past && contents.opener(speakers.skipAddressee(end, b), b, hit) >= 0) {
                    after = past; // أكد لـ«عكاظ» وزير التعليم الدكتور عزام الدخيل، أن: the subject after who was told
                    npEnd = end;
                }
            }
        }
        npEnd = addresseeAfterSubject(hit, after, npEnd);
        int[] source = speakers.reportedSource(after, npEnd, b, hit);
        if (source != null) {
            int open = contents.opener(source[1], b, hit);
            if (open >= 0) {
                int[] content = contents.content(open, b, hit, nextCue);
                return content == null ? null : quote(hit, speakers.mention(source[0], source[1], hit), content);
            }
        }
        boolean addressed = npEnd > after && addressedPlural(hit, after); // طالب الراغبين بالتسجيل: who was urged
        Mention speaker = null;
        int contentFrom;
        int afterSpeaker = speakers.skipAddressee(npEnd, b);
        int open = npEnd > after ? contents.opener(afterSpeaker, b, hit) : -1;
        if (open >= 0) {
            boolean object = addressed || objectOfAccusation(hit, after, open);
            int firstUnit = object ? -1 : accusationSubjectEnd(hit, after, open);
            speaker = object ? subjectBefore(s, a, hit)
                    : firstUnit > after ? speakers.mention(after, firstUnit, hit) // ووصفت الصحيفة خطاب X بالدرامي
                    : speakers.mention(after, afterSpeaker == npEnd ? speakers.throughApposition(after, npEnd, open) : npEnd, hit);
            contentFrom = open;
        } else if (npEnd > after && npEnd < b && g.in("object", npEnd)) {
            speaker = speakers.mention(after, npEnd, hit); // أكد الوزير ضرورة ...: the abstract object is the content
            contentFrom = npEnd;
        } else {
            int direct = contents.opener(after, b, hit);
            if (direct < 0 && !g.in("object", after)) {
                int object = objectStart(after, npEnd, hit);
                int afterTime = objectAfterTime(npEnd, b, hit);
                if (object < 0 && afterTime > npEnd && npEnd > after && !addressed) {
                    int[] content = contents.content(afterTime, b, hit, nextCue); // أعلنت الوزارة الاثنين إغلاق المعبر
                    return content == null ? null : quote(hit, speakers.mention(after, npEnd, hit), content);
                }
                if (object < 0) {
                    return quoteBefore(a, hit, after, npEnd); // «...»، يقول أبو فيصل
                }
                int[] content = contents.content(addressed ? after : object, b, hit, nextCue);
                return content == null ? null
                        : quote(hit, addressed ? subjectBefore(s, a, hit) : speakers.mention(after, object, hit), content);
            }
            contentFrom = direct >= 0 ? direct : after;
            speaker = subjectBefore(s, a, hit);
        }
        int[] content = contents.content(contentFrom, b, hit, nextCue);
        if (content == null) {
            return null;
        }
        return quote(hit, speaker, content);
    }

    /**
     * A quotation that opens the sentence and ends right before the verb, with the speaker after the
     * verb («...»، قال مشجع، «...»، يقول أبو فيصل): content before its cue; else null.
     */
    private Quote quoteBefore(int a, Hit hit, int after, int npEnd) {
        int k = hit.first() - 1;
        if (k > a && g.in("so", k)) {
            k--; // «...»، هكذا علّق النائب
        }
        if (k > a && t.comma(k)) {
            k--;
        }
        if (k <= a || npEnd <= after || g.openOf[k] != a || hit.first() - a < 3) {
            return null;
        }
        int[] content = {t.start[a] + 1, t.start[k], 1};
        return content[0] < content[1] ? quote(hit, speakers.mention(after, npEnd, hit), content) : null;
    }

    /**
     * Whether the phrase [start, end) before «و + cue» opens with another verb and its subject: a word with و
     * written on it and no article, right before a word with the article (وامتدح المدرب لاعبيه وقال ...) —
     * not a name the tagger found there.
     */
    private boolean verbBeforeSubject(int start, int end) {
        if (start + 1 >= end || !t.conj[start] || t.kind[start] != org.mirsad.core.model.TokenKind.ARABIC) {
            return false;
        }
        String w = t.bare[start];
        return w.length() >= 3 && !w.startsWith("ال") && t.bare[start + 1].startsWith("ال")
                && linker.nameCovering(t.start[start]) == null && linker.startingAt(t.offsetAfter(start, 1)) == null;
    }

    /** Nouns of an interview or speech a person gives (حوار، مقابلة، لقاء، كلمة، خطاب), normalized, bare or indefinite. */
    private static final Set<String> INTERVIEWS = java.util.stream.Stream.of("حوار", "حوارا", "مقابلة", "لقاء", "لقاءا",
            "حديث", "حديثا", "محادثة", "مؤتمر", "مؤتمرا").map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * For a cue followed by فيه/فيها/خلاله (said in it) right after «interview noun + مع + X»: the tokens of X,
     * the person interviewed (أجرت الصحيفة حوارا مع اللاعب قال فيه، في لقاء مع الوزير قال خلاله); else null.
     */
    private int[] intervieweeBefore(int a, Hit hit) {
        int f = hit.first();
        if (hit.last() + 1 >= t.n || !g.in("pp-pronoun", hit.last() + 1) || t.conj[f]) {
            return null;
        }
        for (int m = f - 1; m > a && f - m <= 7; m--) {
            if (t.punct(m)) {
                return null;
            }
            if (t.norm[m].equals(WITH) && INTERVIEWS.contains(t.norm[m - 1]) && m + 1 < f) {
                return new int[] {m + 1, f};
            }
        }
        return null;
    }

    private static final String WITH = Lexicon.norm("مع");

    /** قد and لقد, the particles of the perfect, normalized. */
    private static final Set<String> QAD = Set.of(Lexicon.norm("قد"), Lexicon.norm("لقد"));

    /** Verbs of showing a stance whose object carries the subject's pronoun (أبدى استعداده، أبدت قلقها), normalized. */
    private static final Set<String> SHOW_VERBS = Set.of(Lexicon.norm("أبدى"));

    /** Particles between a complementizer's pronoun and its verb (سوف، قد، لن، لم، لا), normalized. */
    private static final Set<String> VERB_PARTICLES = java.util.stream.Stream.of("سوف", "قد", "لن", "لم", "لا")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The cue stands right after إنه/أنها/بأنهم ...: a complementizer carrying the pronoun that is its subject. */
    private boolean pronounSubject(Hit hit) {
        int p = hit.first() - 1;
        if (p > 0 && VERB_PARTICLES.contains(t.norm[p])) {
            p--; // أنها سوف تطالب، إنه قد يعلن
        }
        return g.complementizerWithPronoun(p) && hit.form().kind() == CueForm.Kind.VERB; // إن، أن، بأن alone carry no subject
    }

    /** Verbs that urge, warn or tell someone (طالب، دعا، حث، حذر، أبلغ): the noun after them may be who was addressed. */
    private static final java.util.Set<String> DIRECTIVES = java.util.stream.Stream.of("طالب", "دعا", "حث", "ناشد",
            "حذر", "أبلغ", "أخبر", "أوصى", "نصح", "طلب").map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Nouns for the people or bodies a call is made to (طالبت السلطات السكان، دعت المنظمة المجتمع الدولي), normalized. */
    private static final Set<String> ADDRESSED_NOUNS = java.util.stream.Stream.of("السكان", "الأهالي", "الناس",
            "المواطنين", "الجمهور", "الجماهير", "الشعب", "الشباب", "الطلاب", "الطلبة", "العمال", "التجار", "الحجاج",
            "الزوار", "الأطفال", "النساء", "الأسر", "العائلات", "الأطراف", "الدول", "الحكومات", "الشركات", "الجميع",
            "المجتمع", "الحكومة", "النظام", "المسؤولين", "المدنيين", "اللاجئين", "المستثمرين", "المسافرين",
            "الصحافيين", "الصحفيين", "الإعلاميين")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * After a verb that urges or tells someone, the end of its subject where the noun phrase read as the
     * speaker goes on into who was addressed: a people noun after a definite word (طالبت السلطات | السكان
     * المحليين)، or a place or organization the tagger found right after a name or a nationality adjective
     * (دعا وزير الخارجية الأمريكي | روسيا، دعت منظمة العفو الدولية | الأمم المتحدة). Else {@code npEnd}.
     */
    private int addresseeAfterSubject(Hit hit, int after, int npEnd) {
        if (!hit.lemmaIn(DIRECTIVES)) {
            return npEnd;
        }
        for (int k = after + 1; k < npEnd; k++) {
            if (t.kind[k] != org.mirsad.core.model.TokenKind.ARABIC || t.kind[k - 1] != org.mirsad.core.model.TokenKind.ARABIC
                    || t.conj[k] || linker.nameCovering(t.start[k]) != null && linker.startingAt(t.start[k]) == null) {
                continue;
            }
            boolean definiteBefore = t.bare[k - 1].startsWith("ال") && !g.in("preposition", k - 1);
            if (definiteBefore && ADDRESSED_NOUNS.contains(t.norm[k])) {
                return k;
            }
            Entity named = linker.startingAt(t.start[k]);
            boolean completeBefore = linker.entityEndingAt(t.end[k - 1]) != null || nisba(k - 1);
            if (named != null && named.type() != EntityType.PERSON && completeBefore) {
                return k;
            }
        }
        return npEnd;
    }

    /** A definite nationality or relation adjective at k, singular (الأمريكي، الدولية) or plural (المحليين). */
    private boolean nisba(int k) {
        String w = t.bare[k];
        if (Outlets.definiteNisba(w)) {
            return true;
        }
        if (!w.startsWith("ال") || w.length() < 5) {
            return false;
        }
        for (String ending : PLURAL_NISBA_ENDINGS) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The plural endings of a nationality or relation adjective, normalized (the singular is {@link Outlets#definiteNisba}). */
    private static final List<String> PLURAL_NISBA_ENDINGS = java.util.stream.Stream.of("يين", "يون", "يات")
            .map(Lexicon::norm).toList();

    /**
     * Token i, right after a verb that urges or tells someone, is a definite sound plural or dual in ـين
     * (الراغبين، المواطنين، الطرفين) that names nothing the tagger found: the object, never the subject,
     * which would end in ـون or ـان (with other verbs a word in ـين is more often a family name: يرى السكيرين).
     */
    private boolean addressedPlural(Hit hit, int i) {
        if (!hit.lemmaIn(DIRECTIVES)) {
            return false;
        }
        String w = t.bare[i];
        if (t.kind[i] != org.mirsad.core.model.TokenKind.ARABIC || !w.startsWith("ال") || w.length() < 7 || !w.endsWith("ين")) {
            return false;
        }
        int from = t.conj[i] ? t.offsetAfter(i, 1) : t.start[i];
        return linker.startingAt(from) == null && linker.nameCovering(from) == null;
    }

    /**
     * The speaker of a verb with no subject after it: the noun phrase opening the clause before it
     * (الوزارة قالت), the antecedent of a relative pronoun (النقابة، التي قالت), or — a dropped
     * subject — the latest agreeing speaker; none for impersonal cues.
     */
    private Mention subjectBefore(int s, int a, Hit hit) {
        if (hit.form().kind() == CueForm.Kind.IMPERSONAL) {
            return null;
        }
        int end = hit.first();
        if (end - 1 > a && QAD.contains(t.norm[end - 1])) {
            end--; // أن طهران قد أبدت: the particle stands between the subject and its verb
        }
        boolean relative = end - 1 >= a && g.in("relative", end - 1);
        if (relative && objectRelative(end - 1, hit)) {
            return dropped(s, a, hit); // القواعد، والتي قال إنها ...: what was said is about the antecedent, not by it
        }
        if (relative) {
            end--;
            if (end - 1 >= a && t.comma(end - 1)) {
                end--;
            }
        }
        int floor = a;
        for (int k = end - 1; k >= a; k--) {
            if (t.punct(k) && !t.is(k, '»') && !t.is(k, '”')) {
                floor = k + 1;
                break;
            }
        }
        int start = g.backwardNp(end, floor);
        if (relative && end > floor) {
            org.mirsad.core.model.Entity named = linker.nameCovering(t.start[end - 1]);
            if (named != null && named.span().end() == t.end[end - 1] && named.span().start() >= t.start[floor]) {
                int from = end - 1;
                while (from > floor && t.start[from] > named.span().start()) {
                    from--;
                }
                start = Math.min(start, from); // شركة النسيم للطيران، التي قالت: the name the tagger found is the antecedent
            }
        }
        if (start < end && (relative || g.clauseStart(start, a))) {
            if (!relative && verbBeforeSubject(start, end)) {
                int from = start + 1; // وامتدح المدرب لاعبيه وقال إن ...: the subject of the verb before
                int to = from + 1;
                while (to < end && !speakers.possessive(to)) {
                    to++; // ... but not its object (لاعبيه)
                }
                for (int k = from; k + 1 < to; k++) {
                    org.mirsad.core.model.Entity p = linker.entityEndingAt(t.end[k]);
                    if (p != null && p.type() == EntityType.PERSON && p.span().start() >= t.start[from]) {
                        to = k + 1; // وحضر السفير الكندي X اللقاء وأكد: the person named ends the subject
                        break;
                    }
                }
                return speakers.mention(from, to, hit);
            }
            return speakers.mention(start, end, hit);
        }
        return dropped(s, a, hit);
    }

    /**
     * A relative pronoun whose antecedent is what the statement is about, not its speaker: the cue carries
     * an object pronoun of the relative's gender (الحصار، والذي وصفه بأنه ...، دور طهران الذي يعتبره), or
     * the cue does not agree with the relative, so the relative cannot be its subject (القواعد، والتي قال
     * إنها ...، الموضوع الذي تعتبره). When they agree (ريان إير التي قالت إنها، المصدر الذي قال إنه) the
     * antecedent is the speaker.
     */
    private boolean objectRelative(int rel, Hit hit) {
        String r = t.bare[rel].isEmpty() ? t.norm[rel] : t.bare[rel];
        boolean feminine = r.equals(Lexicon.norm("التي"));
        boolean masculine = r.equals(Lexicon.norm("الذي"));
        if (!feminine && !masculine) {
            return false;
        }
        String cue = t.bare[hit.last()];
        if (cue.endsWith(feminine ? "ها" : "ه") && !g.lex.verbFormsWithObject(cue).isEmpty()) {
            return true; // وصفها، وصفه، يعتبره
        }
        char gender = hit.form().gender();
        return hit.form().number() == 's' && (feminine ? gender == 'm' : gender == 'f');
    }

    /**
     * The speaker of a cue with no subject of its own: the topic of an "أما X فـ" sentence, else the
     * latest agreeing speaker ({@link Discourse}), else, for a singular cue, the latest person named before it.
     */
    private Mention dropped(int s, int a, Hit hit) {
        int[] topic = subjects.topicBefore(a, hit.first());
        if (topic != null) {
            return speakers.mention(topic[0], topic[1], hit);
        }
        Discourse.Entry e = discourse.resolve(hit.form().gender(), hit.form().number(), s);
        if (e == null || e.sentence() < s) {
            int[] near = subjectOfEarlierVerb(a, hit);
            if (near != null) {
                return speakers.mention(near[0], near[1], hit);
            }
        }
        if (e != null) {
            return e.mention();
        }
        if (hit.form().number() == 'p' || hit.form().number() == 'd') {
            return null; // واستنكر يمنيون …، مشيرين: a plural cue is no single person's named before it
        }
        org.mirsad.core.model.Entity p = linker.personBefore(t.start[hit.first()]);
        return p == null ? null : new Mention(p.span(), p.text(), p.canonical());
    }

    /**
     * For a singular cue with a dropped subject whose sentence has named no speaker yet, the person named
     * right after the sentence's first word (its verb) or after its title there, when the cue agrees with what the text says of
     * them (a female title or given name for a feminine cue, neither for a masculine one) and no other
     * person is named between them: the subject of the sentence's first verb goes on speaking (وختم آل الشيخ
     * حديثه قائلا ... ▸ آل الشيخ), rather than a speaker of an earlier sentence. A short opener closed by a
     * comma may stand before the verb (من جهتها، رحبت الوزيرة ...). Returns the tokens [from, to) of the
     * speaker with the title, or null when there is none.
     */
    private int[] subjectOfEarlierVerb(int a, Hit hit) {
        char gender = hit.form().gender();
        if (hit.form().number() == 'p' || hit.form().number() == 'd' || gender == '?') {
            return null;
        }
        org.mirsad.core.model.Entity p = linker.personBefore(t.start[hit.first()]);
        // the subject of the sentence's first word, a verb: the name right after it, or after its title
        // (وختم آل الشيخ قائلا، رحبت وزيرة الصناعة هالة زواتي ... وقالت)
        int verb = afterOpener(a, hit.first());
        if (p == null || p.span().start() < t.end[verb]) {
            return null;
        }
        String between = t.text.substring(t.end[verb], p.span().start()).strip();
        if (!between.isEmpty() && (p.role() == null || !between.equals(p.role().strip()))) {
            return null;
        }
        if (feminine(p) != (gender == 'f')) {
            return null;
        }
        int last = t.tokenEndingAt(verb + 1, hit.first(), p.span().end());
        return last < 0 ? null : new int[] {verb + 1, last + 1};
    }

    /** Most tokens of a sentence opener closed by a comma ({@code من جهتها،} {@code وفي السياق ذاته،}). */
    private static final int OPENER_TOKENS = 4;

    /**
     * The token where a sentence's first verb stands: right after a short opener closed by a comma
     * (من جهتها، رحبت الوزيرة ...؛ بدوره، أكد ...) that names no person or organization, else the sentence's
     * first token {@code a}; never at or past the cue at {@code cue}.
     */
    private int afterOpener(int a, int cue) {
        for (int k = a + 1; k <= a + OPENER_TOKENS && k + 1 < cue; k++) {
            if (linker.insideName(t.start[k - 1])) {
                return a; // وكان لافروف، قد قال: a name before the comma is the subject, not an opener
            }
            if (t.comma(k)) {
                return k + 1;
            }
        }
        return a;
    }

    private static boolean feminine(org.mirsad.core.model.Entity person) {
        String role = person.role();
        if (role != null && !role.isBlank()) {
            String head = Lexicon.norm(role.strip().split("\\s+")[0]);
            return head.endsWith("ة") || head.endsWith("ه");
        }
        String given = org.mirsad.extract.ner.internal.ArabicForms.norm(person.text().strip().split("\\s+")[0]);
        return org.mirsad.extract.ner.internal.LexClass.GIVEN_FEMALE.in(
                org.mirsad.extract.ner.internal.Lexicons.defaults().classesOf(given));
    }

    private Quote participle(int s, int a, int b, Hit hit, Mention last, int nextCue) {
        if (adjective(hit)) {
            return null;
        }
        Mention speaker = last != null ? last : dropped(s, a, hit);
        int[] content = contents.content(hit.last() + 1, b, hit, nextCue);
        return content == null ? null : quote(hit, speaker, content);
    }

    /**
     * A participle right after a word, not after a comma or quotation, and not followed by what opens
     * a statement (إصابة مؤكدة بحمى الضنك) is an adjective of that word, not a circumstantial cue.
     */
    private boolean adjective(Hit hit) {
        int p = hit.first() - 1;
        if (p < 0 || t.punct(p) || g.tanween(hit.first())) {
            return false;
        }
        int k = hit.last() + 1;
        return k >= t.n || !(contents.opensContent(k, hit) || k + 1 < t.n && contents.opensContent(k + 1, hit));
    }

    /** Whether token k is a dash (-، –، —). */
    private boolean dash(int k) {
        return t.is(k, '-') || t.is(k, '–') || t.is(k, '—');
    }

    /** Whether a punctuation mark stands between tokens {@code from} and {@code to}. */
    private boolean punctuationBetween(int from, int to) {
        for (int k = from; k < to && k < t.n; k++) {
            if (t.punct(k) && !g.quoted[k]) {
                return true;
            }
        }
        return false;
    }

    private Quote phrase(int s, int a, int b, Hit hit, int nextCue) {
        int from = hit.npFrom();
        int cueEnd = hit.cueEnd();
        if (hit.form().asper()) {
            // حسبما أفادت X، وفق ما أعلنه X: the reporting verb after the phrase belongs to the cue
            if (from >= b || !g.cueWord(from)) {
                return null;
            }
            cueEnd = t.end[from];
            from++;
            if (from < b && g.in("pp-pronoun", from)) {
                cueEnd = t.end[from]; // وفق ما أفادت به مصادر
                from++;
            }
            if (hit.form().lemma() != null && hit.form().lemma().equals("كما") && from < b && g.complementizer(from)) {
                return null; // كما أكد أن ...: an ordinary verb statement, read as such
            }
        }
        if (!hit.form().asper() && namesACriterion(from)) {
            return null; // حسب فئة الترخيص، وفقًا للقانون، بحسب الحاجة: a rule or criterion, not a source
        }
        if (from + 1 < b && speakers.sayingNoun(from) && !speakers.possessive(from)
                && (t.norm[from + 1].startsWith("ال") || linker.startingAt(t.start[from + 1]) != null)) {
            from++; // حسب وصف التنظيم، بحسب تعبير الوزير، وفقا لتقديرات وزارة المالية: the sayer is the source
        }
        int[] outlet = outlets.at(from, b, true);
        int npEnd = outlet != null ? nisbasAfter(outlet[1], b) : speakers.speakerEnd(from, b);
        if (npEnd <= from || speakers.possessive(from) && (npEnd == from + 1 || speakers.viewOfTheirs(from))) {
            return null; // بحسب قوله، حسب معتقداته، وفقا لنظرتهم: no source named (وفقا لموقعها الإلكتروني names one)
        }
        if (hit.form().asper() && g.in("reporting-via", from - 1)) {
            for (int k = npEnd; k < b && k <= npEnd + 3 && !t.punct(k); k++) {
                int src = t.norm[k].equals("عن") ? speakers.speakerEnd(k + 1, b) : -1;
                if (src > k + 1) {
                    from = k + 1; // بحسب ما نقلته الوكالة الوطنية للإعلام عن الوزير: the minister speaks
                    npEnd = src;
                    break;
                }
            }
        }
        Mention speaker = speakers.mention(from, npEnd, hit);
        int named = t.tokenEndingAt(from, b, speaker.span().end());
        if (named >= npEnd) {
            npEnd = named + 1; // وفقًا لبيانات أعلنها الجهاز المركزي …: the speaker runs to the name it was linked to
        }
        int cStart;
        int cEnd;
        int rest = speakers.skipAddressee(npEnd, b); // كما قالت المتحدثة لوكالة فرانس برس.
        boolean closesSentence = rest >= b - 1 || t.stop(rest) || rest < b && t.is(rest, '.')
                || contents.onlyTimeAfter(rest, b); // كان مديرا للفرع بحسب قائمة العام الماضي.
        boolean betweenDashes = hit.first() > a && dash(hit.first() - 1) && rest < b && dash(rest);
        if (betweenDashes) {
            // ويمكن لذلك -بحسب التقرير- أن يفعل …: the phrase stands inside the statement, which runs on after it
            int e = Math.min(b, nextCue);
            while (e > rest + 1 && t.punct(e - 1)) {
                e--;
            }
            cStart = t.start[a];
            cEnd = e > rest + 1 ? t.end[e - 1] : t.end[hit.first() - 1];
        } else if ((closesSentence || contents.trailing(hit, a, npEnd, b)) && hit.first() > a) {
            int e = hit.first();
            while (e > a && t.punct(e - 1)) {
                e--;
            }
            if (e <= a) {
                return null;
            }
            cStart = t.start[a];
            cEnd = t.end[e - 1];
        } else {
            int k = rest; // بحسب تصريحات من إدارة فيسبوك لموقع «تك كرانش» فإنه …: who was told is no content
            if (k < b && g.in("relative", k)) {
                while (k < b && !(t.comma(k) && !g.quoted[k]) && !t.stop(k)) {
                    k++; // ووفقا لموقع X الذي نقلت عنه الصحيفة، فإن …: the source's relative clause is no content
                }
            }
            while (k < b && t.comma(k)) {
                k++;
            }
            if (contents.ownStatementFollows(k, b)) {
                return null; // على لسان المنسقة، أعربت الأمم المتحدة عن ...: the verb carries the statement
            }
            int e = Math.min(b, nextCue);
            if (nextCue > k && nextCue < b && !punctuationBetween(k, nextCue)) {
                e = b; // وفقا لـ«X»، فإن الحكومة ستعلن تدابير …: a cue inside the clause is part of what was reported
                for (int j = nextCue; j < b; j++) {
                    if (contents.startsNewStatement(j)) {
                        e = j;
                        break;
                    }
                }
            }
            while (e > k && t.punct(e - 1)) {
                e--;
            }
            if (e <= k) {
                return null;
            }
            cStart = t.start[k];
            cEnd = t.end[e - 1];
        }
        Span cue = new Span(hit.cueStart(), cueEnd);
        Span content = new Span(cStart, cEnd);
        Span whole = new Span(Math.min(cue.start(), content.start()), Math.max(content.end(), speaker.span().end()));
        discourse.add(speaker, '?', '?', s);
        return new Quote(whole, speaker, new Mention(cue, cue.in(t.text), null), content, false, List.of());
    }

    /**
     * The end of an outlet's name carried on by its nisba adjectives (صحيفة «ديلي ميل» البريطانية، وكالة
     * الأنباء الرسمية): past the definite words in ي/ية after {@code k}; else {@code k}.
     */
    private int nisbasAfter(int k, int b) {
        int j = k;
        while (j < b && t.kind[j] == org.mirsad.core.model.TokenKind.ARABIC && !t.conj[j] && Outlets.definiteNisba(t.norm[j])
                && linker.startingAt(t.start[j]) == null) {
            j++;
        }
        return j;
    }

    /** Superlatives that stand before the criterion they grade (لأعلى المعايير، لأحدث الأنظمة). */
    private static final Set<String> SUPERLATIVES = java.util.stream.Stream.of("أعلى", "أفضل", "أحدث", "أرقى", "أهم",
            "أدق", "أشد", "أقصى", "أرفع").map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether the word at k, with ل or the article written on it or not, is in the {@code nonsource} list. */
    private boolean namesACriterion(int k) {
        if (k >= t.n || t.kind[k] != org.mirsad.core.model.TokenKind.ARABIC) {
            return false;
        }
        String w = t.norm[k];
        if (g.lex.in("nonsource", w)) {
            return true;
        }
        String bare = w.startsWith("ل") && !w.startsWith("لل") ? w.substring(1) : w;
        if (SUPERLATIVES.contains(bare) && k + 1 < t.n) {
            return namesACriterion(k + 1); // وفقًا لأعلى معايير الجودة: the criterion follows its superlative
        }
        if (w.startsWith("لل") && w.length() > 4) {
            return g.lex.in("nonsource", "ا" + w.substring(1)); // للقانون ▸ القانون
        }
        return w.startsWith("ل") && w.length() > 3 && g.lex.in("nonsource", w.substring(1));
    }

    /**
     * The end of who was told right after the verb — ل with a quoted name (لـ«عكاظ»), ل on a known outlet
     * (لرويترز) or an outlet head (لصحيفة الحياة), or a listener (للصحفيين) — else {@code k}.
     */
    private int pastWhoWasTold(int k, int b) {
        if (k + 1 < b && (t.norm[k].equals("ل") || t.norm[k].equals("لـ")) && g.closeTok[k + 1] > k + 1 && g.closeTok[k + 1] < b) {
            return g.closeTok[k + 1] + 1;
        }
        if (speakers.toldOutlet(k, b)) {
            int[] o = outlets.at(k, b, true);
            return o != null ? o[1] : k;
        }
        return speakers.skipAddressee(k, b);
    }

    /** Verbs whose statement may be a verbal-noun object (أعلنت الوزارة تسجيل ...، نفى المتحدث وقوع ...). */
    public static final Set<String> OBJECT_VERBS = Set.of("اعلن", "كشف", "نفي", "اكد", "اظهر", "قدر", "طالب", "رجح",
            "توقع", "اقترح", "اوصي", "جدد", "ابدي", "اعرب");

    /**
     * Where a verbal-noun object starts inside the noun phrase after a statement verb: the first
     * indefinite word after a definite one (the subject ends with its definite head or adjective),
     * not within a name; -1 if there is none.
     */
    private int objectStart(int from, int end, Hit hit) {
        if (!hit.lemmaIn(OBJECT_VERBS) || end - from < 2
                || intransitiveHomograph(hit)) {
            return -1;
        }
        for (int k = from + 1; k < end; k++) {
            if (coordinatedName(k)) {
                continue; // أعلنت الولايات المتحدة وكندا وأستراليا ...: the subjects, not the object
            }
            if (definite(k - 1) && !definite(k) && t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC
                    && !linker.insideName(t.start[k]) && !t.norm[k].equals("باسم")) {
                return afterOccasion(k);
            }
            if (linker.entityEndingAt(t.end[k - 1]) != null && afterOccasion(k) != k) {
                return afterOccasion(k); // أعلنت فرنسا وإيطاليا في بيان مشترك الأحد رفض ...
            }
            if (afterName(k) && !definite(k) && possessiveSuffix(k) && !linker.insideName(t.start[k])) {
                return k; // وأكد شتاينماير تفهمه قلق الرياض: a verbal noun with its pronoun after the name
            }
            if (afterName(k) && !definite(k) && !t.conj[k] && t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC
                    && !linker.insideName(t.start[k]) && !Outlets.definiteNisba(t.norm[k]) && k - 1 > from) {
                return k; // وأكدت وكالة وفا نجاة …: the object starts after the outlet's name
            }
        }
        return -1;
    }

    /**
     * Where an object starting at k really starts when k opens the occasion of the statement followed by a
     * time word or an addressee (أعلنت الوزارة في بيان مشترك الاثنين عدم ...، في بيان لها الخميس إغلاق ...):
     * after them; else k (في بيان مقتل ثلاثة: where the occasion ends is not written).
     */
    private int afterOccasion(int k) {
        if (!t.norm[k].equals("في") || k + 1 >= t.n || !g.occasion(k + 1)) {
            return k;
        }
        int j = g.forwardNp(k + 1, t.n);
        int np = j;
        while (j < t.n && (g.in("time", j) || g.in("addressee", j))) {
            j++;
        }
        return j > np && j < t.n && t.kind[j] == org.mirsad.core.model.TokenKind.ARABIC && !g.cueWord(j) ? j : k;
    }

    /**
     * Whether token k is و and a name the tagger found of the same type (place, organization or person) as
     * the name ending right before it: the next item of a list of names (الولايات المتحدة وكندا).
     */
    private boolean coordinatedName(int k) {
        if (!t.conj[k]) {
            return false;
        }
        org.mirsad.core.model.Entity before = linker.entityEndingAt(t.end[k - 1]);
        org.mirsad.core.model.Entity next = linker.startingAt(t.offsetAfter(k, 1));
        return before != null && next != null && before.type() == next.type()
                && before.type() != org.mirsad.core.model.EntityType.MISC;
    }

    /**
     * For a verb that takes a verbal-noun object, the object after the time words that end the subject
     * (أعلنت الوزارة الاثنين إغلاق المعبر، أعلنت مصادر قضائية أولا توقيف …): its first token; else -1.
     */
    private int objectAfterTime(int npEnd, int b, Hit hit) {
        if (!hit.lemmaIn(OBJECT_VERBS) || intransitiveHomograph(hit)) {
            return -1;
        }
        int j = npEnd;
        while (j < b) {
            if (g.in("time", j) || g.timeOfPeriod(j) || j > npEnd && g.timeOfPeriod(j - 1)) {
                j++;
            } else if (t.norm[j].equals(IN_WORD) && j + 1 < b && g.in("month", j + 1)) {
                j += 2; // أعلن ترامب في ديسمبر كانون الأول اعتراف …: the month is when
                while (j < b && (g.in("month", j) || ORDINAL_MONTH_PART.contains(t.norm[j])
                        || t.kind[j] == org.mirsad.core.model.TokenKind.NUMBER)) {
                    j++;
                }
            } else {
                break;
            }
        }
        return j > npEnd && j < b && t.kind[j] == org.mirsad.core.model.TokenKind.ARABIC && !g.cueWord(j)
                && !g.in("preposition", j) && !g.in("particle", j)
                && !((t.norm[j].startsWith("ب") || t.norm[j].startsWith("ل")) && t.norm[j].length() > 3 && !t.norm[j].startsWith("ال"))
                ? j : -1; // not وأعلن الخبر الجمعة بمناسبة …: a phrase with ب/ل is no object
    }

    private static final String IN_WORD = Lexicon.norm("في");
    /** The second word of a two-word month (كانون الأول، تشرين الثاني), normalized. */
    private static final Set<String> ORDINAL_MONTH_PART = Set.of(Lexicon.norm("الأول"), Lexicon.norm("الثاني"));

    /** Whether a name the tagger found ends right before token k. */
    private boolean afterName(int k) {
        org.mirsad.core.model.Entity e = linker.nameCovering(t.start[k - 1]);
        return e != null && e.span().end() == t.end[k - 1];
    }

    /** Whether the Arabic word at k ends with a possessive pronoun (ـه، ـها، ـهم، ـهما) on a stem of three letters or more. */
    private boolean possessiveSuffix(int k) {
        String w = t.norm[k];
        return t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC
                && (w.endsWith("هما") && w.length() >= 6 || w.endsWith("هم") && w.length() >= 5
                        || w.endsWith("ها") && w.length() >= 5 || w.endsWith("ه") && w.length() >= 4);
    }

    /** Particles that negate the verb after them in the past or future (لم يذكر، لن يتحدثوا), normalized. */
    private static final Set<String> NEGATIONS = Set.of("لم", "ولم", "فلم", "لن", "ولن", "فلن");
    /** لا before an imperfect: the verb says nothing (الكتاب لا يتحدث عن، لا تشير الأرقام إلى) unless it is a belief. */
    private static final Set<String> PRESENT_NEGATIONS = Set.of("لا", "ولا", "فلا");
    /** Verbs of belief and expectation, whose negation is still a stated view (لا يعتقد، لا يتوقع، لا يرى). */
    private static final Set<String> BELIEFS = java.util.stream.Stream.of("اعتقد", "توقع", "رأى", "ظن", "رجح")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** استبعد ("ruled out"), normalized: negated, it states a possibility (لم يستبعد الوزير أن). */
    private static final Set<String> RULING_OUT = Set.of(Lexicon.norm("استبعد"));

    /** Whether the cue verb is negated (except استبعد): لم/لن before it, لا before a verb that is no belief, or دون أن / بدون أن (دون أن توضح، الرواية لا تتحدث عن). */
    private boolean negated(Hit hit) {
        if (hit.lemmaIn(RULING_OUT)) {
            return false; // لم يستبعد أن: not ruling out is a statement
        }
        int f = hit.first();
        if (f >= 1 && NEGATIONS.contains(t.norm[f - 1])) {
            return true;
        }
        if (f >= 1 && PRESENT_NEGATIONS.contains(t.norm[f - 1])) {
            return !hit.lemmaIn(BELIEFS); // لا يعتقد الخبير أن: a belief held, stated in the negative
        }
        return f >= 2 && t.norm[f - 1].equals("ان") && (t.norm[f - 2].equals("دون") || t.norm[f - 2].equals("بدون"));
    }

    /** The objects of لفت in لفت النظر/الانتباه إلى ("drew attention to"), normalized: part of the cue, no speaker. */
    private static final Set<String> ATTENTION_WORDS = java.util.stream.Stream.of("النظر", "الانتباه", "الأنظار")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** لفت ("drew"), normalized. */
    private static final Set<String> DRAW = Set.of(Lexicon.norm("لفت"));

    /** قوله/قولها/قولهم ("his saying"), normalized: after a cue (وتابع قوله، وأضاف قولها) part of the cue. */
    private static final Set<String> SAYING = java.util.stream.Stream.of("قوله", "قولها", "قولهم", "قولهما")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether token k is the object of an idiom the cue makes with it, with the subject dropped: لفت النظر إلى أن,
     * وتابع قوله «...».
     */
    private boolean idiomObject(Hit hit, int k) {
        return k == hit.last() + 1 && (SAYING.contains(t.norm[k]) || hit.lemmaIn(DRAW) && ATTENTION_WORDS.contains(t.norm[k]));
    }

    /**
     * After an accusation verb, the noun phrases end before the ب that opens what the accused is charged with or
     * described as when it is quoted (اتهمت المعارضة الحكومة | بـ«المماطلة»، وصف البيان المستوطنين | "بالإرهابيين"):
     * the speaker's phrase, which may run through a quoted name (نقلت صحيفة «عكاظ»), does not run through the charge.
     */
    private int accusationPhraseEnd(Hit hit, int from, int end) {
        if (!hit.lemmaIn(ACCUSATION_VERBS)) {
            return end;
        }
        for (int k = from + 1; k < end; k++) {
            if (t.norm[k].equals("ب")) {
                return k; // بـ«المماطلة»
            }
            if (k - 1 > from && g.regionAt[k - 1] >= 0 && t.norm[k].startsWith("ب")) {
                return k - 1; // وصف X "بالمأذون": the quotation mark before the charge is the charge's
            }
        }
        return end;
    }

    /** A quotation at k whose first word carries ب (وصف شكري الاتفاق "بالإيجابي …"): the charge, quoted. */
    private boolean quotedCharge(int k) {
        return g.region(k) != null && k + 1 < t.n && t.norm[k + 1].startsWith("ب") && t.norm[k + 1].length() > 3;
    }

    /** Verbs whose one noun phrase before بـ / بأن is who or what is accused or described, not the speaker. */
    private static final Set<String> ACCUSATION_VERBS = Set.of("اتهم", "وصف");

    /**
     * For an accusation verb whose statement opens with بـ/بأن after two or more units (ووصفت الصحيفة خطاب
     * كونتي بالدرامي، اتهم البيان واشنطن بـ): the end of the first unit, the subject; the rest is who or what
     * is accused or described. Else -1.
     */
    private int accusationSubjectEnd(Hit hit, int from, int open) {
        if (!hit.lemmaIn(ACCUSATION_VERBS) || open <= from
                || !(t.norm[open].startsWith("ب") || t.norm[open - 1].equals("ب") || quotedCharge(open))) {
            return -1;
        }
        int stop = t.norm[open - 1].equals("ب") ? open - 1 : open;
        if (KUNYA.contains(t.bare[from])) {
            return -1; // أبو الغصن جحا: a name of several words the tagger may not have found
        }
        // the first unit: a name the tagger found, or one definite word, with its nisbas (البيان، ترامب)
        Entity first = linker.startingAt(t.start[from]);
        int k = first != null ? t.firstFrom(from + 1, stop, first.span().end()) : from + 1;
        while (k < stop && Outlets.definiteNisba(t.conj[k] ? t.bare[k] : t.norm[k])) {
            k++;
        }
        if ((first != null || definite(from)) && objectOpens(k, stop)) {
            return k; // ووصف البيان الهجوم بأنه، وصفت الصحيفة خطاب X بالدرامي، وصف ترامب الاتفاق بـ
        }
        for (int j = from; j < stop && !t.punct(j); j++) { // ولي العهد السعودي الأمير محمد بن سلمان الهجوم
            Entity e = linker.nameCovering(t.start[j]);
            if (e != null && e.type() == org.mirsad.core.model.EntityType.PERSON) {
                int end = t.firstFrom(j, stop, e.span().end());
                return objectOpens(end, stop) ? end : -1;
            }
        }
        return -1;
    }

    /** Whether an object can open at token k (before {@code stop}): a word of its own, not a name, rank or genitive. */
    private boolean objectOpens(int k, int stop) {
        return k < stop && t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC && !t.conj[k]
                && (!linker.insideName(t.start[k]) || linker.startingAt(t.start[k]) != null) // اتهمت المعارضة | حزب العدالة
                && !ACCUSER_TITLES.contains(t.norm[k]) && !t.norm[k].startsWith("ل") && !g.in("relative", k)
                && !Outlets.definiteNisba(t.norm[k]);
    }

    /** Words that open a name of several words (أبو، أم، ابن، بن), normalized. */
    private static final Set<String> KUNYA = java.util.stream.Stream.of("أبو", "أم", "ابن", "بن", "آل")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Ranks and titles that stand before the subject's name, not an object (الأمير، الشيخ، الرئيس), normalized. */
    private static final Set<String> ACCUSER_TITLES = java.util.stream.Stream.of("الأمير", "الشيخ", "الدكتور", "الرئيس",
            "الملك", "السيد", "اللواء", "العقيد", "المهندس", "الأستاذ", "الجنرال", "السفير", "الوزير")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether the noun phrase after an accusation verb is its object (اتهم واشنطن بـ«...»، ووصف الأمر
     * بأنه «غش»): the statement opens with بـ or بأن at {@code open} and all between the verb and it is one
     * unit — a word or a name with its nisba adjectives — so the speaker is the verb's subject elsewhere. With two units
     * (اتهم البيان واشنطن بـ) the first is the speaker ({@link #accusationSubjectEnd}); a verb with an object pronoun (وصفه) or a
     * person's name as the phrase keeps the phrase as its subject.
     */
    private boolean objectOfAccusation(Hit hit, int from, int open) {
        if (!hit.lemmaIn(ACCUSATION_VERBS)) {
            return false;
        }
        if (g.carriesObject(hit.first())) {
            return false; // الذي يصفه الخبراء بالمزمن: the pronoun is the object, the phrase the speaker
        }
        boolean withB = t.norm[open].startsWith("ب") || open > 0 && t.norm[open - 1].startsWith("ب") && t.norm[open - 1].length() <= 2;
        if (!withB) {
            return false;
        }
        int stop = open > from && t.norm[open - 1].equals("ب") ? open - 1 : open; // بـ«...»: the ب is the statement's
        int units = 0;
        for (int k = from; k < stop; units++) {
            if (t.punct(k)) {
                k++;
                units--;
                continue;
            }
            Entity e = linker.startingAt(t.start[k]);
            if (e != null && e.type() == org.mirsad.core.model.EntityType.PERSON) {
                return false; // ووصف كاتس، عضو ...: a person named right after the verb is its subject far more often
            }
            k = e != null ? t.firstFrom(k, stop, e.span().end()) : k + 1;
            while (k < stop && Outlets.definiteNisba(t.conj[k] ? t.bare[k] : t.norm[k])) {
                k++;
            }
        }
        return units == 1;
    }

    /**
     * An imperfect of أظهر (يُظهر "shows") is written like يَظهر "appears", which takes no object
     * (ويظهر الثنائي في المسلسل بلوك مختلف): its statement needs أن, a colon or a quotation.
     */
    private boolean intransitiveHomograph(Hit hit) {
        String word = t.conj[hit.first()] ? t.bare[hit.first()] : t.norm[hit.first()];
        return Lexicon.lemmaNorm(hit.form().lemma()).equals("اظهر") && !word.startsWith("اظهر");
    }

    private boolean definite(int k) {
        String w = t.conj[k] ? t.bare[k] : t.norm[k];
        return w.length() > 3 && (w.startsWith("ال") || w.startsWith("لل"));
    }

    /**
     * Whether a speaker phrase names exactly one person (وأضاف رئيس اللجنة سعد العقيل): singular, whatever the
     * verb before it says — so that a plural cue later (وأضافوا) does not fall back to that person.
     */
    private boolean onePerson(Mention speaker) {
        int k = t.tokenStartingAt(speaker.span().start());
        if (k < 0) {
            return false;
        }
        org.mirsad.core.model.Entity person = null;
        for (; k < t.n && t.start[k] < speaker.span().end(); k++) {
            org.mirsad.core.model.Entity e = linker.nameCovering(t.start[k]);
            if (e == null && (t.conj[k] || t.norm[k].equals("و"))) {
                return false; // X وعدد من المسؤولين: a coordination
            }
            if (e != null && e.type() == org.mirsad.core.model.EntityType.PERSON && e != person) {
                if (person != null) {
                    return false;
                }
                person = e;
            }
        }
        return person != null;
    }

    private Quote quote(Hit hit, Mention speaker, int[] content) {
        Span cue = new Span(hit.cueStart(), hit.cueEnd());
        Span c = new Span(content[0], content[1]);
        int start = Math.min(cue.start(), speaker == null ? cue.start() : Math.min(speaker.span().start(), cue.start()));
        int end = Math.max(c.end(), speaker == null ? c.end() : speaker.span().end());
        if (speaker != null) {
            // a verb before its subject is singular whatever the subject's number (أفاد شهود عيان)
            char number = speaker.span().start() >= cue.end() ? onePerson(speaker) ? 's' : '?' : hit.form().number();
            discourse.add(speaker, adjacent(hit, speaker) ? hit.form().gender() : '?', number, sentenceOf(hit.first()));
        }
        return new Quote(new Span(start, end), speaker, new Mention(cue, cue.in(t.text), null), c, content[2] == 1, List.of());
    }

    private int sentenceOf(int token) {
        int s = 0;
        while (s + 1 < t.sentStart.length && t.sentStart[s + 1] <= token) {
            s++;
        }
        return s;
    }

    /**
     * Outlets in the sentence outside every quote's speaker and content, nearest first: those named
     * ({@link Outlets#named}) or described by nisba adjectives ({@link Outlets#described}).
     */
    /**
     * An attribution phrase whose speaker is an outlet and whose content holds another statement with its
     * own speaker (وصرحت الأكاديمية في بيان أنها «...»، بحسب ما أعلنته «فرانس برس»): the outlet relayed
     * that statement, so it is the inner statement's via, not a speaker of its own.
     */
    private boolean relayedStatement(Quote p, List<Quote> here, int a, int b) {
        if (p.speaker() == null || !phraseCue(p, a, b)) {
            return false;
        }
        boolean inner = false;
        for (Quote q : here) {
            inner |= q != p && q.speaker() != null && p.content().start() <= q.cue().span().start()
                    && q.cue().span().end() <= p.content().end();
        }
        if (!inner) {
            return false;
        }
        for (int i = a; i < b; i++) {
            if (t.start[i] >= p.speaker().span().start()) {
                int[] o = outlets.at(i, b, false);
                return o != null && t.start[i] < p.speaker().span().end()
                        && (outlets.named(i, o, linker) != null || outlets.described(i, o) != null);
            }
        }
        return false;
    }

    /** Whether the quote's cue is an attribution phrase (بحسب، وفقًا لـ، نقلًا عن). */
    private boolean phraseCue(Quote q, int a, int b) {
        for (int i = a; i < b; i++) {
            if (t.end[i] > q.cue().span().start()) {
                return g.phraseStart(i);
            }
        }
        return false;
    }

    private List<String> sentenceVia(int a, int b, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return List.of();
        }
        List<String> via = new ArrayList<>();
        for (int i = a; i < b; i++) {
            int[] o = outlets.at(i, b, false);
            if (o == null && speakers.toldOutlet(i, b)) {
                o = outlets.at(i, b, true); // قال الوزير لبي بي سي: a name known as an outlet only where one is expected
            }
            if (o == null) {
                continue;
            }
            Span s = new Span(t.start[i], t.end[o[1] - 1]);
            boolean inside = false;
            for (Quote q : quotes) {
                if (q.content().overlaps(s) || q.speaker() != null && q.speaker().span().overlaps(s)) {
                    inside = true;
                }
            }
            int[] named = outlets.named(i, o, linker);
            if (named == null) {
                named = outlets.described(i, o);
            }
            if (!inside && named != null && !via.contains(outlets.name(named))) {
                via.add(outlets.name(named));
            }
            i = o[1] - 1;
        }
        for (int i = a; i + 1 < b; i++) {
            String told = toldQuotedName(i, b, quotes);
            if (told != null && !via.contains(told)) {
                via.add(told);
            }
        }
        return via;
    }

    /**
     * A short quoted name after a free-standing ل at token i that directly follows a statement's speaker or
     * cue, or an occasion word (قال المدير لـ«عكاظ»، ذكرت مصادر ل"الرياض"، في تصريح لـ«الشرق الأوسط»): the
     * outlet the statement was made to, as written inside the marks; else null.
     */
    private String toldQuotedName(int i, int b, List<Quote> quotes) {
        if (!t.norm[i].equals("ل") || i == 0) {
            return null;
        }
        int[] q = outlets.quotedName(i + 1, b);
        if (q == null) {
            return null;
        }
        int before = t.end[i - 1];
        boolean afterStatement = g.occasion(i - 1);
        for (Quote x : quotes) {
            if (x.content().start() < t.end[g.closeTok[i + 1]] && t.start[i] < x.content().end()) {
                return null; // inside what was said
            }
            afterStatement |= x.speaker() != null && x.speaker().span().end() == before || x.cue().span().end() == before;
        }
        int after = g.closeTok[i + 1] + 1;
        org.mirsad.core.model.Entity next = after < b ? linker.nameCovering(t.start[after]) : null;
        if (!afterStatement || next != null && next.type() == org.mirsad.core.model.EntityType.PERSON) {
            return null; // الرئيس التنفيذي لـ"فيسبوك" مارك زوكربيرغ: the title's genitive, the name goes on
        }
        String name = t.text.substring(t.start[i + 2], t.end[g.closeTok[i + 1] - 1]).strip();
        return name.isEmpty() ? null : name;
    }
}
