package org.mirsad.extract.ner.internal;

import java.util.Set;

/**
 * Sentence-level corrections of the tagger's labels (indices into {@link TaggerModel#LABELS}, changed in
 * place).
 *
 * <ol>
 *   <li>{@code TITLE_NOT_ENTITY}: a title or role word (الرئيس، وزير، الدكتور) opening an entity is not part
 *       of it; a lone title is not an entity.</li>
 *   <li>{@code NISBA_NOT_PLACE}: a lone nationality or nisba adjective (الفرنسي، العراقية) tagged as a place
 *       is not one, unless the lexicons know it as a place.</li>
 *   <li>{@code COORDINATED_NAMES}: a token with the conjunction و inside a person's name begins the next
 *       person (سلوى الخطيب وهادي السعدي), unless the token is itself a given name beginning with و
 *       (وليد، وفاء); so does a given name with a preposition attached (رياض التوفيق ▸ لعمرو سعد),
 *       unless the whole token is itself a given name (لطفي، بدر).</li>
 *   <li>{@code GIVEN_NAME_AFTER_TITLE}: a given name the lexicons know, right after a title phrase (مدير
 *       المعبر نادر، رئيسة الغرفة التجارية هالة), begins a person even where the model saw none — when
 *       the next word can go on a name — an Arabic word without the article that is no particle or
 *       preposition ({@link #FUNCTION_WORDS}), or a family name (see below), and no title or head of an
 *       organization or place (so المتحدث باسم الحكومة، باسم وزارة stay as they are) — and that word
 *       is the family name. A word the lexicons do not know at all is taken as a given name there too
 *       when a family name follows it (وزيرة البيئة ▸ زهيرة القندوسي), unless it has a proclitic or
 *       the prefix of an imperfect or future verb (ي ت ن س: يستقبل الدبلوماسي).</li>
 *   <li>{@code PLURAL_NOT_PERSON}: a one-word person with the shape of a masculine sound plural — six
 *       letters or more ending in ون, with the participle's م first or the active participle's alef second
 *       (متظاهرون، سائقون، مراقبون) — that the lexicons do not know as a name is not a person (foreign
 *       surnames in ـسون, اندرسون، ميكلسون, keep their tag).</li>
 *   <li>{@code NISBA_NOT_FIRST_NAME}: a definite nisba-shaped word opening a person's name of several words
 *       (المطرب الأهوازي ▸ مهدي يراحي) describes the person and is not part of the name.</li>
 *   <li>{@code CURRENCY_NOT_ENTITY}: a currency word tagged alone as MISC (دولار، يوروهات، بالجنيه — the
 *       training corpus marks it so), or as anything else after an amount or before a nationality (38 مليون
 *       ريال، ريال سعودي — not the club), is not an entity; the quantities layer reads it with its
 *       amount.</li>
 *   <li>{@code COUNTRY_WORD_AS_ADJECTIVE}: a country whose name is also a common word (مالي = financial)
 *       tagged right after an indefinite noun that governs no country is that word (مبلغ مالي; see
 *       {@link #adjectiveCountry}); شمال مالي، في مالي stay. After the document pass, السعودية after a
 *       definite word is its adjective (الحدود السعودية, not in المملكة العربية السعودية) and a one-word
 *       place opening its clause before أن is a verb (نجد أن; {@link #clearNisbaAndVerbPlaces}).</li>
 *   <li>{@code NO_PARTICLE_IN_NAME}: a person's name ends before a particle, preposition or pronoun
 *       ({@link #FUNCTION_WORDS}: عمرو سعد ▸ هو).</li>
 *   <li>{@code FAMILY_NAME_AFTER_GIVEN_NAME}: a person tagged as a given name alone (نادر) takes the
 *       definite word after it as the family name when that word has the nisba-like ending of Arab family
 *       names (العلي، الشمري، القيسوني) and the lexicons know it as no nationality, title or place.</li>
 * </ol>
 */
public final class SentenceRules {

    private static final int PLACE = LexClass.COUNTRY.bit() | LexClass.CITY.bit() | LexClass.REGION.bit();

    private SentenceRules() {
    }

    private static final int I_PERSON = TaggerModel.labelOf("I-PERSON");
    private static final int GIVEN = LexClass.GIVEN_MALE.bit() | LexClass.GIVEN_FEMALE.bit();

    /** Applies the rules. */
    public static void apply(TokenForms[] t, int[] y, Lexicons lex) {
        int n = y.length;
        // GIVEN_NAME_AFTER_TITLE
        int[] after = hasTitle(t, lex) ? Features.afterTitle(t, lex) : new int[n];
        for (int i = 0; i < n; i++) {
            if (y[i] == 0 && after[i] > 0 && i + 1 < n && (knownGivenName(t[i], lex) && nameGoesOn(t[i + 1], lex)
                    || unknownName(t[i], lex) && (y[i + 1] == 0 || y[i + 1] == I_PERSON - 1) && familyName(t[i + 1], lex))) {
                y[i] = I_PERSON - 1;
                if (y[i + 1] == 0 || y[i + 1] == I_PERSON - 1) {
                    y[i + 1] = I_PERSON; // the family name, or the model's one-word person that it begins
                }
            }
        }
        // PLURAL_NOT_PERSON
        for (int i = 0; i < n; i++) {
            boolean alone = y[i] == I_PERSON - 1 && (i + 1 >= n || y[i + 1] != I_PERSON);
            if (alone && soundPlural(t[i].core) && (classes(t[i], lex) & (GIVEN | LexClass.PERSON.bit())) == 0) {
                y[i] = 0;
            }
        }
        // NISBA_NOT_FIRST_NAME
        for (int i = 0; i + 1 < n; i++) {
            if (y[i] == I_PERSON - 1 && y[i + 1] == I_PERSON && "\u0627\u0644".equals(t[i].proclitic)
                    && t[i].core.length() >= 3 && t[i].core.endsWith("\u064A")) {
                y[i] = 0;
                y[i + 1] = I_PERSON - 1;
            }
        }
        // CURRENCY_NOT_ENTITY
        for (int i = 0; i < n; i++) {
            boolean alone = y[i] != 0 && y[i] % 2 == 1 && (i + 1 >= n || y[i + 1] != y[i] + 1);
            if (alone && currency(t[i]) && (y[i] == B_MISC || amountBefore(t, i) || nisbaAfter(t, i, lex))) {
                y[i] = 0;
            }
        }
        // NO_PARTICLE_IN_NAME
        for (int i = 1; i < n; i++) {
            if (y[i] == I_PERSON && FUNCTION_WORDS.contains(t[i].norm)) {
                for (int k = i; k < n && y[k] == I_PERSON; k++) {
                    y[k] = 0;
                }
            }
        }
        // FAMILY_NAME_AFTER_GIVEN_NAME
        for (int i = 0; i + 1 < n; i++) {
            if (y[i] == I_PERSON - 1 && (i + 2 >= n || y[i + 2] != I_PERSON) && y[i + 1] == 0
                    && (classes(t[i], lex) & GIVEN) != 0 && familyName(t[i + 1], lex)) {
                y[i + 1] = I_PERSON;
            }
        }
        // COORDINATED_NAMES
        for (int i = 1; i < n; i++) {
            if (y[i] == I_PERSON && (coordinated(t[i], lex) || prepositionBeforeName(t[i], lex))) {
                y[i] = I_PERSON - 1;
            }
        }
        for (int i = 0; i < n; i++) {
            String tag = TaggerModel.LABELS.get(y[i]);
            if (!tag.startsWith("B-")) {
                continue;
            }
            int j = i + 1;
            while (j < n && y[j] == y[i] + 1) {
                j++;
            }
            // TITLE_NOT_ENTITY
            int cls = classes(t[i], lex);
            if (LexClass.TITLE.in(cls) && (cls & (PLACE | LexClass.PERSON.bit() | LexClass.GIVEN_MALE.bit()
                    | LexClass.GIVEN_FEMALE.bit() | LexClass.ORG.bit() | LexClass.MEDIA.bit())) == 0
                    && !tag.equals("B-ORG")) {
                y[i] = 0;
                if (j > i + 1) {
                    y[i + 1] = y[i + 1] - 1; // I-X -> B-X
                }
                i--; // re-examine the shortened entity
                continue;
            }
            // NISBA_NOT_PLACE
            if (tag.equals("B-LOC") && j == i + 1) {
                int c = classes(t[i], lex);
                if (LexClass.NISBA.in(c) && (c & PLACE) == 0) {
                    y[i] = 0;
                }
            }
            i = j - 1;
        }
    }

    private static final int NOT_FAMILY = LexClass.NISBA.bit() | LexClass.TITLE.bit() | PLACE | LexClass.ORG.bit()
            | LexClass.MEDIA.bit() | LexClass.AMBIGUOUS.bit();

    /** A bare definite word ending in ي, of at least three letters, that the lexicons know as nothing else. */
    private static boolean familyName(TokenForms w, Lexicons lex) {
        return "\u0627\u0644".equals(w.proclitic) && w.core.length() >= 3 && w.core.endsWith("\u064A")
                && (lex.classesOf(w.norm) & NOT_FAMILY) == 0;
    }

    private static final int NOT_NAME_PART = LexClass.TITLE.bit() | LexClass.ORG_HEAD.bit() | LexClass.PLACE_HEAD.bit()
            | LexClass.MEDIA_HEAD.bit() | LexClass.SAY_VERB.bit() | LexClass.CITE_CUE.bit() | PLACE | LexClass.ORG.bit()
            | LexClass.MEDIA.bit();

    private static final int B_MISC = TaggerModel.labelOf("B-MISC");
    private static final int B_LOC = TaggerModel.labelOf("B-LOC");

    /**
     * Rule {@code COUNTRY_WORD_AS_ADJECTIVE}, applied after the lexicon fill (which would put the country
     * back): clears one-word places that {@link #adjectiveCountry} reads as the common word.
     */
    public static void clearAdjectiveCountries(TokenForms[] t, int[] y) {
        for (int i = 0; i < t.length; i++) {
            if (y[i] == B_LOC && (i + 1 >= t.length || y[i + 1] != B_LOC + 1) && i > 0 && adjectiveCountry(t, i)) {
                y[i] = 0;
            }
        }
    }

    /**
     * Rules {@code SAUDI_AS_ADJECTIVE} and {@code VERB_WRITTEN_LIKE_A_PLACE}, applied after the document pass (they
     * are no part of the first-pass labels the document model learns from): clears one-word places that are
     * السعودية as the adjective of the definite word before it ({@link #definiteNisbaCountry}) or a verb
     * before its complement ({@link #verbBeforeComplement}: نجد أن).
     */
    public static void clearNisbaAndVerbPlaces(TokenForms[] t, int[] y) {
        for (int i = 0; i < t.length; i++) {
            if (y[i] == B_LOC && (i + 1 >= t.length || y[i + 1] != B_LOC + 1)
                    && (i > 0 && definiteNisbaCountry(t, i) || verbBeforeComplement(t, i))) {
                y[i] = 0;
            }
        }
    }

    /** السعودية, normalized: the country and the feminine nisba adjective (Saudi) alike. */
    static final String SAUDI = ArabicForms.norm("السعودية");
    private static final String ARABIAN_CORE = ArabicForms.norm("عربية");

    /**
     * Whether token {@code i} is السعودية right after another definite word, where it agrees with that word
     * as its adjective (الكشافة السعودية، الساحة الإعلامية السعودية، بالاتصالات السعودية) — except in the
     * country's full name (المملكة العربية السعودية).
     */
    static boolean definiteNisbaCountry(TokenForms[] t, int i) {
        TokenForms p = t[i - 1];
        return SAUDI.equals(t[i].norm) && p.shape == TokenForms.SHAPE_ARABIC && Features.definite(p)
                && !ARABIAN_CORE.equals(p.core);
    }

    /** أن, بأن, normalized: a complementizer, which follows a verb (نجد أن) but never a place's name alone. */
    private static final Set<String> COMPLEMENTIZERS = ArabicForms.normSet("أن", "بأن", "أنّ");

    /** The letters an imperfect verb begins with (أ ن ي ت, normalized). */
    private static final String IMPERFECT_PREFIXES = "\u0627\u0646\u064A\u062A";

    /**
     * Whether token {@code i}, a one-word place without a proclitic that begins like an imperfect verb
     * ({@link #IMPERFECT_PREFIXES}), opens its clause (first in the sentence
     * or after punctuation) and is followed by a complementizer or an indefinite word with tanween: it is a
     * verb written like a place (في جملة واحدة، نجد أن الكاتب … ▸ "we find", not Najd).
     */
    static boolean verbBeforeComplement(TokenForms[] t, int i) {
        if (i + 1 >= t.length || !t[i].proclitic.isEmpty() || t[i].shape != TokenForms.SHAPE_ARABIC
                || IMPERFECT_PREFIXES.indexOf(t[i].norm.charAt(0)) < 0 || i > 0 && t[i - 1].shape != TokenForms.SHAPE_PUNCT) {
            return false;
        }
        TokenForms next = t[i + 1];
        return COMPLEMENTIZERS.contains(next.norm) || TanweenRule.hasTanween(next.surface);
    }

    /**
     * Countries whose name is also a common adjective or noun: مالي (financial), بنين (boys), and the
     * spellings تركية and سورية of Turkey and Syria, which are also the feminine adjectives (شركة تركية).
     */
    static final Set<String> COUNTRY_WORDS = ArabicForms.normSet("مالي", "بنين", "تركية", "سورية");

    /** Words after which such a name is the country (شمال مالي، رئيس مالي، جمهورية بنين). */
    static final Set<String> COUNTRY_HEADS = ArabicForms.normSet("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي",
            "غربي", "رئيس", "رئيسة", "حكومة", "جيش", "دولة", "جمهورية", "عاصمة", "سفارة", "سفير", "شعب", "منتخب",
            "أراضي", "حدود", "مناطق", "مدن", "قوات", "برلمان", "وزير", "وزيرة", "إمبراطورية", "استعمار", "سلطات",
            "رئاسة", "مواطني", "لاجئي", "سكان", "مملكة", "بعثة", "أزمة", "إقليم", "أقاليم", "ولايات");


    /**
     * Whether token {@code i}, a country name that is also a common word ({@link #COUNTRY_WORDS}), stands as
     * that word: bare, right after an Arabic noun without the article that is no preposition or particle and
     * no head that governs a country ({@link #COUNTRY_HEADS}) — مبلغ مالي، نظام مالي، مدارس بنين.
     */
    static boolean adjectiveCountry(TokenForms[] t, int i) {
        TokenForms w = t[i];
        if (!w.proclitic.isEmpty() || !COUNTRY_WORDS.contains(w.norm)) {
            return false;
        }
        TokenForms p = t[i - 1];
        return p.shape == TokenForms.SHAPE_ARABIC && !Features.definite(p) && p.core.length() >= 3
                && !FUNCTION_WORDS.contains(p.norm) && !COUNTRY_HEADS.contains(ArabicForms.core(p.norm))
                && !COUNTRY_HEADS.contains(p.norm);
    }

    /** Number words an amount of money is written with (مليون ريال، آلاف الدنانير). */
    static final Set<String> AMOUNT_WORDS = ArabicForms.normSet("ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات", "ملياري", "مليوني", "ألفي");

    /** Whether a number or a number word stands right before token {@code i} (38 مليون ريال، 500 دينار). */
    static boolean amountBefore(TokenForms[] t, int i) {
        return i > 0 && (t[i - 1].shape == TokenForms.SHAPE_DIGIT || AMOUNT_WORDS.contains(t[i - 1].norm));
    }

    /** Whether an indefinite nationality adjective follows token {@code i} (ريال سعودي، دينار كويتي). */
    static boolean nisbaAfter(TokenForms[] t, int i, Lexicons lex) {
        return i + 1 < t.length && t[i + 1].proclitic.isEmpty() && LexClass.NISBA.in(lex.tokenClasses(t[i + 1]));
    }

    /** Normalized currency names (ArabicForms#norm), matched with up to three letters of ending. */
    static final java.util.List<String> CURRENCIES = java.util.List.of(
            "\u062F\u0648\u0644\u0627\u0631", "\u064A\u0648\u0631\u0648", "\u062C\u0646\u064A\u0647",
            "\u0631\u064A\u0627\u0644", "\u062F\u0631\u0647\u0645", "\u062F\u064A\u0646\u0627\u0631",
            "\u0644\u064A\u0631\u0647", "\u0631\u0648\u0628\u0644", "\u064A\u0648\u0627\u0646",
            "\u0641\u0631\u0646\u0643", "\u0634\u064A\u0643\u0644", "\u0627\u0633\u062A\u0631\u0644\u064A\u0646\u064A");

    /** Whether a token is a currency name, with a proclitic or an ending (بالدولار، دولارات، يوروهات). */
    static boolean currency(TokenForms w) {
        for (int f = 0; f < w.lookup.length; f += 2) {
            String c = ArabicForms.core(w.lookup[f]);
            for (String cur : CURRENCIES) {
                if (c.startsWith(cur) && c.length() <= cur.length() + 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Closed-class words (particles, prepositions, pronouns, time adverbs) that never continue a name. */
    static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            "\u0627\u0646", "\u0627\u0646\u0647", "\u0627\u0646\u0647\u0627", "\u0641\u064A", "\u0645\u0646",
            "\u0627\u0644\u0649", "\u0639\u0644\u0649", "\u0639\u0646", "\u0645\u0639", "\u0642\u062F",
            "\u0644\u0642\u062F", "\u0644\u0645", "\u0644\u0646", "\u0645\u0627", "\u0644\u0627", "\u0647\u0648",
            "\u0647\u064A", "\u0627\u0645\u0633", "\u063A\u062F\u0627", "\u0628\u0639\u062F", "\u0642\u0628\u0644",
            "\u062E\u0644\u0627\u0644", "\u0639\u0646\u062F", "\u062D\u064A\u062B", "\u0643\u0645\u0627",
            "\u0627\u0648", "\u062B\u0645", "\u0628\u064A\u0646", "\u0630\u0644\u0643", "\u0647\u0630\u0627",
            "\u0647\u0630\u0647", "\u0627\u064A\u0636\u0627", "\u0643\u0627\u0646", "\u0643\u0627\u0646\u062A",
            "\u062D\u062A\u0649", "\u0627\u0630\u0627", "\u0644\u0643\u0646");

    /** Whether any token is a title word (the only place GIVEN_NAME_AFTER_TITLE can fire). */
    private static boolean hasTitle(TokenForms[] t, Lexicons lex) {
        for (TokenForms w : t) {
            if (LexClass.TITLE.in(classes(w, lex))) {
                return true;
            }
        }
        return false;
    }

    private static boolean coordinated(TokenForms w, Lexicons lex) {
        return w.norm.length() >= 4 && w.norm.charAt(0) == '\u0648' && (lex.classesOf(w.norm) & GIVEN) == 0;
    }

    /** ب، ك or ل attached to a given name the lexicons know, the whole token being no given name. */
    private static boolean prepositionBeforeName(TokenForms w, Lexicons lex) {
        if (w.norm.length() < 4 || "\u0628\u0643\u0644".indexOf(w.norm.charAt(0)) < 0
                || (lex.classesOf(w.norm) & GIVEN) != 0) {
            return false;
        }
        return (lex.classesOf(w.norm.substring(1)) & GIVEN) != 0;
    }

    private static boolean knownGivenName(TokenForms w, Lexicons lex) {
        int c = classes(w, lex);
        return (c & GIVEN) != 0 && (c & LexClass.AMBIGUOUS.bit()) == 0;
    }

    /** An Arabic word in no lexicon, without proclitic or verb prefix, that may be an unknown given name. */
    private static boolean unknownName(TokenForms w, Lexicons lex) {
        if (w.shape != TokenForms.SHAPE_ARABIC || !w.proclitic.isEmpty() || w.norm.length() < 3
                || classes(w, lex) != 0 || FUNCTION_WORDS.contains(w.norm)) {
            return false;
        }
        char c = w.norm.charAt(0);
        return c != '\u064A' && c != '\u062A' && c != '\u0646' && c != '\u0633';
    }

    /** Whether a word can follow a given name inside the name. */
    private static boolean nameGoesOn(TokenForms w, Lexicons lex) {
        if (w.shape != TokenForms.SHAPE_ARABIC || (classes(w, lex) & NOT_NAME_PART) != 0 || FUNCTION_WORDS.contains(w.norm)) {
            return false;
        }
        return w.proclitic.isEmpty() || familyName(w, lex);
    }

    /** The shape of a masculine sound plural of a participle (see {@code PLURAL_NOT_PERSON}). */
    static boolean soundPlural(String core) {
        int n = core.length();
        if (n < 6 || !core.endsWith("\u0648\u0646") || core.endsWith("\u0633\u0648\u0646")) {
            return false;
        }
        return core.charAt(0) == '\u0645' || core.charAt(1) == '\u0627';
    }

    /** Lexicon classes of a single token, with proclitics stripped. */
    static int classes(TokenForms t, Lexicons lex) {
        return lex.tokenClasses(t);
    }
}
