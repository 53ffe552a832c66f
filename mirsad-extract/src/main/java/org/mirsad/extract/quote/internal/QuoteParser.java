package org.mirsad.extract.quote.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.Mention;
import org.mirsad.core.model.Quote;
import org.mirsad.core.model.Span;

/**
 * Attribution over one document, sentence by sentence. For each cue ({@link CueFinder}):
 * <ol>
 *   <li>verbs: the speaker is the noun phrase after the verb (قال مسؤول أممي إن), else the one
 *       before it in the same clause (الوزارة قالت إن), else the antecedent of a relative pronoun
 *       (النقابة ... التي قالت إن), else — the subject is dropped (وأضاف أن) — the latest agreeing
 *       speaker ({@link Discourse}); impersonal verbs (قيل إن) have none;</li>
 *   <li>participles (مضيفًا أن، مشيرة إلى أن) continue the speaker of the statement before them;</li>
 *   <li>phrases (بحسب، وفقًا لـ، نقلًا عن، على لسان) take the noun phrase after them as speaker and
 *       the rest of their clause as content (before the phrase when it closes the sentence);</li>
 *   <li>content starts after the verb's preposition (أشار إلى) and complementizer (إن، أن، بأن), a
 *       colon, or an opening quotation mark (then it is direct and runs to the closing mark), and runs
 *       to the end of the sentence or to the next statement (a comma followed by a reporting
 *       verb with و, or by a participle);</li>
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

    /** A parser over a document's tokens and (possibly empty) entities. */
    public QuoteParser(TokenTable table, List<Entity> entities) {
        this.t = table;
        this.g = new Grammar(Lexicon.shared(), table);
        this.outlets = new Outlets(g);
        this.linker = new Linker(entities);
        this.subjects = new Subjects(g);
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
        return out;
    }

    /** Every outlet the document names, in order of first mention. */
    public List<String> sources() {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < t.n; i++) {
            int[] o = outlets.at(i, t.n, false);
            if (o != null) {
                names.add(outlets.name(o));
                i = o[1] - 1;
            }
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
                here.add(q);
                if (q.speaker() != null) {
                    lastSpeaker = q.speaker();
                    lastGender = adjacent(hit, q.speaker()) ? hit.form().gender() : '?';
                }
                while (h + 1 < hits.size() && q.content().start() > q.cue().span().end()
                        && t.start[hits.get(h + 1).first()] < q.content().start() && !relativeCue(hits.get(h + 1))) {
                    h++; // a cue between a verb and its content is part of its frame (رد على ذلك بالقول إن)
                }
            }
        }
        List<String> via = sentenceVia(a, b, here);
        for (Quote q : here) {
            out.add(via.isEmpty() ? q : new Quote(q.span(), q.speaker(), q.cue(), q.content(), q.direct(), via));
        }
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

    /** Tokens that attach a prepositional phrase to a speaker: مصدر في الوزارة، مسؤول من البلدية. */
    private static final java.util.Set<String> SPEAKER_PP = java.util.Set.of("في", "من", "ب", "لدي", "داخل");

    /** The end of the speaker noun phrase from {@code from} (see {@link #speakerEnd(int, int, Hit)}). */
    private int speakerEnd(int from, int b) {
        return speakerEnd(from, b, null);
    }

    /**
     * The end of the speaker noun phrase from {@code from}: the phrase, an attached لل genitive and one
     * attached prepositional phrase — not one the cue governs (يشتكي السكان من ...، أفتى الشيخ بجواز ...).
     */
    private int speakerEnd(int from, int b, Hit hit) {
        int end = g.forwardNp(from, b);
        if (hit != null && hit.form().npPrep() != null && hit.form().npPrep().length() == 1) {
            for (int k = from; k < end; k++) {
                if (t.norm[k].startsWith(hit.form().npPrep()) && t.norm[k].length() > 3 && !linker.insideName(t.start[k])) {
                    end = k;
                    break;
                }
            }
        }
        for (int k = from; k < end; k++) {
            if (k > from && t.norm[k].length() > 3 && t.norm[k].charAt(0) == 'ل' && g.outletHead(t.norm[k])) {
                return k; // "قال الوزير لصحيفة X": the outlet is an addressee/via, not the speaker
            }
        }
        if (end > from && end < b && genitiveL(end)) {
            end = g.forwardNp(end + 1, b); // المدير التنفيذي للجمعية، المدير العام للحماية المدنية
        }
        if (end > from && end + 1 < b && SPEAKER_PP.contains(t.norm[end]) && !governed(end, hit)) {
            int pp = g.forwardNp(end + 1, b);
            if (pp > end + 1) {
                return pp;
            }
        }
        return end;
    }

    /** Whether token k is the preposition the cue itself takes (حذر من، شدد على، اشتكى من). */
    private boolean governed(int k, Hit hit) {
        if (hit == null) {
            return false;
        }
        String w = t.norm[k];
        return w.equals(hit.form().prep()) || w.equals(hit.form().npPrep());
    }

    /**
     * A genitive with attached لل continuing a speaker (مدير الإدارة العامة للجمارك): not an
     * addressee (للصحفيين), not an outlet (للتلفزيون، لصحيفة) and not a known agency.
     */
    private boolean genitiveL(int k) {
        String w = t.norm[k];
        return t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC && w.length() > 4 && w.startsWith("لل")
                && !g.in("addressee", k) && !g.outletHead("ا" + w.substring(1)) && outlets.at(k, t.n, true) == null;
    }

    /** Skips an addressed outlet or listener right after the speaker (لصحيفة X، للصحفيين). */
    private int skipAddressee(int k, int b) {
        if (k < b && t.norm[k].length() > 3 && t.norm[k].charAt(0) == 'ل' && g.outletHead(t.norm[k])) {
            int[] o = outlets.at(k, b, true);
            return o != null ? o[1] : g.forwardNp(k + 1, b) > k + 1 ? g.forwardNp(k + 1, b) : k + 1;
        }
        if (k < b && g.in("addressee", k)) {
            return k + 1;
        }
        return k;
    }

    private Quote verb(int s, int a, int b, Hit hit, int nextCue) {
        int f = hit.first();
        for (int k = hit.last() + 1; k < b && k <= hit.last() + 4 && !t.punct(k); k++) {
            if (g.in("gesture", k)) {
                return null; // أشار (الحكم) بيده إلى ...: a gesture
            }
        }
        if (f >= 2 && g.complementizer(f - 1) && g.in("plan", f - 2)) {
            return null; // من المقرر أن تعلن اللجنة ...، يتوقع أن يعلن: a plan, not a statement
        }
        if (relativeCue(hit) && hit.last() + 1 < b && g.in("pp-pronoun", hit.last() + 1)) {
            return null; // الوثائق التي أعلنت عنها إسرائيل: the antecedent is what was announced
        }
        int after = hit.last() + 1;
        while (after < b && (g.manner(after) || g.in("pp-pronoun", after))) {
            after++; // تضيف ضاحكة: ...، فرد بحدة: ...، قال عنه الخبير
        }
        int[] pre = subjects.before(a, hit);
        if (pre != null) {
            int[] source = reportedSource(after, after, b, hit);
            if (source != null) {
                pre = source; // الموقع نقل عن مسؤول أن ...
                after = source[1];
            }
            int open = opener(after, b, hit);
            if (open >= 0) {
                int[] content = content(open, b, hit, nextCue);
                return content == null ? null : quote(hit, mention(pre[0], pre[1], hit), content);
            }
        }
        int npEnd = speakerEnd(after, b, hit);
        int[] source = reportedSource(after, npEnd, b, hit);
        if (source != null) {
            int open = opener(source[1], b, hit);
            if (open >= 0) {
                int[] content = content(open, b, hit, nextCue);
                return content == null ? null : quote(hit, mention(source[0], source[1], hit), content);
            }
        }
        Mention speaker = null;
        int contentFrom;
        int afterSpeaker = skipAddressee(npEnd, b);
        int open = npEnd > after ? opener(afterSpeaker, b, hit) : -1;
        if (open >= 0) {
            speaker = mention(after, npEnd, hit);
            contentFrom = open;
        } else if (npEnd > after && npEnd < b && g.in("object", npEnd)) {
            speaker = mention(after, npEnd, hit); // أكد الوزير ضرورة ...: the abstract object is the content
            contentFrom = npEnd;
        } else {
            int direct = opener(after, b, hit);
            if (direct < 0 && !g.in("object", after)) {
                int object = objectStart(after, npEnd, hit);
                if (object < 0) {
                    return quoteBefore(a, hit, after, npEnd); // «...»، يقول أبو فيصل
                }
                int[] content = content(object, b, hit, nextCue);
                return content == null ? null : quote(hit, mention(after, object, hit), content);
            }
            contentFrom = direct >= 0 ? direct : after;
            speaker = subjectBefore(s, a, hit);
        }
        int[] content = content(contentFrom, b, hit, nextCue);
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
        return content[0] < content[1] ? quote(hit, mention(after, npEnd, hit), content) : null;
    }

    /**
     * "نقل/نقلت X عن Y (قوله) إن ...": the source Y after عن is the speaker (X is the channel); the
     * tokens {@code {first, end}} of Y, or null.
     */
    private int[] reportedSource(int after, int npEnd, int b, Hit hit) {
        if (hit.form().prep() == null || !hit.form().prep().equals("عن") || !"نقل".equals(hit.form().lemma())) {
            return null;
        }
        int k = skipAddressee(npEnd, b);
        while (k < b && (t.comma(k) || g.in("time", k))) {
            k++; // نقل الموقع الشهر الماضي عن مسؤول
        }
        if (k >= b || !t.norm[k].equals("عن")) {
            return null;
        }
        int end = speakerEnd(k + 1, b);
        if (end - 1 > k + 1 && possessive(end - 1)) {
            end--; // عن مسؤول قوله إن: the verbal noun is not part of the source
        }
        return end > k + 1 ? new int[] {k + 1, end} : null;
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
        boolean relative = end - 1 >= a && g.in("relative", end - 1);
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
        if (start < end && (relative || g.clauseStart(start, a))) {
            return mention(start, end, hit);
        }
        return dropped(s, a, hit);
    }

    /**
     * The speaker of a cue with no subject of its own: the topic of an "أما X فـ" sentence, else the
     * latest agreeing speaker ({@link Discourse}), else the latest person named before the cue.
     */
    private Mention dropped(int s, int a, Hit hit) {
        int[] topic = subjects.topicBefore(a, hit.first());
        if (topic != null) {
            return mention(topic[0], topic[1], hit);
        }
        Discourse.Entry e = discourse.resolve(hit.form().gender(), hit.form().number(), s);
        if (e != null) {
            return e.mention();
        }
        org.mirsad.core.model.Entity p = linker.personBefore(t.start[hit.first()]);
        return p == null ? null : new Mention(p.span(), p.text(), p.canonical());
    }

    private Quote participle(int s, int a, int b, Hit hit, Mention last, int nextCue) {
        if (adjective(hit)) {
            return null;
        }
        Mention speaker = last != null ? last : dropped(s, a, hit);
        int[] content = content(hit.last() + 1, b, hit, nextCue);
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
        return k >= t.n || !(opensContent(k, hit) || k + 1 < t.n && opensContent(k + 1, hit));
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
        int[] outlet = outlets.at(from, b, true);
        int npEnd = outlet != null ? outlet[1] : speakerEnd(from, b);
        if (npEnd <= from || npEnd == from + 1 && possessive(from)) {
            return null; // بحسب قوله، حسب معتقداته: no source named
        }
        if (hit.form().asper() && g.in("reporting-via", from - 1)) {
            for (int k = npEnd; k < b && k <= npEnd + 3 && !t.punct(k); k++) {
                int src = t.norm[k].equals("عن") ? speakerEnd(k + 1, b) : -1;
                if (src > k + 1) {
                    from = k + 1; // بحسب ما نقلته الوكالة الوطنية للإعلام عن الوزير: the minister speaks
                    npEnd = src;
                    break;
                }
            }
        }
        Mention speaker = mention(from, npEnd, hit);
        int cStart;
        int cEnd;
        int rest = skipAddressee(npEnd, b); // كما قالت المتحدثة لوكالة فرانس برس.
        boolean closesSentence = rest >= b - 1 || t.stop(rest) || rest < b && t.is(rest, '.');
        if ((closesSentence || trailing(hit, a, npEnd, b)) && hit.first() > a) {
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
            int k = npEnd;
            while (k < b && t.comma(k)) {
                k++;
            }
            if (ownStatementFollows(k, b)) {
                return null; // على لسان المنسقة، أعربت الأمم المتحدة عن ...: the verb carries the statement
            }
            int e = Math.min(b, nextCue);
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

    /** A single noun with a possessive pronoun (قوله، تعبيرها، معتقداته), not a name. */
    private boolean possessive(int k) {
        String w = t.norm[k];
        boolean suffix = g.lastLetter(k) == '\u0647' || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما");
        return t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC && w.length() > 3 && suffix
                && !linker.insideName(t.start[k]);
    }

    /**
     * An attribution phrase after a comma closes the clause before it (...، بحسب خبراء تحدثت إليهم
     * الصحيفة.) unless the sentence goes on after its speaker with another comma that does not open
     * a relative clause (وفي السياق، وبحسب مصادر، فإن ...).
     */
    private boolean trailing(Hit hit, int a, int npEnd, int b) {
        int p = hit.first() - 1;
        if (p <= a || !t.comma(p) && g.openOf[p] < 0) {
            return false; // after a comma or a closing quotation mark («...» بحسب ما كتب X)
        }
        for (int k = npEnd; k < b; k++) {
            if (t.comma(k) && !g.quoted[k]) {
                return k + 1 < b && g.in("relative", k + 1);
            }
        }
        return true;
    }

    /** A reporting verb of its own right after the phrase's speaker (and an apposition). */
    private boolean ownStatementFollows(int k, int b) {
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

    /** Verbs whose statement may be a verbal-noun object (أعلنت الوزارة تسجيل ...، نفى المتحدث وقوع ...). */
    public static final Set<String> OBJECT_VERBS = Set.of("اعلن", "كشف", "نفي", "اكد", "اظهر", "قدر", "طالب", "رجح",
            "توقع", "اقترح", "اوصي", "جدد", "ابدي", "اعرب");

    /**
     * Where a verbal-noun object starts inside the noun phrase after a statement verb: the first
     * indefinite word after a definite one (the subject ends with its definite head or adjective),
     * not within a name; -1 if there is none.
     */
    private int objectStart(int from, int end, Hit hit) {
        if (hit.form().lemma() == null || !OBJECT_VERBS.contains(Lexicon.norm(hit.form().lemma())) || end - from < 2) {
            return -1;
        }
        for (int k = from + 1; k < end; k++) {
            if (definite(k - 1) && !definite(k) && t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC
                    && !linker.insideName(t.start[k]) && !t.norm[k].equals("باسم")) {
                return k;
            }
        }
        return -1;
    }

    private boolean definite(int k) {
        String w = t.conj[k] ? t.bare[k] : t.norm[k];
        return w.length() > 3 && (w.startsWith("ال") || w.startsWith("لل"));
    }

    /** Tokens an opener may lie after the speaker: time words, "في بيان"، "للصحفيين"، an apposition. */
    public static final int OPENER_WINDOW = 14;

    /**
     * The first token from {@code from} (within {@link #OPENER_WINDOW} tokens, before any sentence
     * stop or other reporting verb) where content opens, or -1.
     */
    private int opener(int from, int b, Hit hit) {
        boolean inRelative = relativeCue(hit);
        int skipped = 0;
        for (int k = from; k < b && k - from - skipped <= OPENER_WINDOW; k++) {
            if (t.stop(k) || k > from && g.cueWord(k) && !continuation(k) || inRelative && t.comma(k)) {
                return -1;
            }
            if (t.comma(k) && k + 1 < b && g.in("relative", k + 1)) {
                int close = k + 2;
                while (close < b && !t.comma(close) && !t.stop(close)) {
                    close++;
                }
                skipped += close - k - 1;
                k = close - 1; // the speaker's relative clause (، الذي تحدث شريطة ...،) is not the content
                continue;
            }
            if (!t.comma(k) && opensContent(k, hit) && !quotedName(k)) {
                return k;
            }
        }
        return -1;
    }

    /** A continuation cue (بالقول) at k: part of the verb before it. */
    private boolean continuation(int k) {
        for (CueForm f : g.formsAt(k)) {
            if (f.kind() == CueForm.Kind.PARTICIPLE && f.gender() == '?') {
                return true;
            }
        }
        return false;
    }

    /** A cue right after a relative pronoun (النقابة، التي قالت إن ...): its statement ends with the clause. */
    private boolean relativeCue(Hit hit) {
        return hit.first() > 0 && g.in("relative", hit.first() - 1);
    }

    /** A short quoted name after ل، مع، عن or an outlet word (لـ"الشروق"، مع "هسبورت"): who was told, not what. */
    private boolean quotedName(int k) {
        if (g.region(k) == null || outlets.quotedName(k, t.n) == null || k == 0) {
            return false;
        }
        String p = t.norm[k - 1];
        return p.equals("ل") || p.equals("مع") || p.equals("عن") || p.equals("موقع") || g.outletHead(p);
    }

    /** Whether content can start at token i for this cue: preposition, complementizer, colon or quote mark. */
    private boolean opensContent(int i, Hit hit) {
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
        if (hit.form().prep() != null && t.norm[k].equals(Lexicon.norm(hit.form().prep())) && k + 1 < t.n) {
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
    private boolean nominal(int k, Hit hit) {
        String p = hit.form().npPrep();
        if (p == null || t.punct(k)) {
            return false;
        }
        String w = t.norm[k];
        return w.equals(p) || p.length() == 1 && w.length() > 3 && w.startsWith(p) && !g.complementizer(k)
                && t.kind[k] == org.mirsad.core.model.TokenKind.ARABIC && !g.phraseStart(k);
    }

    /** Content offsets [start, end) and direct flag (1/0) from token i, or null when none. */
    private int[] content(int i, int b, Hit hit, int nextCue) {
        int k = i;
        while (k < b && t.comma(k)) {
            k++;
        }
        if (k < b && hit.form().prep() != null && t.norm[k].equals(Lexicon.norm(hit.form().prep()))) {
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
        if (k < b && g.complementizer(k)) {
            k++; // إن، أن، بأن, and with an attached pronoun (أنها): the statement follows
        }
        if (k >= b) {
            return null;
        }
        QuoteMarks.Region r = g.region(k);
        if (r != null && r.closed()) {
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
        boolean direct = g.region(k) != null;
        int startOff = direct ? t.start[k] + 1 : t.start[k];
        int endOff = t.end[end - 1];
        if (direct && (t.is(end - 1, '»') || t.is(end - 1, '”'))) {
            endOff = t.start[end - 1];
        }
        return startOff < endOff ? new int[] {startOff, endOff, direct ? 1 : 0} : null;
    }

    /** A new statement starts at j: after a comma, a reporting verb with و, a participle, or a phrase. */
    private boolean startsNewStatement(int j) {
        if (j == 0 || !t.comma(j - 1) && !g.complementizer(j - 1)) {
            return t.conj[j] && g.cueWord(j) || g.phraseStart(j) && !g.quoted[j];
        }
        return g.cueWord(j) || g.phraseStart(j);
    }

    private Mention mention(int from, int to, Hit hit) {
        int start = from == hit.npFrom() ? hit.npOff() : t.start[from];
        if (start >= t.end[to - 1]) {
            start = t.start[from];
        }
        Span span = new Span(start, t.end[to - 1]);
        Linker.Link link = linker.link(span, t.norm[from], to < t.n ? t.start[to] : t.end[to - 1]);
        Mention m = new Mention(link.span(), link.span().in(t.text), link.canonical());
        return m;
    }

    private Quote quote(Hit hit, Mention speaker, int[] content) {
        Span cue = new Span(hit.cueStart(), hit.cueEnd());
        Span c = new Span(content[0], content[1]);
        int start = Math.min(cue.start(), speaker == null ? cue.start() : Math.min(speaker.span().start(), cue.start()));
        int end = Math.max(c.end(), speaker == null ? c.end() : speaker.span().end());
        if (speaker != null) {
            // a verb before its subject is singular whatever the subject's number (أفاد شهود عيان)
            char number = speaker.span().start() >= cue.end() ? '?' : hit.form().number();
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

    /** Outlets in the sentence outside every quote's speaker and content, nearest first. */
    private List<String> sentenceVia(int a, int b, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return List.of();
        }
        List<String> via = new ArrayList<>();
        for (int i = a; i < b; i++) {
            int[] o = outlets.at(i, b, false);
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
            if (!inside && !via.contains(outlets.name(o))) {
                via.add(outlets.name(o));
            }
            i = o[1] - 1;
        }
        return via;
    }
}
