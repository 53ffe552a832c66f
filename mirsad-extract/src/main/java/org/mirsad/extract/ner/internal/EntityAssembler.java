package org.mirsad.extract.ner.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.arabic.CliticSegmenter;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Span;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;

/**
 * Turns BIO tags over tokens into entities. Rules:
 * <ol>
 *   <li>a chunk is a B- tag and the I- tags of the same type after it (an I- without a B- starts a
 *       chunk); its span runs from its first token's start to its last token's end;</li>
 *   <li>a mention that is a title or role word alone (الرئيس، الوزير), the first word of a title of several
 *       words (ولي | العهد), an ordinal (الثاني), or a common noun for armed groups alone (الميليشيا), is not an
 *       entity, nor is a person that is the head word of a name alone (النادي);</li>
 *   <li>a single-letter proclitic (و ف ب ل ك) on a mention whose bare form the document names elsewhere
 *       is left out of the mention (وماكماستر ▸ ماكماستر when ماكماستر is named), as is one on a name the
 *       lexicons know, the head of a name (لوزارة الداخلية ▸ وزارة الداخلية) or a common word while the
 *       whole word is rare (see {@link #procliticLength});</li>
 *   <li>canonical: for persons, the longest person mention of the document whose words end with
 *       (or contain) this mention's words ("الحداد" → "سلمى الحداد"); for others, the longest
 *       mention of the same type with the same normalized words; else the mention itself; without the
 *       marks of a hashtag (#نادين_نجيم ▸ نادين نجيم);</li>
 *   <li>role, for persons: the title words directly before the name, from the nearest title word
 *       within {@link #MAX_ROLE_WORDS} words (وزير الخارجية الأردني، وزير التجارة والاستثمار), also across one
 *       comma (الرئيس الأميركي، دونالد ترمب). Between the title and the name may stand definite words (also
 *       after ل: المدير الفني للنادي), nisbas, words of an organization or place named before the person
 *       (رئيس غامبيا السابق), لدى (مندوب الأردن لدى الجامعة العربية) and a bare noun governed by a bare title
 *       (رئيس وزراء البلاد، وزير خارجية إيران; not مثل، بعد ...). A title word with و written on it
 *       (ومبعوث) counts as a title; the limit does not cut a title from the noun it governs (نائب الوزير
 *       ومبعوث ...). The walk goes no further back than a title with ب (بالرئيس X: the role starts after
 *       the ب, which is left out) or a title or nisba with the conjunction و/ف right before the name (which
 *       opens the name's own list item: مدرب الاتحاد والصربي X ▸ no role; the و is left out of the role);
 *       there is none when the name carries ل, ب, و or ف (الطبيب السابق لدونالد ترامب; رئيس البرلمان X وY).
 *       Or, after the name, a comma and a phrase opening with a title word without و, up to the next
 *       punctuation (نادية حمدي، مديرة مستشفى الجامعة).</li>
 * </ol>
 */
public final class EntityAssembler {

    /** Longest role phrase, in words. */
    public static final int MAX_ROLE_WORDS = 6;
    /**
     * Most words of a role before the name: an office with its complements runs longer than a description
     * after it (رئيس فريق التنظيم باللجنة المحلية للانتخابات المهندس X).
     */
    public static final int ROLE_WORDS_BEFORE = 9;

    private final String text;
    private final Lexicons lexicons;
    /** The sentences of the document being assembled. */
    private List<List<Token>> sentencesOfDocument = List.of();

    /** An assembler over the document {@code text}. */
    public EntityAssembler(String text, Lexicons lexicons) {
        this.text = text;
        this.lexicons = lexicons;
    }

    private record Chunk(List<Token> sentence, int from, int to, EntityType type) {
    }

    /** The entities of a document, in text order. */
    public List<Entity> assemble(List<List<Token>> sentences, List<List<String>> tags) {
        this.sentencesOfDocument = sentences;
        this.documentForms = null;
        List<Chunk> chunks = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> toks = sentences.get(s);
            List<String> y = joinHyphenatedNames(toks, tags.get(s));
            int i = 0;
            while (i < toks.size()) {
                String tag = y.get(i);
                EntityType type = type(tag);
                if (type == null) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < toks.size() && y.get(j).startsWith("I-") && type(y.get(j)) == type) {
                    j++;
                }
                while (type == EntityType.PERSON && j < toks.size() && KINSHIP.contains(toks.get(j - 1).norm())
                        && toks.get(j).kind() == TokenKind.ARABIC) {
                    j++; // عبدالله بن مساعد: the word after بن is the father's name, even when it is also a title
                    while (j < toks.size() && y.get(j).startsWith("I-") && type(y.get(j)) == type) {
                        j++;
                    }
                }
                int end = j;
                while (type == EntityType.ORG && end - i > 1) {
                    String last = toks.get(end - 1).norm();
                    if (TIME_WORDS.contains(last)) {
                        end--; // وزارة الصحة اليوم الجمعة ▸ وزارة الصحة: the day the statement was made is no part of the name
                    } else if (RELATIVE_TIME.contains(last) && end - i > 2 && PERIODS.contains(toks.get(end - 2).norm())) {
                        end -= 2; // محكمة ألمانية العام الماضي ▸ محكمة ألمانية
                    } else {
                        break;
                    }
                }
                if (type == EntityType.ORG) {
                    end = orgEnd(toks, i, end, j < toks.size() && y.get(j).startsWith("B-") && type(y.get(j)) == EntityType.PERSON);
                }
                while (type == EntityType.PERSON && end - i >= 2 && descriptorBeforeName(toks.get(i))) {
                    i++; // والفيليبيني ماني باكياو، والثاني موسى مصطفى موسى: the adjective is no part of the name
                }
                if (!(end - i == 1 && (isTitle(toks.get(i)) || isGroupNoun(toks.get(i)) || opensTitle(toks, i)
                        || ORDINALS.contains(ArabicForms.norm(toks.get(i).text(text)))
                        || type == EntityType.PERSON && isHead(toks.get(i)) || verbAfterParticle(toks, i)
                        || nileAsUndermining(toks, i) || levelAfterAla(toks, i) || monthWithGloss(toks, i)
                        || acronymPiece(toks, i) || measureOrIdiom(toks, i) || countedCurrency(toks, i)))
                        && hasWord(toks, i, end)) {
                    EntityType as = end - i == 1 && (product(toks.get(i)) || god(toks.get(i))) ? EntityType.MISC
                            : type == EntityType.LOC && clubOfCity(toks, i, end) ? EntityType.ORG : type;
                    chunks.add(new Chunk(toks, i, end, as));
                }
                i = j;
            }
        }
        dropNisbasAfterTitles(chunks);
        List<String> surfaces = new ArrayList<>(chunks.size());
        List<String> keys = new ArrayList<>(chunks.size());
        List<Span> spans = new ArrayList<>(chunks.size());
        for (int k = 0; k < chunks.size(); k++) {
            Chunk c = chunks.get(k);
            Span span = span(c, listed(chunks, k), k > 0 && chunks.get(k - 1).sentence() == c.sentence()
                    && chunks.get(k - 1).to() == c.from() && chunks.get(k - 1).type() == c.type() && c.type() == EntityType.LOC);
            spans.add(span);
            surfaces.add(nameOf(c, span));
            keys.add(key(c));
        }
        List<Entity> out = new ArrayList<>(chunks.size());
        for (int k = 0; k < keys.size(); k++) {
            String bare = withoutProclitic(keys.get(k));
            String tail = " " + bare;
            if (!bare.equals(keys.get(k)) && (keys.contains(bare) || keys.stream().anyMatch(x -> x.endsWith(tail)))) {
                keys.set(k, bare); // لماريني is ماريني when the document names ماريني
                Token first = chunks.get(k).sentence().get(chunks.get(k).from());
                Span sp = spans.get(k);
                if (sp.start() == first.start()) { // and the mention leaves the preposition out
                    int cut = ArabicForms.surfaceOffset(first.text(text), 1);
                    if (sp.start() + cut < sp.end()) {
                        spans.set(k, new Span(sp.start() + cut, sp.end()));
                        surfaces.set(k, nameOf(chunks.get(k), spans.get(k)));
                    }
                }
            }
        }
        List<String> padded = new ArrayList<>(keys.size()); // " word word ": whole-word containment by contains()
        for (String key : keys) {
            padded.add(" " + key + " ");
        }
        java.util.Map<String, Integer> occurrences = new java.util.HashMap<>();
        for (int k = 0; k < chunks.size(); k++) {
            if (chunks.get(k).type() == EntityType.PERSON) {
                occurrences.merge(keys.get(k), 1, Integer::sum);
            }
        }
        java.util.Set<String> oneOffTails = new java.util.HashSet<>();
        for (String key : occurrences.keySet()) {
            if (oneOffTail(key, occurrences, lexicons)) {
                oneOffTails.add(key);
            }
        }
        for (int k = 0; k < chunks.size(); k++) {
            Chunk c = chunks.get(k);
            Span span = spans.get(k);
            String canonical = surfaces.get(k);
            int best = keys.get(k).length();
            for (int m = 0; m < chunks.size(); m++) {
                if (chunks.get(m).type() != c.type() || keys.get(m).length() <= best) {
                    continue;
                }
                if (c.type() == EntityType.PERSON && oneOffTails.contains(keys.get(m))) {
                    continue; // محمد بن سلمان أسس (once) beside محمد بن سلمان (often): the tagger ran past the name once
                }
                String longer = padded.get(m);
                String mine = padded.get(k);
                boolean links = c.type() == EntityType.PERSON ? partOfName(longer, mine) : longer.equals(mine);
                if (links) {
                    canonical = surfaces.get(m);
                    best = keys.get(m).length();
                }
            }
            if (canonical.equals(surfaces.get(k))) {
                for (int m = 0; m < chunks.size(); m++) {
                    if (m != k && chunks.get(m).type() == c.type() && keys.get(m).equals(keys.get(k))
                            && surfaces.get(m).length() < surfaces.get(k).length()) {
                        canonical = surfaces.get(m); // لماريني → ماريني: the form without the attached preposition
                        break;
                    }
                }
            }
            String role = c.type() == EntityType.PERSON ? role(c, span, k > 0 && chunks.get(k - 1).sentence() == c.sentence()
                    && chunks.get(k - 1).to() == c.from() - 1 && chunks.get(k - 1).type() == EntityType.PERSON,
                    namedTokens(chunks, k), orgStarts(chunks, k)) : null;
            out.add(new Entity(span, span.in(text), c.type(), canonical, role));
        }
        return out;
    }

    /**
     * Whether a person's form occurs once in the document and extends by one word a name of two words or
     * more that occurs at least twice, and that word reads as no name: a clitic-shaped word, a title or a
     * feminine adjective (نادين لبكي بفيلم، محمد بن سلمان سيلتقي، X ولي beside the frequent name): a one-off
     * tail the tagger added, not the fullest name (هزاع بن زايد آل نهيان، ماريو عبدو بينيتيز stay).
     */
    private static boolean oneOffTail(String key, java.util.Map<String, Integer> occurrences, Lexicons lexicons) {
        int sp = key.lastIndexOf(' ');
        if (occurrences.getOrDefault(key, 0) != 1 || sp <= 0) {
            return false;
        }
        String head = key.substring(0, sp);
        if (head.indexOf(' ') < 0 || occurrences.getOrDefault(head, 0) < 2) {
            return false; // the frequent form must be a name of two words or more (كيم ▸ كيم جونغ أون stays)
        }
        String tail = key.substring(sp + 1);
        int names = LexClass.GIVEN_MALE.bit() | LexClass.GIVEN_FEMALE.bit() | LexClass.PERSON.bit() | LexClass.NAME_PARTICLE.bit();
        if ((lexicons.classesOf(tail) & names) != 0 || tail.length() < 2) {
            return false;
        }
        boolean verb = "\u064A\u062A\u0646\u0633".indexOf(tail.charAt(0)) >= 0; // ي ت ن س: an imperfect (يتكلم، سيلتقي)
        boolean clitic = "\u0628\u0644\u0641\u0648".indexOf(tail.charAt(0)) >= 0 && tail.length() > 3
                && lexicons.clusters().of(tail.substring(1)) != null; // بفيلم، لباريس: ب/ل/ف/و + a word (not بينيتيز)
        boolean title = (lexicons.classesOf(tail) & LexClass.TITLE.bit()) != 0;
        boolean feminineAdjective = tail.startsWith("\u0627\u0644") && tail.endsWith("\u0647");
        return verb || clitic || title || feminineAdjective; // بفيلم، لباريس، يتكلم، سيلتقي، ولي، الرائعه: no name word
    }

    /** The key without a single-letter proclitic (و ف ب ل ك) on its first word, if long enough. */
    private static String withoutProclitic(String key) {
        if (key.length() > 4 && ArabicForms.ONE_LETTER_PROCLITICS.indexOf(key.charAt(0)) >= 0 && key.indexOf(' ') != 1) {
            return key.substring(1);
        }
        return key;
    }

    private static EntityType type(String tag) {
        if (tag == null || tag.length() < 3 || tag.charAt(1) != '-') {
            return null;
        }
        return switch (tag.substring(2)) {
            case "PERSON", "PERS" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORG;
            case "LOC" -> EntityType.LOC;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }

    private static boolean hasWord(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            TokenKind k = toks.get(i).kind();
            if (k == TokenKind.ARABIC || k == TokenKind.LATIN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a mention follows another mention directly or a comma: in a list, where a و in front of it is the
     * conjunction (ميسي وسواريز، نيمار، ومبابي).
     */
    private boolean listed(List<Chunk> chunks, int k) {
        Chunk c = chunks.get(k);
        if (k > 0 && chunks.get(k - 1).sentence() == c.sentence() && chunks.get(k - 1).to() == c.from()) {
            return true;
        }
        if (c.from() == 0) {
            return false;
        }
        Token before = c.sentence().get(c.from() - 1);
        return before.kind() == TokenKind.PUNCT && ",\u060C".indexOf(text.charAt(before.start())) >= 0;
    }

    private Span span(Chunk c, boolean listed, boolean afterSameType) {
        int to = c.to();
        while (to > c.from() + 1 && c.sentence().get(to - 1).kind() == TokenKind.PUNCT) {
            to--;
        }
        Token first = c.sentence().get(c.from());
        int cut = procliticLength(first, listed, afterSameType);
        if (cut == 0 && to - c.from() >= 2 && first.prefix().isEmpty()) {
            cut = procliticOnKnownName(c, to);
        }
        if (cut == 0 && c.type() == EntityType.PERSON && first.prefix().isEmpty()) {
            cut = conjunctionOnGivenName(first, to - c.from());
        }
        int start = first.start() + cut;
        int end = c.sentence().get(to - 1).end();
        return new Span(start < end ? start : first.start(), end);
    }

    private static final int NAME_CLASSES = LexClass.COUNTRY.bit() | LexClass.CITY.bit() | LexClass.REGION.bit()
            | LexClass.ORG.bit() | LexClass.MEDIA.bit() | LexClass.PERSON.bit() | LexClass.GIVEN_MALE.bit()
            | LexClass.GIVEN_FEMALE.bit();

    /**
     * UTF-16 length of the conjunction or preposition in front of a mention's first word, which the mention
     * leaves out (rule {@code PROCLITIC_OUTSIDE}): the letters before an attached article (وبالعراق ▸
     * العراق، بالرباط ▸ الرباط), or a single و ف ب ل ك when the rest is a name the lexicons know (ومصر ▸
     * مصر، لفرنسا ▸ فرنسا), unless the whole word is a name (لبنان). A merged لل stays (وللاتحاد
     * الأوروبي ▸ للاتحاد الأوروبي), as the article has no letter of its own there.
     */
    private int procliticLength(Token t, boolean listed, boolean afterSameType) {
        String surface = t.text(text);
        if (listed && t.prefix().isEmpty() && placeAfterConjunction(surface)) {
            return ArabicForms.surfaceOffset(surface, 1); // الرياض وجدة: and Jeddah, in a list of places, not Oujda
        }
        String p = t.prefix();
        if (p.length() > 2 && p.endsWith("\u0627\u0644")) {
            return articleNameWord(t) ? ArabicForms.surfaceOffset(surface, p.length() - 2) : 0;
        }
        if (p.endsWith("\u0644\u0644")) {
            // ل + a word beginning with ل (للندن ▸ لندن) leaves the ل out; a merged article stays, without a
            // conjunction before it (وللاتحاد ▸ للاتحاد)
            return ArabicForms.surfaceOffset(surface, p.length() - (articleAfterLam(t) ? 2 : 1));
        }
        if (!p.isEmpty()) {
            return 0;
        }
        if (surface.length() > 2 && ArabicForms.ONE_LETTER_PROCLITICS.indexOf(surface.charAt(0)) >= 0
                && isLatinLetter(surface.charAt(1))) {
            return 1; // وDell ▸ Dell: an Arabic letter on a word in Latin letters is a conjunction or preposition
        }
        String norm = ArabicForms.norm(surface);
        if ((lexicons.classesOf(norm) & NAME_CLASSES) != 0) {
            return 0; // the whole word is a name (لبنان، بنغازي)
        }
        if (afterSameType && norm.length() > 3 && norm.charAt(0) == '\u0648' && norm.charAt(1) != '\u0648') {
            return ArabicForms.surfaceOffset(surface, 1); // مدريد وبرشلونة وفالينثيا: the next place of the list, after its و
            // (places only: a person's second word in و is as often a surname the tagger began anew, أيوبا وابا)
        }
        String[] forms = ArabicForms.lookupForms(norm);
        for (int f = 2; f < forms.length; f += 2) {
            int letters = Integer.parseInt(forms[f + 1]);
            if (forms[f].length() < 2 || !bareFormIsTheWord(norm, forms[f], listed && f == 2 && norm.charAt(0) == '\u0648')) {
                continue;
            }
            int bareClasses = lexicons.classesOf(forms[f]);
            if (norm.charAt(letters - 1) == '\u0643' && knownWord(norm)
                    && (bareClasses & (PLACES | HEAD_CLASSES | LexClass.ORG.bit() | LexClass.MEDIA.bit())) == 0) {
                continue; // كروز is Cruz, not ك + روز: ك (like) before a name is rare, a name beginning with ك is not
            }
            boolean mergedArticle = forms[f].startsWith("\u0627\u0644") && norm.startsWith("\u0644\u0644", letters - 2);
            return ArabicForms.surfaceOffset(surface, mergedArticle ? letters - 2 : letters);
        }
        return 0;
    }

    /** Whether the word clusters know the whole normalized word (it is frequent enough as written). */
    private boolean knownWord(String norm) {
        WordClusters wc = lexicons.clusters();
        return wc.groupings() > 0 && wc.of(norm) != null;
    }

    private static final int PLACES = LexClass.COUNTRY.bit() | LexClass.CITY.bit() | LexClass.REGION.bit();

    /** A word with و whose letters after it are also a place the lexicons know (وجدة: و + جدة). */
    private boolean placeAfterConjunction(String surface) {
        String norm = ArabicForms.norm(surface);
        return norm.length() > 3 && norm.charAt(0) == '\u0648' && (lexicons.classesOf(norm) & PLACES) != 0
                && (lexicons.classesOf(norm.substring(1)) & PLACES) != 0;
    }

    /**
     * UTF-16 length of a one-letter proclitic on the first word of a chunk whose words, without it, are a
     * name of several words the lexicons know (لسكاي نيوز عربية ▸ سكاي نيوز عربية, where سكاي alone is no
     * entry), else 0.
     */
    /** عبد, normalized: the first part of a compound given name (عبد المجيد). */
    private static final String ABD = ArabicForms.norm("عبد");

    /**
     * The length of a conjunction و/ف on a person's first word that the text layer left on it because the
     * rest is short (وعبد المجيد الرويلي، وسعد الشهري): 1 when the word without it is a given name or عبد
     * before more of the name, and the word with it is no given name itself (وليد، وفاء); else 0.
     */
    private int conjunctionOnGivenName(Token first, int words) {
        String surface = first.text(text);
        if (surface.length() < 3 || surface.charAt(0) != '\u0648' && surface.charAt(0) != '\u0641') {
            return 0;
        }
        String whole = ArabicForms.norm(surface);
        int given = LexClass.GIVEN_MALE.bit() | LexClass.GIVEN_FEMALE.bit();
        if ((lexicons.classesOf(whole) & (given | NAME_CLASSES)) != 0) {
            return 0;
        }
        String rest = whole.substring(1);
        boolean name = rest.equals(ABD) && words >= 2 || (lexicons.classesOf(rest) & given) != 0;
        return name ? ArabicForms.surfaceOffset(surface, 1) : 0;
    }

    private int procliticOnKnownName(Chunk c, int to) {
        List<String> words = new java.util.ArrayList<>();
        for (int i = c.from(); i < to; i++) {
            words.add(c.sentence().get(i).text(text));
        }
        TokenForms[] forms = TokenForms.of(words.toArray(new String[0]));
        Lexicons.Match m = lexicons.longestAt(forms, 0, NAME_CLASSES & ~(LexClass.GIVEN_MALE.bit() | LexClass.GIVEN_FEMALE.bit()));
        if (m == null || m.end() < 2 || m.strippedLetters() != 1) {
            return 0;
        }
        String surface = words.get(0);
        return ArabicForms.ONE_LETTER_PROCLITICS.indexOf(surface.charAt(0)) >= 0 ? ArabicForms.surfaceOffset(surface, 1) : 0;
    }

    /** Normalized forms of every token of the document, for {@link #articleNameWord}. */
    private java.util.Set<String> documentForms;

    /** {@link #documentForms}, computed on first use. */
    private java.util.Set<String> documentForms() {
        if (documentForms == null) {
            documentForms = new java.util.HashSet<>();
            for (List<Token> s : sentencesOfDocument) {
                for (Token k : s) {
                    documentForms.add(ArabicForms.norm(k.text(text)));
                }
            }
        }
        return documentForms;
    }

    /**
     * Whether a word read as a conjunction or preposition + article + word (وال، بال، فال، كال) is that: not
     * a name the lexicons know whole (فالنسيا، كاليفورنيا، باليرمو), and either the word with its article
     * begins an entry they know (بالرباط ▸ الرباط، والولايات المتحدة ▸ الولايات المتحدة) or the document writes it elsewhere with another prefix or none
     * (والعيناوي ... العيناوي). A foreign name that only looks so (بالوتيلي، بالدوين، كالياري) keeps its
     * letters.
     */
    private boolean articleNameWord(Token t) {
        String norm = ArabicForms.norm(t.text(text));
        if ((lexicons.classesOf(norm) & NAME_CLASSES) != 0) {
            return false;
        }
        String p = t.prefix();
        if (!norm.startsWith(p) || norm.length() < p.length() + 2) {
            return true; // the segmentation and the normalizer disagree: keep the old reading
        }
        String definite = norm.substring(p.length() - 2);
        if (lexicons.beginsEntry(definite)) {
            return true; // a name, a head or the first word of a longer name (الولايات المتحدة) the lexicons know
        }
        java.util.Set<String> documentForms = documentForms();
        if (documentForms.contains(definite)) {
            return true;
        }
        String core = definite.substring(2);
        for (String group : ArabicForms.ARTICLE_PREFIXES) {
            if (!group.equals(p) && documentForms.contains(group + core)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static final int HEAD_CLASSES = LexClass.ORG_HEAD.bit() | LexClass.MEDIA_HEAD.bit() | LexClass.PLACE_HEAD.bit();

    /**
     * Whether {@code bare}, the word without its conjunction or preposition, is the mention's real first word:
     * a name the lexicons know (لفرنسا ▸ فرنسا), the head of an organization or place name (لوزارة الداخلية ▸
     * وزارة الداخلية، بمحافظة ▸ محافظة) or of a facility ({@link FacilityNameRule}: بمنتزه ▸ منتزه), or, for a و in a list ({@code conjunction}), a word common enough for
     * the word clusters to hold it while the whole word is not (نيمار وتيسير خالد ▸ تيسير خالد). Outside
     * lists a name that begins with و (وليد، ويليامز، وايت) keeps its letter.
     */
    private boolean bareFormIsTheWord(String whole, String bare, boolean conjunction) {
        int cls = lexicons.classesOf(bare);
        if ((cls & NAME_CLASSES) != 0 || (cls & HEAD_CLASSES) != 0 || FacilityNameRule.isHead(bare)) {
            return true;
        }
        WordClusters wc = lexicons.clusters();
        // و before a long vowel is the W of a foreign name more often than a conjunction (وايت، ويلسون، وورلد)
        boolean vowel = "\u0627\u064A\u0648\u0649".indexOf(bare.charAt(0)) >= 0;
        return conjunction && !vowel && bare.length() >= 4 && wc.groupings() > 0 && wc.of(bare) != null && wc.of(whole) == null;
    }

    /**
     * Whether the padded key {@code mine} occurs in the padded key {@code longer} as the person's own name,
     * not as the name of a father after بن/بنت/ابن (سلمان بن عبدالعزيز is not سلطان بن سلمان بن عبدالعزيز).
     */
    private static boolean partOfName(String longer, String mine) {
        for (int at = longer.indexOf(mine); at >= 0; at = longer.indexOf(mine, at + 1)) {
            int wordStart = longer.lastIndexOf(' ', at - 1) + 1;
            String before = at > 0 ? longer.substring(wordStart, at) : "";
            if (!KINSHIP.contains(before)) {
                return true;
            }
        }
        return false;
    }

    private String key(Chunk c) {
        StringBuilder b = new StringBuilder();
        for (int i = c.from(); i < c.to(); i++) {
            Token t = c.sentence().get(i);
            if (t.kind() == TokenKind.PUNCT) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            if (t.prefix().endsWith("لل")) {
                b.append(articleAfterLam(t) ? "ال" : "ل").append(t.stem());
            } else {
                b.append(t.prefix().endsWith("ال") ? "ال" + t.stem() : t.stem());
            }
        }
        return b.toString();
    }

    /**
     * The mention's text as a name (rule {@code MERGED_ARTICLE_NAME}): the span as written, except that a
     * first word where ل has merged with the article, which the span must keep whole, is written with its
     * article (للأمم المتحدة ▸ الأمم المتحدة، للحوثيين ▸ الحوثيين).
     */
    private String nameOf(Chunk c, Span span) {
        String written = withoutHashtagMarks(span.in(text));
        Token first = c.sentence().get(c.from());
        if (!first.prefix().endsWith("لل") || !articleAfterLam(first)) {
            return written;
        }
        String norm = ArabicForms.norm(written);
        if (!norm.startsWith("لل") || norm.length() < 4) {
            return written; // the span does not begin at the merged letters
        }
        return "ال" + written.substring(ArabicForms.surfaceOffset(written, 2));
    }

    /**
     * A name as written without the marks of a hashtag (#نادين_نجيم ▸ نادين نجيم، دونالد #ترمب ▸ دونالد
     * ترمب): the canonical name is the name, not its markup.
     */
    static String withoutHashtagMarks(String written) {
        if (written.indexOf('#') < 0 && written.indexOf('_') < 0) {
            return written;
        }
        return written.replace("#", "").replace('_', ' ').replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether a word written ل + ل… (the text layer reads every such word as ل + article) is that, and not ل
     * before a word that begins with ل (للندن = ل + لندن، للويس = ل + لويس، لليغانيس = ل + ليغانيس): the
     * reading with the article unless the lexicons know only the other, or, when they know neither, the
     * document writes the word with its ل and never with the article.
     */
    private boolean articleAfterLam(Token t) {
        String norm = ArabicForms.norm(t.text(text));
        int at = norm.indexOf("لل");
        if (at < 0 || at > 1 || norm.length() < at + 4) {
            return true;
        }
        String rest = norm.substring(at + 2);
        String withArticle = "ال" + rest;
        String withLam = "ل" + rest;
        if (known(withArticle)) {
            return true;
        }
        if (known(withLam)) {
            return false;
        }
        java.util.Set<String> forms = documentForms();
        return !forms.contains(withLam) || forms.contains(withArticle);
    }

    /** Whether the lexicons hold a name, a head, or a longer name beginning with the normalized word. */
    private boolean known(String norm) {
        return (lexicons.classesOf(norm) & (NAME_CLASSES | HEAD_CLASSES)) != 0 || lexicons.beginsEntry(norm);
    }

    /** Common nouns for armed groups, which news writes alone for a group named before (الميليشيا). */
    static final java.util.Set<String> GROUP_NOUNS = ArabicForms.normSet("ميليشيا", "مليشيا", "ميليشيات", "مليشيات");

    /** Whether a token is one of {@link #GROUP_NOUNS}, with or without the article and a proclitic. */
    private static boolean isGroupNoun(Token t) {
        for (String f : CliticSegmenter.lookupForms(t)) {
            String n = ArabicForms.norm(f);
            if (GROUP_NOUNS.contains(n) || n.startsWith("\u0627\u0644") && GROUP_NOUNS.contains(n.substring(2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token i is the first word of a title of several words that starts there or, repeated, right after
     * it (ولي | العهد، ولي | ولي العهد): a word of a title, not a name.
     */
    private boolean opensTitle(List<Token> toks, int i) {
        return titleOfSeveralWordsAt(toks, i)
                || i + 1 < toks.size() && toks.get(i + 1).norm().equals(toks.get(i).norm()) && titleOfSeveralWordsAt(toks, i + 1);
    }

    private boolean titleOfSeveralWordsAt(List<Token> toks, int i) {
        return titleMatchAt(toks, i) != null;
    }

    /** The title of several words the lexicons know that starts at token i (ولي العهد، رجل الأعمال), or null. */
    private Lexicons.Match titleMatchAt(List<Token> toks, int i) {
        int end = Math.min(toks.size(), i + 4);
        String[] words = new String[end - i];
        for (int k = i; k < end; k++) {
            words[k - i] = toks.get(k).text(text);
        }
        Lexicons.Match m = lexicons.longestAt(TokenForms.of(words), 0, LexClass.TITLE.bit());
        return m != null && m.end() >= 2 ? m : null;
    }

    /**
     * The end of an organization's tokens [from, end) without what the tagger ran on into after a word with
     * the article: a complementizer (وقالت المنظمة إن)، a word with ب written on it (فريق التواصل للبنك
     * بتكرار عبارة، جمعية الثقافة والفنون بجدة)، or words without the article of which one is a given name or
     * which a person's name goes on from (في المنظمة تيرانا حسن، للمنظمة تيدروس أدهانوم جيبريسوس).
     */
    private int orgEnd(List<Token> toks, int from, int end, boolean personAfter) {
        for (int p = from + 1; p < end; p++) {
            Token w = toks.get(p);
            Token before = toks.get(p - 1);
            if (w.kind() != TokenKind.ARABIC || definite(w) || !definite(before)) {
                continue; // سي إن إن، لينكد إن: no article before, no complementizer
            }
            if (COMPLEMENTIZERS.contains(w.norm())) {
                return p;
            }
            String n = ArabicForms.norm(w.text(text));
            if (n.length() >= 4 && n.charAt(0) == '\u0628' && lexicons.classesOf(n) == 0 && !mediaName(toks, from)) {
                return p; // not صحيفة الجيروزاليم بوست
            }
            if (isTitle(before) || NAMESAKE_TITLES.contains(before.norm()) || end - p > 3 || mediaName(toks, from)
                    || KINSHIP.contains(w.norm())) { // a patronymic is the namesake's
                continue; // جامعة الملك سعود، لواء السلطان مراد، مدرسة القعقاع بن عمرو: named after a person
            }
            boolean bare = true;
            boolean given = false;
            for (int q = p; q < end; q++) {
                Token v = toks.get(q);
                bare &= v.kind() == TokenKind.ARABIC && v.prefix().isEmpty() && !definite(v);
                given |= (lexicons.classesOf(ArabicForms.norm(v.text(text))) & GIVEN_NAMES) != 0;
            }
            if (bare && (given || personAfter)) {
                return p;
            }
        }
        return end;
    }

    private static final int GIVEN_NAMES = LexClass.GIVEN_MALE.bit() | LexClass.GIVEN_FEMALE.bit();


    /** Words before a person's name that institutions are named after (جامعة القديس يوسف، مسجد الإمام علي). */
    private static final Set<String> NAMESAKE_TITLES = Stream.of("القديس", "القديسة", "الإمام", "النبي", "البابا",
            "السيدة", "الشهيد", "الخليفة").map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    /** Whether the organization from token {@code from} is an outlet (صحيفة الجيروزاليم بوست): its name is foreign words. */
    private boolean mediaName(List<Token> toks, int from) {
        for (int i = Math.max(0, from - 1); i <= from; i++) {
            for (String f : CliticSegmenter.lookupForms(toks.get(i))) {
                if ((lexicons.classesOf(f) & (LexClass.MEDIA_HEAD.bit() | LexClass.MEDIA.bit())) != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A nationality or other nisba adjective with the article, or an ordinal, opening a person's span (and
     * not the only word of it): it describes the name after it (والغاني مونتاري، والثاني موسى).
     */
    private boolean descriptorBeforeName(Token t) {
        if (t.kind() != TokenKind.ARABIC || !definite(t) && !t.norm().startsWith("\u0648\u0627\u0644")) {
            return false;
        }
        String n = ArabicForms.norm(t.text(text));
        String bare = n.startsWith("\u0648") ? n.substring(1) : n;
        return ORDINALS.contains(bare) || DESCRIPTIVE.contains(bare) || isNisba(t);
    }

    /** Adjectives of an office that stand after the title, never the first word of a name (المبعوث الخاص X). */
    private static final Set<String> DESCRIPTIVE = Stream.of("الخاص", "الخاصة", "السابق", "السابقة", "الأسبق", "الجديد",
            "الجديدة", "الحالي", "الحالية", "المؤقت", "المؤقتة", "المكلف", "المكلفة", "الدائم", "الدائمة")
            .map(ArabicForms::norm).collect(Collectors.toUnmodifiableSet());

    /** Ordinal words with the article, normalized: alone they are no name (النائب الثاني، الدور الأول). */
    private static final Set<String> ORDINALS = Stream.of("الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة",
                    "الرابع", "الرابعة", "الخامس", "الخامسة", "السادس", "السادسة", "السابع", "السابعة", "الثامن",
                    "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة")
            .map(ArabicForms::norm).collect(Collectors.toUnmodifiableSet());

    /** Honorifics, normalized (سمو، معالي، فخامة، سعادة، جلالة، حضرة). */
    private static final Set<String> HONORIFICS = Stream.of("سمو", "معالي", "فخامة", "سعادة", "جلالة", "حضرة")
            .map(ArabicForms::norm).collect(Collectors.toUnmodifiableSet());

    /**
     * Whether the word before token i is ل + an honorific (لسمو ولي العهد، لمعالي الوزير): what starts at i is
     * the genitive of a longer description before it (رئيس الشؤون الخاصة لسمو ولي العهد).
     */
    private boolean afterLamHonorific(List<Token> s, int i) {
        if (i == 0) {
            return false;
        }
        String n = ArabicForms.norm(s.get(i - 1).text(text));
        return n.length() > 3 && n.charAt(0) == '\u0644' && HONORIFICS.contains(n.substring(1));
    }

    /**
     * Whether token i is a later word of a title of several words written without a proclitic that begins
     * up to three words before it (أمين | عام الغرفة التجارية، ولي | العهد): the role walk goes on to its
     * first word.
     */
    private boolean insideTitleOfSeveralWords(List<Token> toks, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Lexicons.Match m = titleMatchAt(toks, k);
            if (m != null && m.strippedLetters() == 0 && k + m.end() > i) {
                return true;
            }
        }
        return false;
    }

    /** A title of several words at token i written without a proclitic on it (ولي العهد, not لولي العهد). */
    private boolean bareTitleOfSeveralWordsAt(List<Token> toks, int i) {
        Lexicons.Match m = titleMatchAt(toks, i);
        return m != null && m.strippedLetters() == 0;
    }

    /**
     * Drops the one-word persons that are a nisba adjective of the bare title before them ({@link
     * #nisbaAfterNoun}) unless the document names the word as a person elsewhere too (محامي مرتضوي … مرتضوي).
     */
    private void dropNisbasAfterTitles(List<Chunk> chunks) {
        java.util.Set<String> elsewhere = new java.util.HashSet<>();
        boolean[] candidate = new boolean[chunks.size()];
        for (int k = 0; k < chunks.size(); k++) {
            Chunk c = chunks.get(k);
            if (c.type() != EntityType.PERSON) {
                continue;
            }
            candidate[k] = c.to() - c.from() == 1 && nisbaAfterNoun(c.sentence(), c.from());
            if (!candidate[k]) {
                for (int i = c.from(); i < c.to(); i++) {
                    elsewhere.add(c.sentence().get(i).norm());
                }
            }
        }
        for (int k = chunks.size() - 1; k >= 0; k--) {
            if (candidate[k] && !elsewhere.contains(chunks.get(k).sentence().get(chunks.get(k).from()).norm())) {
                chunks.remove(k);
            }
        }
    }

    /**
     * A word alone in ـي without the article right after a bare title (مستشار ضريبي، خبير اقتصادي): a nisba
     * adjective of the title, not a person, unless the lexicons know the word (هادي، مهدي، روحاني).
     */
    private boolean nisbaAfterNoun(List<Token> toks, int i) {
        Token w = toks.get(i);
        if (i == 0 || w.kind() != TokenKind.ARABIC || !w.prefix().isEmpty() || definite(w)) {
            return false;
        }
        String n = ArabicForms.norm(w.text(text));
        if (n.length() < 4 || n.charAt(n.length() - 1) != '\u064A' || lexicons.classesOf(n) != 0) {
            return false;
        }
        Token p = toks.get(i - 1);
        return p.kind() == TokenKind.ARABIC && p.prefix().isEmpty() && !definite(p) && isTitle(p) && !withPronoun(p);
    }

    /** The head word of an organization, outlet or place name (النادي، وزارة، مدينة): alone, no person. */
    private boolean isHead(Token t) {
        for (String f : CliticSegmenter.lookupForms(t)) {
            if ((lexicons.classesOf(f) & HEAD_CLASSES) != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isTitle(Token t) {
        String raw = t.text(text);
        if (raw.endsWith("\u0644\u0649")) {
            return false; // إلى، وإلى، الى: the preposition, which normalizes like والي (governor)
        }
        for (String f : CliticSegmenter.lookupForms(t)) {
            if (LexClass.TITLE.in(lexicons.classesOf(f))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title word with the conjunction و written on it and not split off (ومبعوث، ورئيس), which the safe
     * segmentation leaves whole.
     */
    private boolean titleAfterWa(Token t) {
        String n = t.norm();
        return t.prefix().isEmpty() && n.length() > 3 && n.charAt(0) == '\u0648'
                && !LexClass.TITLE.in(lexicons.classesOf(n)) && LexClass.TITLE.in(lexicons.classesOf(n.substring(1)));
    }

    private boolean isNisba(Token t) {
        for (String f : CliticSegmenter.lookupForms(t)) {
            if (LexClass.NISBA.in(lexicons.classesOf(f))) {
                return true;
            }
        }
        return false;
    }

    /** Words that follow a title without being its construct noun (لاعب مثل الأرجنتيني X), normalized. */
    private static final Set<String> NOT_CONSTRUCT = Stream.of(
                    "مثل", "غير", "بعد", "قبل", "عند", "مع", "ضد", "بين", "حول", "نحو", "دون", "عبر", "منذ", "خلال",
                    "إلى", "على", "من", "عن", "في", "أن", "إن", "أو", "ثم", "كل", "بعض", "أمام", "وراء", "فوق", "تحت")
            .map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());

    /** لدى, normalized: the preposition of a post (مندوب الأردن لدى الأمم المتحدة). */
    private static final String LADA = "\u0644\u062f\u064a";

    /** إلى, normalized: the preposition of an envoy's post (مبعوث الأمم المتحدة إلى سوريا). */
    private static final String ILA = tokenNorm("إلى");

    /** Whether one of the three words before token i is an envoy's title (مبعوث الأمم المتحدة إلى). */
    private static boolean envoyBefore(List<Token> s, int i) {
        return titleBefore(s, i, org.mirsad.extract.internal.OfficeTitles::envoy);
    }

    /** Whether one of the three words before token i is a member's title (النائب عن، عضو البرلمان عن). */
    private static boolean memberBefore(List<Token> s, int i) {
        return titleBefore(s, i, org.mirsad.extract.internal.OfficeTitles::member);
    }

    /** Whether one of the three words before token i is, normalized, a title of the given kind. */
    private static boolean titleBefore(List<Token> s, int i, java.util.function.Predicate<String> kind) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            if (kind.test(s.get(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /** A word with the definite article, also after ل (الخارجية، للنادي). */
    private static boolean definite(Token t) {
        return t.prefix().endsWith("\u0627\u0644") || t.prefix().endsWith("\u0644\u0644");
    }

    /**
     * A bare noun in a title's construct chain: right after a title word without the article (رئيس وزراء
     * البلاد، وزير خارجية إيران، أمين عام مجلس التعاون); a title with the article ends its phrase (الرئيس يستقبل X).
     */
    private boolean constructNoun(List<Token> s, int i, boolean[] named) {
        Token t = s.get(i);
        Token next = s.get(i + 1);
        return t.prefix().isEmpty() && t.suffix().isEmpty() && !NOT_CONSTRUCT.contains(t.norm()) && i > 0
                && (!definite(s.get(i - 1)) && (isTitle(s.get(i - 1)) || insideTitleOfSeveralWords(s, i - 1))
                        || officePreposition(s, i - 1))
                && (named[i + 1] || definite(next) && !isTitle(next)); // not لاعب يتقدمهم قائد الفريق
    }

    /**
     * Ranks and courtesy titles that stand between an office and the name (المتحدث الرسمي بالمؤسسة العقيد X):
     * the role walk goes on past them through the office's complements.
     */
    private static final Set<String> RANKS = Stream.of("الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "المهندس",
            "المهندسة", "الشيخ", "الشيخة", "السيد", "السيدة", "الأمير", "الأميرة", "العقيد", "اللواء", "العميد",
            "الفريق", "المقدم", "الرائد", "النقيب", "الملازم", "المستشار", "الأستاذ الدكتور")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    /**
     * A title with ل written on an indefinite word (لرئيس، لمدير) that the text layer left whole, before a
     * definite word: what follows is the title of the name, the words before it govern that title.
     */
    private boolean lamTitle(Token t) {
        String n = t.norm();
        return t.kind() == TokenKind.ARABIC && t.prefix().isEmpty() && n.length() > 3 && n.charAt(0) == '\u0644'
                && n.charAt(1) != '\u0644' && !LexClass.TITLE.in(lexicons.classesOf(n))
                && LexClass.TITLE.in(lexicons.classesOf(n.substring(1)));
    }

    /**
     * A bare title (no article, no pronoun, not an honorific such as سمو or معالي) right before a name: it
     * is in construct with the name, whose office it is not (مساعد ترامب، ومستشار الرئيس ▸ no role).
     */
    private boolean governsTheName(Token t) {
        if (t.kind() != TokenKind.ARABIC || !t.suffix().isEmpty() || definite(t)) {
            return false;
        }
        String n = ArabicForms.norm(t.text(text));
        if (t.prefix().isEmpty() && titleAfterWa(t)) {
            n = n.substring(1);
        } else if (!t.prefix().isEmpty()) {
            return false;
        }
        if (withPronoun(t)) {
            return false; // نائبه، محاميها: a pronoun written on the title, which the text layer leaves on
        }
        return n.length() > 2 && !HONORIFICS.contains(n);
    }

    /** A word written with a possessive pronoun (نائبه، محاميها، مدربهم): a title complete in itself. */
    private boolean withPronoun(Token t) {
        return !t.suffix().isEmpty() || org.mirsad.extract.internal.Words.possessiveWritten(t.text(text));
    }

    /** Office heads that name what they oversee with على (المشرف على الفرق، القائم على المشروع). */
    private static final Set<String> OVER_HEADS = Set.of(tokenNorm("المشرف"), tokenNorm("المشرفة"),
            tokenNorm("القائم"), tokenNorm("القائمة"), tokenNorm("مشرف"), tokenNorm("مشرفة"));
    /** Office heads that name what they answer for with عن (المسؤول عن الملف). */
    private static final Set<String> ANSWER_HEADS = Set.of(tokenNorm("المسؤول"), tokenNorm("المسؤولة"),
            tokenNorm("مسؤول"), tokenNorm("مسؤولة"), tokenNorm("المسئول"));
    private static final String OVER = tokenNorm("على");
    private static final String ABOUT = tokenNorm("عن");

    /** A word as the text layer normalizes a token (ى ▸ ي، ة ▸ ه ...). */
    private static String tokenNorm(String w) {
        return org.mirsad.arabic.ArabicNormalizer.normalize(w);
    }

    /** Token i is على after an office head that takes it, or عن after المسؤول: the office's preposition. */
    private static boolean officePreposition(List<Token> s, int i) {
        if (i <= 0 || i >= s.size()) {
            return false;
        }
        String w = s.get(i).norm();
        String head = s.get(i - 1).norm();
        if (i >= 2 && GENERAL.equals(head)) {
            head = s.get(i - 2).norm(); // المشرف العام على، المسؤول العام عن
        }
        return w.equals(OVER) && OVER_HEADS.contains(head) || w.equals(ABOUT) && ANSWER_HEADS.contains(head);
    }

    /** العام ("general") after an office head (المشرف العام), normalized. */
    private static final String GENERAL = tokenNorm("العام");

    /** Token i is an office head followed by its preposition (المشرف على، المشرف العام على): a title for the role walk. */
    private static boolean officeHead(List<Token> s, int i) {
        String w = s.get(i).norm();
        if (!OVER_HEADS.contains(w) && !ANSWER_HEADS.contains(w)) {
            return false;
        }
        return officePreposition(s, i + 1) || i + 2 < s.size() && GENERAL.equals(s.get(i + 1).norm()) && officePreposition(s, i + 2);
    }

    /**
     * ل or ب written on an indefinite noun in construct with the definite or named word after it (المتحدث الرسمي
     * لإمارة المنطقة، مدير الإعلام بوزارة الصحة): a complement of the title before it.
     */
    private static boolean prepositionGenitive(List<Token> s, int i, boolean[] named) {
        Token t = s.get(i);
        String n = t.norm();
        if (t.kind() != TokenKind.ARABIC || n.length() < 4 || definite(t) || n.charAt(0) != '\u0644' && n.charAt(0) != '\u0628'
                || i + 1 >= s.size()) {
            return false; // the text layer leaves ل/ب on an indefinite word (لإمارة): the word as written
        }
        return i + 1 < named.length && named[i + 1] || definite(s.get(i + 1));
    }

    /** A title word that carries the preposition ب (بالرئيس، وبالوزير). */
    private static boolean prepositionBa(Token t) {
        String p = t.prefix();
        return p.startsWith("\u0628") || p.length() > 1 && p.charAt(1) == '\u0628' && conjunction(t);
    }

    /**
     * How many one-letter particles begin a role's first word and stay out of the role: و/ف and ب before the
     * article or alone (والرئيس، بالرئيس ▸ الرئيس); ل fused with the article (للرئيس) cannot be cut.
     */
    private static int particlesBefore(Token t) {
        String p = t.prefix();
        int n = p.endsWith("\u0627\u0644") ? p.length() - 2 : p.endsWith("\u0644\u0644") ? 0 : p.length();
        int k = 0;
        while (k < n && "\u0648\u0641\u0628".indexOf(p.charAt(k)) >= 0) {
            k++;
        }
        return k;
    }

    /**
     * Which tokens of the sentence of chunk {@code k} lie in an organization or place mention before it
     * (رئيس غامبيا السابق، زعيم كوريا الشمالية): such words may stand in a role phrase.
     */
    private static boolean[] namedTokens(List<Chunk> chunks, int k) {
        Chunk c = chunks.get(k);
        boolean[] named = new boolean[c.from()];
        for (int m = k - 1; m >= 0 && chunks.get(m).sentence() == c.sentence(); m--) {
            Chunk o = chunks.get(m);
            if (o.type() == EntityType.ORG || o.type() == EntityType.LOC) {
                for (int i = o.from(); i < o.to() && i < named.length; i++) {
                    named[i] = true;
                }
            }
        }
        return named;
    }

    /** Per token of the chunk's sentence before it: whether an organization named earlier in the sentence starts there. */
    private static boolean[] orgStarts(List<Chunk> chunks, int k) {
        Chunk c = chunks.get(k);
        boolean[] start = new boolean[c.from()];
        for (int m = k - 1; m >= 0 && chunks.get(m).sentence() == c.sentence(); m--) {
            Chunk o = chunks.get(m);
            if (o.type() == EntityType.ORG && o.from() < start.length) {
                start[o.from()] = true;
            }
        }
        return start;
    }

    /** في, normalized: an office held in an organization (كبير الاقتصاديين في البنك الدولي). */
    private static final String FI = tokenNorm("في");

    /** A token that begins with the conjunction و or ف (والمطرب، فالرئيس). */
    private static boolean conjunction(Token t) {
        String p = t.prefix();
        return !p.isEmpty() && (p.charAt(0) == '\u0648' || p.charAt(0) == '\u0641');
    }

    /**
     * A name whose first word carries ل or ب, left out of the mention (الطبيب السابق لدونالد ترامب): the words
     * before it govern it, they are not its title.
     */
    private static boolean governedByPreposition(Token first) {
        String p = first.prefix();
        int k = conjunction(first) ? 1 : 0;
        return p.length() > k && (p.charAt(k) == '\u0644' || p.charAt(k) == '\u0628');
    }

    /** A one-character comma token (، or ,). */
    private boolean comma(Token t) {
        return t.kind() == TokenKind.PUNCT && t.end() - t.start() == 1 && ",،".indexOf(text.charAt(t.start())) >= 0;
    }

    /**
     * The role phrase before or after a person mention (its span as assembled), or null; {@code
     * nameBeforeComma}: another mention ends right before a comma before this one (a list of names, where the
     * words before the comma are that name's, not a title).
     */
    private String role(Chunk c, Span mention, boolean nameBeforeComma, boolean[] named, boolean[] orgStart) {
        List<Token> s = c.sentence();
        if (c.to() < s.size() && accusativeTitle(s.get(c.to()))) {
            // تعيين X رئيسا تنفيذيا للشركة، وعيّن الوزير X مديرا: the office X is given, not the minister's
            return new Span(s.get(c.to()).start(), s.get(accusativeRoleEnd(s, c.to())).end()).in(text);
        }
        int title = -1;
        Token first = s.get(c.from());
        boolean governed = mention.start() > first.start() && "\u0644\u0628\u0648\u0641".indexOf(text.charAt(mention.start() - 1)) >= 0;
        int nameStart = c.from();
        if (nameStart >= 2 && !nameBeforeComma && comma(s.get(nameStart - 1)) && !governedByPreposition(s.get(nameStart - 2))) {
            nameStart--; // الرئيس الأميركي، دونالد ترمب: a title phrase, a comma, then the name (not اتهمت المنتج بالاغتصاب، X)
        }
        int lastRoleWord = nameStart - 1;
        boolean office = false; // a title that is more than a rank or courtesy title has been passed
        int lamTitle = -1; // a title with ل written on it (لرئيس الحكومة X): the role starts after the ل
        int words = 0;
        for (int i = nameStart - 1; !governed && i >= 0; i--) {
            if (!(named[i] && i + 1 < named.length && named[i + 1]) && ++words > ROLE_WORDS_BEFORE) {
                break; // an organization or place named inside the role counts as one word
            }
            Token t = s.get(i);
            if (t.kind() != TokenKind.ARABIC && t.kind() != TokenKind.LATIN) {
                break;
            }
            boolean waTitle = titleAfterWa(t);
            boolean several = bareTitleOfSeveralWordsAt(s, i);
            if (several && afterLamHonorific(s, i)) {
                break; // رئيس الشؤون الخاصة لسمو ولي العهد الأستاذ X: the crown prince's, not X's
            }
            boolean inner = i < nameStart - 1; // a word with accepted role words between it and the name
            if (inner && !definite(t) && isNisba(t) && definite(s.get(i + 1)) && isTitle(s.get(i + 1)) && t.kind() == TokenKind.ARABIC
                    && (i == 0 || !definite(s.get(i - 1)))) { // not الزعيم الجنوب إفريقي الراحل
                break; // نصحت قاضية أمريكية الرئيس X: an indefinite adjective ends another noun phrase
            }
            boolean title0 = !named[i] // مركز الملك سلمان للإغاثة الدكتور X: a title inside a name is the name's
                    && (waTitle || isTitle(t) || several || inner && officeHead(s, i)); // ولي العهد الأمير X
            if (title0) {
                title = i;
                office |= !RANKS.contains(t.norm());
                if (prepositionBa(t) || withPronoun(t)) {
                    break; // يلتقي X زعيم كوريا الشمالية بالرئيس ترمب: the role begins after the preposition
                }
            } else if (inner && lamTitle(t)) { // not لمساعد ترامب: the title right before a name governs it
                title = i;
                lamTitle = i;
                break; // الحزب الحاكم التابع لرئيس الحكومة السابق X: the role is رئيس الحكومة السابق
            } else if (!(definite(t) || isNisba(t) || named[i]
                    || !office && insideTitleOfSeveralWords(s, i)
                    || inner && (LADA.equals(t.norm()) || ILA.equals(t.norm()) && envoyBefore(s, i)
                    || FI.equals(t.norm()) && i + 1 < orgStart.length && orgStart[i + 1] // كبير الاقتصاديين في البنك الدولي
                    || ABOUT.equals(t.norm()) && memberBefore(s, i) || constructNoun(s, i, named)
                    || !office && (officePreposition(s, i) || prepositionGenitive(s, i, named))))) {
                break; // the words before the name must be title words or their complements (مندوب الأردن لدى الجامعة)
            }
            if (i == nameStart - 1 && (conjunction(t) || waTitle) && (title0 || isNisba(t)) && (i == 0 || !isTitle(s.get(i - 1)))) {
                break; // X والمطرب Y، مدرب الاتحاد والصربي Y: the conjunction opens Y's list item (not in المطرب والملحن Y)
            }
        }
        if (title > 0 && title == nameStart - ROLE_WORDS_BEFORE
                && (definite(s.get(title)) || isTitle(s.get(title)) || bareTitleOfSeveralWordsAt(s, title))) {
            Token head = s.get(title - 1);
            if (head.kind() == TokenKind.ARABIC && head.prefix().isEmpty() && isTitle(head)) {
                title--; // نائب الوزير ومبعوث ...: the limit would cut a title from the noun it governs
            }
        }
        if (title >= 0 && title + 1 == c.from() && lastRoleWord == title && governsTheName(s.get(title))) {
            return null; // محامي ليلى الفارس، مستشار ترامب: the lawyer of Layla, not her title
        }
        if (title >= 0 && title == lamTitle) {
            Token from = s.get(title);
            int start = from.start() + ArabicForms.surfaceOffset(text.substring(from.start(), from.end()), 1);
            return new Span(start, s.get(lastRoleWord).end()).in(text);
        }
        if (title >= 0 && !office) {
            String after = roleAfter(c);
            if (after != null) {
                return after; // الأستاذ X المدير العام لشركة Y: the office after the name, not the courtesy title
            }
        }
        if (title >= 0) {
            Token from = s.get(title);
            int roleEnd = s.get(lastRoleWord).end();
            String p = from.prefix();
            if (p.endsWith("\u0644\u0644") && articleAfterLam(from)) {
                // للرئيس المخلوع X: ل + the article; the role is written with its article (الرئيس المخلوع)
                int stem = from.start() + ArabicForms.surfaceOffset(text.substring(from.start(), from.end()), p.length());
                return "\u0627\u0644" + text.substring(stem, roleEnd);
            }
            int particles = titleAfterWa(from) ? 1 : bareTitleOfSeveralWordsAt(s, title) ? 0 : particlesBefore(from);
            int start = from.start() + ArabicForms.surfaceOffset(text.substring(from.start(), from.end()), particles);
            return new Span(start, roleEnd).in(text);
        }
        return roleAfter(c);
    }

    /**
     * The role right after a person's name: a title after a comma (X، مدير المستشفى) or a description before
     * what the person said ({@link #roleBeforeStatement}); else null.
     */
    private String roleAfter(Chunk c) {
        List<Token> s = c.sentence();
        int after = c.to();
        if (after + 1 < s.size() && s.get(after).kind() == TokenKind.PUNCT && ",،".indexOf(text.charAt(s.get(after).start())) >= 0
                && isTitle(s.get(after + 1)) && !conjunction(s.get(after + 1)) && !RANKS.contains(s.get(after + 1).norm())) {
            int end = titlePhraseEnd(s, after + 1); // not الشيخ X، الشيخ Y: a rank opens the next name of a list
            return new Span(s.get(after + 1).start(), s.get(end).end()).in(text);
        }
        if (after < s.size() && isTitle(s.get(after)) && !conjunction(s.get(after)) && !prepositionBa(s.get(after))) {
            return roleBeforeStatement(s, after);
        }
        return null;
    }

    /** Whether a genitive follows at token k: a definite word, or a bare noun and then a definite word (وكيل الوزارة). */
    private boolean constructBefore(List<Token> s, int k) {
        return k < s.size() && (definite(s.get(k))
                || s.get(k).kind() == TokenKind.ARABIC && s.get(k).prefix().isEmpty() && k + 1 < s.size() && definite(s.get(k + 1)));
    }

    /** Words that open a time or a succession after an office (خلفا لـ، أواخر الموسم، منذ), normalized. */
    private static final Set<String> AFTER_OFFICE = Stream.of("خلفا", "خلفًا", "أواخر", "أوائل", "مطلع", "منتصف", "نهاية",
            "بداية", "خلال", "منذ", "بعد", "قبل", "بعده", "قبله", "حتى")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    /**
     * The last token of an office in the accusative after a name: the title, its accusative adjectives (رئيسا
     * تنفيذيا), one phrase with ل or ب (للشركة، لمستشفى، بمكتب) and the genitive chain after it (لمستشفى المدينة،
     * لولاية فلوريدا الأمريكية) — not a second phrase (للبلاد | لولاية ثانية), a pronoun (زعيما جديدا | لها), a
     * time (رئيسا للنصر | أواخر الموسم), a و (مديرا للمركز | ومتحدثا) or a clause (رئيسا | كانت الجماهير).
     */
    private int accusativeRoleEnd(List<Token> s, int first) {
        int last = first;
        boolean phrase = false;
        for (int j = first + 1; j < s.size() && j - first < MAX_ROLE_WORDS; j++) {
            Token e = s.get(j);
            String n = e.norm();
            if (e.kind() != TokenKind.ARABIC || n.length() <= 2 || PREPOSITION_PRONOUNS.contains(n) || AFTER_OFFICE.contains(n)
                    || conjunction(e) || CLAUSE_WORDS.contains(n) || COMPLEMENTIZERS.contains(n)) {
                break;
            }
            String p = e.prefix();
            boolean preposition = !p.isEmpty() && (p.charAt(0) == '\u0644' || p.charAt(0) == '\u0628')
                    || p.isEmpty() && n.length() >= 4 && (n.charAt(0) == '\u0644' || n.charAt(0) == '\u0628') && constructBefore(s, j + 1);
            if (!phrase && last == j - 1 && p.isEmpty() && n.endsWith("\u0627") && !definite(e)) {
                last = j; // an adjective in the accusative: رئيسا تنفيذيا
            } else if (!phrase && preposition) {
                phrase = true;
                last = j;
            } else if (phrase && last == j - 1 && (definite(e) && !preposition
                    || p.isEmpty() && j + 1 < s.size() && definite(s.get(j + 1)) && !s.get(j + 1).prefix().startsWith("\u0644"))) {
                last = j; // the genitive chain after the preposition: لمستشفى المدينة، لتحرير صحيفة الشرق
            } else {
                break;
            }
        }
        return last;
    }

    /** A preposition with a pronoun (له، لها، بها), normalized. */
    private static final Set<String> PREPOSITION_PRONOUNS = Stream.of("له", "لها", "لهم", "لهما", "به", "بها", "بهم", "فيها", "فيه")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    /**
     * A title in the indefinite accusative (رئيسًا، مديرا، مدربًا): after a name it is the office the person is
     * appointed to, elected to or serves in (عيّن X مديرا للمستشفى، انتخب X رئيسا للبرلمان).
     */
    private boolean accusativeTitle(Token t) {
        String n = t.norm();
        if (t.kind() != TokenKind.ARABIC || !t.prefix().isEmpty() || n.length() < 4 || n.charAt(n.length() - 1) != '\u0627') {
            return false;
        }
        String bare = n.substring(0, n.length() - 1);
        return LexClass.TITLE.in(lexicons.classesOf(bare)) && !LexClass.TITLE.in(lexicons.classesOf(n));
    }

    /** No token is known to lie in a name (for a walk after the name, where none has been assembled yet). */
    private static final boolean[] NONE_NAMED = new boolean[0];

    /**
     * A description right after a name, without a comma, in a clause that goes on to what the person said
     * (وأكد يوسف العبدان مدير مطار الملك خالد الدولي بالرياض أن): from the title word through the title's
     * complements — definite words, nisbas, titles, ل/ب genitives, construct nouns — up to the first other word
     * (a time, a preposition, a relative: مدرب ليفربول يوم الجمعة ▸ مدرب ليفربول); only when a complementizer
     * or a colon follows within a few words, so that an object after a verb (استقبل X رئيس الوزراء) is no role.
     */
    /**
     * The last token of the title phrase from the title at {@code first}: up to the punctuation that closes it
     * within {@link #MAX_ROLE_WORDS} words; else its complements — definite words,
     * nisbas, other titles, ل/ب genitives, a bare construct noun before a definite word, لدى — up to the first
     * other word, a rank that opens another name (، الفريق الركن X) or {@link #MAX_ROLE_WORDS} words.
     */
    private int titlePhraseEnd(List<Token> s, int first) {
        for (int j = first + 1; j < s.size() && j - first <= MAX_ROLE_WORDS; j++) {
            Token e = s.get(j);
            if (e.kind() == TokenKind.PUNCT) {
                return j - 1; // an apposition closed by punctuation: all of it (، رئيس وزراء قطر السابق،)
            }
            if (RANKS.contains(e.norm()) || COMPLEMENTIZERS.contains(e.norm())) {
                break;
            }
        }
        int last = first;
        for (int j = first + 1; j < s.size() && j - first < MAX_ROLE_WORDS; j++) {
            Token e = s.get(j);
            String n = e.norm();
            if (e.kind() != TokenKind.ARABIC && e.kind() != TokenKind.LATIN || AFTER_ROLE.contains(n) || conjunction(e) && !definite(e)
                    || RANKS.contains(n) || COMPLEMENTIZERS.contains(n)) {
                break;
            }
            if (definite(e) || isNisba(e) || isTitle(e) || LADA.equals(n) || BISM.equals(n) || prepositionGenitive(s, j, NONE_NAMED)
                    || e.prefix().isEmpty() && j + 1 < s.size() && (definite(s.get(j + 1)) || bareNoun(s.get(j + 1)))) {
                last = j; // … مجلس علماء الهند: a chain of construct nouns ends in a definite word
            } else {
                break;
            }
        }
        return last;
    }

    /** باسم, normalized: "in the name of", the spokesman's preposition (المتحدث باسم الوزارة). */
    private static final String BISM = tokenNorm("باسم");

    /** An Arabic word with nothing written on it that opens no clause (not إن/أن, a time or a preposition). */
    private boolean bareNoun(Token t) {
        String n = t.norm();
        return t.kind() == TokenKind.ARABIC && t.prefix().isEmpty() && !definite(t) && !COMPLEMENTIZERS.contains(n)
                && !AFTER_ROLE.contains(n) && !conjunction(t) && !LexClass.SAY_VERB.in(lexicons.classesOf(n))
                && !CLAUSE_WORDS.contains(n);
    }

    /** Words that carry a clause on after a name, never part of a title: كان، قد، لم، لن ... (normalized). */
    private static final Set<String> CLAUSE_WORDS = Stream.of("كان", "كانت", "يكون", "تكون", "قد", "لقد", "لم", "لن",
            "ما", "لا", "هو", "هي", "الذي", "التي").map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    private String roleBeforeStatement(List<Token> s, int after) {
        int last = after;
        boolean open = true;
        for (int j = after + 1; j < s.size() && j - after <= MAX_ROLE_WORDS + 4; j++) {
            Token e = s.get(j);
            String n = e.norm();
            if (COMPLEMENTIZERS.contains(n) || e.kind() == TokenKind.PUNCT && text.charAt(e.start()) == ':') {
                return last > after ? new Span(s.get(after).start(), s.get(last).end()).in(text) : null;
            }
            if (e.kind() != TokenKind.ARABIC && e.kind() != TokenKind.LATIN) {
                return null;
            }
            if (open && j - after < MAX_ROLE_WORDS && !AFTER_ROLE.contains(n) && !conjunction(e)
                    && (definite(e) || isNisba(e) || isTitle(e) || prepositionGenitive(s, j, NONE_NAMED)
                    || e.prefix().isEmpty() && j + 1 < s.size() && definite(s.get(j + 1)))) {
                last = j;
            } else {
                open = false;
            }
        }
        return null;
    }

    /**
     * Operating systems and devices the tagger takes for persons or places (بنظام أندرويد، هواتف آيفون): things,
     * MISC. Platforms that are companies or services (فيسبوك، تويتر) stay organizations.
     */
    private static final Set<String> PRODUCTS = Stream.of("أندرويد", "اندرويد", "آندرويد", "آيفون", "ايفون", "أيفون",
            "آيباد", "ايباد", "أيباد", "ويندوز", "بلايستيشن", "بلاي ستيشن", "جالاكسي", "غالاكسي", "لينكس", "ماك بوك")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    /** الله alone, also with و/ب/ل/ف written on it: MISC as ANERcorp tags it, never a person (رحمه الله، الحمد لله). */
    private static boolean god(Token t) {
        String n = t.norm();
        return GOD.equals(n) || n.length() == GOD.length() + 1 && "\u0648\u0628\u0644\u0641".indexOf(n.charAt(0)) >= 0
                && GOD.equals(n.substring(1)) || LILLAH.equals(n) || (n.length() == 4 && n.charAt(0) == '\u0648' && LILLAH.equals(n.substring(1)));
    }

    private static final String GOD = tokenNorm("الله");
    private static final String LILLAH = tokenNorm("لله");

    /** Whether a one-word mention is a product ({@link #PRODUCTS}), also with و/ب/ل written on it. */
    private static boolean product(Token t) {
        String n = t.norm();
        return PRODUCTS.contains(n) || n.length() > 4 && "\u0648\u0628\u0644".indexOf(n.charAt(0)) >= 0 && PRODUCTS.contains(n.substring(1));
    }

    /**
     * A city followed by a masculine nationality adjective is its club, not the city, which Arabic treats as
     * feminine (وروما الإيطالي، ليون الفرنسي ▸ the clubs; روما الإيطالية is the city).
     */
    private boolean clubOfCity(List<Token> toks, int i, int end) {
        if (end - i != 1 || end >= toks.size()) {
            return false;
        }
        String city = ArabicForms.norm(toks.get(i).text(text));
        String bare = city.length() > 3 && city.charAt(0) == '\u0648' ? city.substring(1) : city;
        if ((lexicons.classesOf(city) & LexClass.CITY.bit()) == 0 && (lexicons.classesOf(bare) & LexClass.CITY.bit()) == 0) {
            return false;
        }
        Token next = toks.get(end);
        String w = next.text(text);
        if (!(definite(next) && isNisba(next) && w.endsWith("\u064A") && !w.endsWith("\u064A\u064A"))) {
            return false;
        }
        // not the genitive of a noun the adjective belongs to (مطار الرياض الدولي، ريف حلب الشمالي، متحف لندن البريطاني)
        if (i == 0 || !bare.equals(city)) {
            return true; // at the start, or a list item (وروما الإيطالي)
        }
        Token prev = toks.get(i - 1);
        return prev.kind() == TokenKind.PUNCT || CLUB_PREPOSITIONS.contains(prev.norm());
    }

    /** Prepositions that govern a club right before it (أمام بازل السويسري، من روما الإيطالي). */
    private static final Set<String> CLUB_PREPOSITIONS = Stream.of("من", "إلى", "أمام", "مع", "على", "ضد", "لصالح", "عن")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    /** The words that link a name to the father's: بن، بنت، ابن. */
    private static final Set<String> KINSHIP = Stream.of("بن", "بنت", "ابن").map(EntityAssembler::tokenNorm)
            .collect(Collectors.toUnmodifiableSet());

    /** Particles that only stand before a verb (لن نجد، لم يعد، قد يكون، سوف يأتي). */
    private static final Set<String> VERB_PARTICLES = Stream.of("لن", "لم", "قد", "سوف", "ولن", "ولم", "وقد",
            "فلن", "فلم", "لقد")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet()); // not فقد (lost), كي (كيم كي غوان)

    /** A one-word name right after a particle that only stands before a verb is that verb (لن نجد من يقر ▸ no نجد). */
    private boolean verbAfterParticle(List<Token> toks, int i) {
        return i > 0 && VERB_PARTICLES.contains(toks.get(i - 1).norm());
    }

    private static final String NILE = tokenNorm("النيل");
    private static final String MIN = tokenNorm("من");

    private static final String SAID = tokenNorm("الصعيد");
    private static final String ALA = tokenNorm("على");

    /** على الصعيد (ذاته، الدولي، الاقتصادي)، وعلى هذا الصعيد: "at the level of", not Upper Egypt. */
    private static boolean levelAfterAla(List<Token> toks, int i) {
        if (i == 0 || !SAID.equals(toks.get(i).norm())) {
            return false;
        }
        int p = i - 1;
        if (p > 0 && THIS.equals(toks.get(p).norm())) {
            p--; // على هذا الصعيد
        }
        return toks.get(p).norm().endsWith(ALA) && toks.get(p).norm().length() <= ALA.length() + 1;
    }

    private static final String THIS = tokenNorm("هذا");

    /** Arabic names of Latin letters (بي، سي، إس، آي …), normalized: the pieces of a dotted acronym. */
    private static final Set<String> LETTER_NAMES = Stream.of("بي", "سي", "إس", "اس", "آي", "إي", "إم", "ام", "تي", "دي",
            "جي", "إتش", "اتش", "يو", "إن", "ان", "إف", "أف", "كيه", "إل", "آر", "أو", "زد", "إكس", "واي", "كيو", "في")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    /**
     * A one-word mention that is a letter of an acronym written with dots (بي.بي.سي، إتش.إس.بي.سي، يو. بي. آي):
     * a piece of the name, no name of its own.
     */
    private boolean acronymPiece(List<Token> toks, int i) {
        if (!LETTER_NAMES.contains(toks.get(i).norm())) {
            return false;
        }
        return i > 0 && isDot(toks.get(i - 1)) || i + 1 < toks.size() && isDot(toks.get(i + 1));
    }

    private boolean isDot(Token t) {
        return t.kind() == TokenKind.PUNCT && t.end() - t.start() == 1 && text.charAt(t.start()) == '.';
    }

    /**
     * The tags with a person's name written with a hyphen made one name (جان-لوك ماريني: the tagger sees جان and
     * لوك ماريني apart): a hyphen with no space on either side between two person tags becomes part of the name.
     */
    private List<String> joinHyphenatedNames(List<Token> toks, List<String> y) {
        List<String> out = null;
        for (int j = 1; j + 1 < toks.size(); j++) {
            Token h = toks.get(j);
            if (h.kind() != TokenKind.PUNCT || h.end() - h.start() != 1 || text.charAt(h.start()) != '-'
                    || toks.get(j - 1).end() != h.start() || toks.get(j + 1).start() != h.end()) {
                continue;
            }
            if (type(y.get(j - 1)) == EntityType.PERSON && type(y.get(j + 1)) == EntityType.PERSON && y.get(j + 1).startsWith("B-")
                    && !LexClass.PERSON.in(lexicons.classesOf(ArabicForms.norm(toks.get(j - 1).text(text))))) { // not قمة ترامب-أون
                if (out == null) {
                    out = new ArrayList<>(y);
                }
                String inside = "I-" + y.get(j - 1).substring(2);
                out.set(j, inside);
                out.set(j + 1, inside);
            }
        }
        return out == null ? y : out;
    }

    /** Currency nouns, normalized (دينار، درهم، ريال، دولار، يورو، جنيه، ليرة …). */
    private static final Set<String> CURRENCIES = Stream.of("دينار", "دنانير", "درهم", "دراهم", "ريال", "ريالات", "دولار",
            "دولارات", "يورو", "جنيه", "جنيهات", "ليرة", "ليرات", "روبل", "ين", "يوان", "روبية", "فرنك", "شيكل")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    /** Number words a currency is counted by (ألف دينار، مليون دولار), normalized. */
    private static final Set<String> COUNTS = Stream.of("ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات", "مئة", "مائة",
            "مئات", "عشرات").map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    /** A currency right after a number or a number word (٧٠ ألف دينار، 5 دولارات): an amount, no name. */
    private static boolean countedCurrency(List<Token> toks, int i) {
        if (i == 0 || !CURRENCIES.contains(toks.get(i).norm())) {
            return false;
        }
        Token p = toks.get(i - 1);
        return p.kind() == TokenKind.NUMBER || COUNTS.contains(p.norm());
    }

    /** Nouns of measure written with ب before a figure (بطول 17 كلم، بمساحة (500) م2): no names. */
    private static final Set<String> MEASURES = Stream.of("بطول", "وبطول", "بعرض", "وبعرض", "بارتفاع", "بعمق", "بمساحة",
            "وبمساحة", "بقيمة", "وبقيمة", "بمعدل", "بنسبة", "بسعة", "بوزن").map(EntityAssembler::tokenNorm)
            .collect(Collectors.toUnmodifiableSet());

    /** بطول (17 كلم) and the like, or بأول in أولا بأول ("step by step"): a word of the clause, no name. */
    private boolean measureOrIdiom(List<Token> toks, int i) {
        String n = toks.get(i).norm();
        if (MEASURES.contains(n) && i + 1 < toks.size()) {
            Token next = toks.get(i + 1);
            return next.kind() == TokenKind.NUMBER || next.kind() == TokenKind.PUNCT && text.charAt(next.start()) == '(';
        }
        return i > 0 && BI_AWWAL.equals(n) && ArabicForms.norm(toks.get(i - 1).text(text)).startsWith(AWWALAN);
    }

    private static final String BI_AWWAL = tokenNorm("بأول");
    private static final String AWWALAN = ArabicForms.norm("أولا");

    /**
     * A month name the tagger took for a place when another month name or a year follows it in brackets or
     * right after it (في آب (أغسطس) 2014، آذار 2018): a date, no place.
     */
    private boolean monthWithGloss(List<Token> toks, int i) {
        if (!LexClass.MONTH.in(lexicons.classesOf(ArabicForms.norm(toks.get(i).text(text))))) {
            return false;
        }
        int j = i + 1;
        if (j < toks.size() && toks.get(j).kind() == TokenKind.PUNCT && "(/".indexOf(text.charAt(toks.get(j).start())) >= 0) {
            j++;
        }
        if (j >= toks.size()) {
            return false;
        }
        Token n = toks.get(j);
        return n.kind() == TokenKind.NUMBER || LexClass.MONTH.in(lexicons.classesOf(ArabicForms.norm(n.text(text))));
    }

    /** النيل من (to undermine, للنيل من وحدة الصف): the verbal noun, not the river. */
    private boolean nileAsUndermining(List<Token> toks, int i) {
        return i + 1 < toks.size() && NILE.equals(stripLam(toks.get(i).norm())) && MIN.equals(toks.get(i + 1).norm())
                && (i == 0 || !RIVER_WORDS.contains(toks.get(i - 1).norm())); // not مياه النيل من
    }

    private static final Set<String> RIVER_WORDS = Stream.of("نهر", "مياه", "حوض", "وادي", "دلتا", "ضفاف", "ضفة", "منابع",
            "مجرى", "فيضان")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    private static String stripLam(String n) {
        return n.startsWith("\u0644\u0644") ? "\u0627" + n.substring(1) : n;
    }

    /** Words for the day or time of day, normalized (اليوم، أمس، الجمعة ...): they end an organization's name. */
    private static final Set<String> TIME_WORDS = Stream.of("اليوم", "أمس", "غدا", "غداً", "الليلة", "الأحد", "الاثنين",
            "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "صباح", "مساء", "ظهر", "عصر", "فجر")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    private static final Set<String> PERIODS = Stream.of("العام", "الشهر", "الأسبوع", "الأسابيع", "الأشهر")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> RELATIVE_TIME = Stream.of("الماضي", "المقبل", "الجاري", "القادم", "الماضية", "المقبلة")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    /** Words that end a description after a name: times, prepositions of the clause, relatives. */
    private static final Set<String> AFTER_ROLE = Stream.of("اليوم", "أمس", "يوم", "الأحد", "الاثنين", "الإثنين",
            "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "حاليا", "سابقا", "حينئذ", "آنذاك", "في", "على", "بعد",
            "قبل", "خلال", "منذ", "أثناء", "الذي", "التي", "الذين", "للصحفيين", "للصحافيين", "للصحافة", "أيضا",
            "مؤخرا", "القول", "بالقول").map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());

    /** Words that open reported content (أن، إن، بأن with or without a pronoun): no role runs through them. */
    private static final Set<String> COMPLEMENTIZERS = Stream.of("أن", "أنه", "أنها", "أنهم", "إن", "إنه", "إنها",
            "إنهم", "بأن", "بأنه", "بأنها", "بأنهم")
            .map(EntityAssembler::tokenNorm).collect(Collectors.toUnmodifiableSet());
}
