package org.mirsad.extract.clean.internal;

/**
 * Finds datelines and bylines, on their own line or opening the first paragraph.
 *
 * <p>Rules (a credit line has at most {@link #MAX_LINE_WORDS} words and no final full stop):
 * <ol>
 *   <li><b>cue</b>: a byline cue ({@code byline-cue.txt}: كتب، بقلم، إعداد …) then an optional colon or
 *       dash and 1–5 words: byline = those words;</li>
 *   <li><b>dash</b>: {@code A - B} (any dash) with 1–5 words a side (B may be empty: "الرياض (واس) -"):
 *       the side that is a known place ({@code places.txt}) is the dateline, the other the byline; with no
 *       known place, A is the dateline (the Arabic convention "المكان - الكاتب"), unless B is an agency or
 *       desk word, then A is the byline. Accepted when a side is a known place or agency, a credit is in
 *       «» or (), the line ends with a colon, or the caller says the line follows the title;</li>
 *   <li><b>agency</b>: "(واس)" or "الرياض (واس)" without a dash;</li>
 *   <li><b>leading</b>: the first paragraph opens with {@code PLACE [(agency)|«outlet»] DASH
 *       [«outlet»|(agency)] [:]} and then the story: the dateline is the place (1–3 words, a known place, or
 *       followed by a bracketed credit, or at most 2 words followed by a spaced dash), the byline the
 *       bracketed credit, and the body starts after them.</li>
 * </ol>
 */
public final class Credits {

    /** Most words of a credit line. */
    public static final int MAX_LINE_WORDS = 9;
    /** Most words of one side of a credit line. */
    public static final int MAX_SIDE_WORDS = 5;
    /**
     * Most words of a side of a plain "A - B" line after the title, with no known place, agency or
     * bracket to vouch for it (a subheading «اتفاق فرنسي - روسي في شأن سفينتي» is no credit).
     */
    public static final int MAX_PLAIN_SIDE_WORDS = 3;
    /** Fewest words of story after a leading credit. */
    public static final int MIN_STORY_WORDS = 6;

    /** Titles and roles (the entity recognizer's {@code titles.txt}): a name they open is a speaker's. */
    private static final PhraseSet TITLES = PhraseSet.of(
            PhraseSet.readAnyResource("/org/mirsad/extract/ner/lexicon/titles.txt"));

    /** How far into a paragraph a leading dateline's dash may be (chars). */
    public static final int MAX_LEADING_CHARS = 60;

    private Credits() {
    }

    /**
     * The credit of a whole line, or null.
     *
     * @param afterTitle whether the line comes after the headline (then a plain "A - B" is accepted)
     */
    public static Credit ofLine(Line line, boolean afterTitle) {
        LineShape s = line.shape;
        if (s.words == 0 || s.words > MAX_LINE_WORDS || s.period && !line.text.endsWith("..") || s.terminal && !s.period) {
            return null;
        }
        String t = line.text;
        int cue = Cues.BYLINE.prefixLength(line.words());
        if (cue > 0 && line.words().length > cue && line.words().length - cue <= MAX_SIDE_WORDS) {
            int after = afterWords(t, cue);
            boolean marked = after < t.length() && (t.charAt(after) == ':' || LineShape.isDash(t.charAt(after)));
            if (marked || afterTitle) {
                String by = clean(t.substring(after));
                if (!by.isEmpty()) {
                    return new Credit(null, by, t.length());
                }
            }
        }
        int dash = findDash(t, 0, t.length());
        if (dash >= 0) {
            String left = t.substring(0, dash);
            String right = t.substring(dash + 1);
            return split(left, right, t, afterTitle);
        }
        Bracket b = Bracket.last(t);
        if (b != null && b.end >= trimEnd(t) && isAgency(b.inner)) {
            String place = clean(t.substring(0, b.start));
            if (place.isEmpty() || words(place) <= 3) {
                return new Credit(place.isEmpty() ? null : place, clean(b.inner), t.length());
            }
        }
        return null;
    }

    private static Credit split(String left, String right, String t, boolean afterTitle) {
        Bracket lb = Bracket.last(left);
        String leftCredit = null;
        String leftMain = left;
        if (lb != null && lb.end >= trimEnd(left)) {
            leftCredit = lb.inner;
            leftMain = left.substring(0, lb.start);
        }
        String l = clean(leftMain);
        String r = clean(right);
        int lw = words(l);
        int rw = words(r);
        if (lw == 0 && leftCredit == null || lw > MAX_SIDE_WORDS || rw > MAX_SIDE_WORDS) {
            return null;
        }
        boolean lPlace = isPlace(l);
        boolean rPlace = isPlace(r);
        boolean lAgency = isAgency(l) || isDesk(l);
        boolean rAgency = isAgency(r) || isDesk(r);
        boolean bracketed = leftCredit != null || right.strip().startsWith("«") || right.strip().startsWith("(")
                || right.strip().startsWith("\"");
        boolean known = lPlace || rPlace || lAgency || rAgency || bracketed || t.strip().endsWith(":");
        boolean accepted = known || afterTitle && lw <= MAX_PLAIN_SIDE_WORDS && rw <= MAX_PLAIN_SIDE_WORDS;
        if (!accepted || rw == 0 && leftCredit == null && !lPlace) {
            return null;
        }
        String dateline;
        String byline;
        if (!lPlace && !rPlace && leftCredit == null && CreditParts.isPerson(l) && !CreditParts.isPerson(r) && !rAgency) {
            // عمر إبراهيم – عين اليوم: the writer, then the outlet; one word after the writer is the place (– تربة)
            return new Credit(rw == 1 ? r : null, l, t.length());
        }
        if (rPlace && !lPlace) {
            dateline = r;
            byline = l;
        } else if (!lPlace && rAgency && !lAgency) {
            dateline = null;
            byline = l;
        } else {
            dateline = l.isEmpty() ? null : l;
            byline = r.isEmpty() ? null : r;
        }
        if (leftCredit != null) {
            String c = clean(leftCredit);
            byline = byline == null ? c : c + " - " + byline;
        }
        return new Credit(dateline, byline, t.length());
    }

    /**
     * A dateline/byline that opens a paragraph, or null. {@link Credit#skip} is where the story starts.
     */
    public static Credit leading(String t) {
        Credit parts = leadingParts(t);
        if (parts != null) {
            return parts;
        }
        Credit dashed = leadingDashed(t);
        if (dashed == null) {
            return leadingColon(t);
        }
        if (dashed.byline() == null) {
            Credit named = leadingColon(t.substring(dashed.skip()));
            if (named != null) {
                return new Credit(dashed.dateline(), named.byline(), dashed.skip() + named.skip());
            }
        }
        return dashed;
    }

    /**
     * Words that cannot open a colon credit: reporting verbs and particles ("قال: ..." opens a
     * quotation, not a byline).
     */
    public static final java.util.Set<String> NOT_CREDIT_WORDS = java.util.Set.of(
            "قال", "قالت", "وقال", "وقالت", "اكد", "اكدت", "واكد", "اضاف", "واضاف", "اوضح", "اعلن", "اعلنت", "كتب",
            "كتبت", "سؤال", "جواب", "س", "ج", "ملاحظه", "تنويه", "تحديث", "عاجل", "المصدر", "اقرا", "شاهد", "انظر");

    /**
     * A credit of several parts ending in a colon at the start of the first paragraph, read by
     * {@link CreditParts}: {@code "حاتم العميري - سبق - مكة المكرمة: ..."}, {@code "سبق - متابعة: ..."},
     * {@code "واشنطن: ..."}. Taken when the reading is confident, the first word is no reporting verb, and
     * at least {@link #MIN_STORY_WORDS} words follow.
     */
    static Credit leadingParts(String t) {
        int colon = colonBefore(t, MAX_LEADING_CHARS + 20, ".؛!؟?");
        if (colon <= 0) {
            return null;
        }
        int start = skipSpaces(t, colon + 1);
        String left = t.substring(0, colon);
        if (start >= t.length() || words(t.substring(start)) < MIN_STORY_WORDS || words(left) > MAX_LINE_WORDS) {
            return null;
        }
        String[] first = LineKey.words(LineKey.of(left));
        if (first.length == 0 || NOT_CREDIT_WORDS.contains(first[0])) {
            return null;
        }
        CreditParts.Reading r = CreditParts.read(left);
        if (r == null || !r.confident()) {
            return null;
        }
        return new Credit(r.dateline(), r.byline(), start);
    }

    /**
     * The index of the first colon among the first {@code limit} chars of {@code t}, or -1 when there is none
     * or one of {@code stops} (sentence marks) comes before it.
     */
    private static int colonBefore(String t, int limit, String stops) {
        int end = Math.min(t.length(), limit);
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (c == ':') {
                return i;
            }
            if (stops.indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A credit ending in a colon at the start of the first paragraph: {@code "بغداد/ وكالة: ..."}
     * (place, then agency or author) or {@code "اسم العائلة: ..."} (a 2–3-word name, none of its
     * words with the article before the last, no digits, no reporting verb).
     */
    static Credit leadingColon(String t) {
        int colon = colonBefore(t, MAX_LEADING_CHARS, ".،,؛!؟?«\"");
        if (colon <= 0) {
            return null;
        }
        int start = skipSpaces(t, colon + 1);
        if (start >= t.length() || words(t.substring(start)) < 6) {
            return null;
        }
        String left = clean(t.substring(0, colon));
        if (left.isEmpty() || hasDigit(left)) {
            return null;
        }
        int slash = left.indexOf('/');
        if (slash > 0) {
            String place = clean(left.substring(0, slash));
            String credit = clean(left.substring(slash + 1));
            if (words(place) == 0 || words(place) > 3 || words(credit) == 0 || words(credit) > 4) {
                return null;
            }
            return new Credit(place, credit, start);
        }
        String[] w = left.split("\\s+");
        if (w.length < 2 || w.length > 3 || TITLES.prefixLength(LineKey.words(LineKey.of(left))) > 0) {
            return null; // وزير النقل: … opens a statement
        }
        for (int k = 0; k < w.length; k++) {
            String n = org.mirsad.arabic.ArabicNormalizer.normalize(w[k]);
            if (NOT_CREDIT_WORDS.contains(n) || k < w.length - 1 && n.startsWith("ال") && n.length() > 3) {
                return null;
            }
        }
        return new Credit(null, left, start);
    }

    private static Credit leadingDashed(String t) {
        int limit = Math.min(t.length(), MAX_LEADING_CHARS);
        int dash = -1;
        int commas = 0;
        for (int i = 0; i < limit; i++) {
            char c = t.charAt(i);
            if (c == '،' || c == ',') {
                commas++; // دبي، الإمارات العربية المتحدة (CNN)--: city, country; checked below
                if (commas > 1) {
                    return null;
                }
                continue;
            }
            if (c == '.' || c == ':' || c == '؛' || c == '!' || c == '؟' || c == '?') {
                return null;
            }
            if (LineShape.isDash(c) && isDashAt(t, i)) {
                dash = i;
                break;
            }
        }
        if (dash <= 0) {
            return null;
        }
        String left = t.substring(0, dash);
        Bracket lb = Bracket.last(left);
        String credit = null;
        String place = left;
        if (lb != null && lb.end >= trimEnd(left)) {
            credit = lb.inner;
            place = left.substring(0, lb.start);
        }
        String p = clean(place);
        int pw = words(p);
        boolean agency = credit != null && isAgency(credit);
        if (commas > 0 && !(agency && cityAndCountry(p))) {
            return null; // a comma before the dash is a clause, unless a place, its country and an agency (CNN)
        }
        if (pw == 0 && agency && dash > 0) {
            int i = dash + 1;
            while (i < t.length() && LineShape.isDash(t.charAt(i))) {
                i++;
            }
            i = skipSpaces(t, i);
            return i < t.length() ? new Credit(null, clean(credit), i) : null; // (CNN)-- ...
        }
        if (pw == 0 || pw > (commas > 0 ? 6 : 3) || hasDigit(p) || Cues.NAV.matches(LineKey.of(p))
                || Cues.RELATED.matches(LineKey.of(p))) {
            return null;
        }
        int i = dash + 1;
        while (i < t.length() && LineShape.isDash(t.charAt(i))) {
            i++; // (CNN)-- : a doubled dash
        }
        i = skipSpaces(t, i);
        boolean spacedDash = dash + 1 < t.length() && Character.isWhitespace(t.charAt(dash + 1));
        if (i < t.length() && (t.charAt(i) == '«' || t.charAt(i) == '(' || t.charAt(i) == '"')) {
            Bracket rb = Bracket.at(t, i);
            if (rb != null && words(rb.inner) <= 4) {
                credit = credit == null ? rb.inner : credit;
                i = skipSpaces(t, rb.end);
                if (i < t.length() && (t.charAt(i) == ':' || LineShape.isDash(t.charAt(i)))) {
                    i = skipSpaces(t, i + 1);
                }
            }
        }
        boolean known = isPlace(p);
        if (!known && credit == null && !(pw <= 2 && spacedDash)) {
            return null;
        }
        if (i >= t.length()) {
            return null;
        }
        return new Credit(p, credit == null ? null : clean(credit), i);
    }

    /**
     * Whether the dash character at {@code i} separates: a tatweel does only when no letter that joins the
     * next one is glued before it (it lengthens the letter in «لـ "الاقتصادية"» and «بـ 12 طنا»; after ة
     * or ا, which never join, it is a dash: «الدوحةـ أنقرة»).
     */
    static boolean isDashAt(String t, int i) {
        char c = t.charAt(i);
        if (c == 'ـ') {
            if (i == 0) {
                return true;
            }
            char p = t.charAt(i - 1);
            return p != 'ـ' && (!Character.isLetter(p) || NON_JOINING.indexOf(p) >= 0);
        }
        return true;
    }

    /** Arabic letters that never join the letter after them: a tatweel after one cannot lengthen it. */
    private static final String NON_JOINING = "اأإآٱدذرزوؤةىء";

    private static int findDash(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (LineShape.isDash(t.charAt(i)) && isDashAt(t, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpaces(String t, int i) {
        while (i < t.length() && Line.isTrimmable(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index just after the first {@code n} key words of {@code t} (letters/digits runs). */
    private static int afterWords(String t, int n) {
        int i = 0;
        int seen = 0;
        while (i < t.length() && seen < n) {
            while (i < t.length() && !Character.isLetterOrDigit(t.charAt(i))) {
                i++;
            }
            while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i))
                    || Character.getType(t.charAt(i)) == Character.NON_SPACING_MARK || t.charAt(i) == 'ـ')) {
                i++;
            }
            seen++;
        }
        return skipSpaces(t, i);
    }

    /** Strips spaces, quotes, brackets, colons and dashes from both ends. */
    static String clean(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isStrip(s.charAt(a))) {
            a++;
        }
        while (b > a && isStrip(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isStrip(char c) {
        return Line.isTrimmable(c) || c == ':' || c == '«' || c == '»' || c == '(' || c == ')' || c == '"'
                || c == '“' || c == '”' || LineShape.isDash(c) || c == '/' || c == '|' || c == '،' || c == ',';
    }

    private static int trimEnd(String s) {
        int b = s.length();
        while (b > 0 && isStrip(s.charAt(b - 1)) && s.charAt(b - 1) != ')' && s.charAt(b - 1) != '»'
                && s.charAt(b - 1) != '"') {
            b--;
        }
        return b;
    }

    static int words(String s) {
        return LineKey.words(LineKey.of(s)).length;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (LineKey.asciiDigit(s.charAt(i)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the whole text is a known place. */
    static boolean isPlace(String s) {
        return !s.isEmpty() && Cues.PLACES.matches(LineKey.of(s));
    }

    /** Whether the whole text is a known agency. */
    /** {@code دبي، الإمارات العربية المتحدة}: at most three words, a comma, and a place the cue list knows. */
    private static boolean cityAndCountry(String p) {
        int comma = Math.max(p.indexOf('،'), p.indexOf(','));
        if (comma <= 0) {
            return false;
        }
        String city = clean(p.substring(0, comma));
        String country = clean(p.substring(comma + 1));
        return words(city) >= 1 && words(city) <= 3 && isPlace(country);
    }

    static boolean isAgency(String s) {
        return !s.isEmpty() && Cues.AGENCIES.matches(LineKey.of(s));
    }

    private static boolean isDesk(String s) {
        String[] w = LineKey.words(LineKey.of(s));
        return w.length == 1 && Cues.BYLINE.containsWord(w[0]);
    }

    /** A bracketed run: «…», (…) or "…". */
    record Bracket(int start, int end, String inner) {

        /** The bracket that opens at {@code i}, or null. */
        static Bracket at(String t, int i) {
            char open = t.charAt(i);
            char close = open == '«' ? '»' : open == '(' ? ')' : open == '"' ? '"' : 0;
            if (close == 0) {
                return null;
            }
            int j = t.indexOf(close, i + 1);
            return j < 0 ? null : new Bracket(i, j + 1, t.substring(i + 1, j));
        }

        /** The last bracketed run of {@code t}, or null. */
        static Bracket last(String t) {
            for (int j = t.length() - 1; j >= 0; j--) {
                char c = t.charAt(j);
                char open = c == '»' ? '«' : c == ')' ? '(' : 0;
                if (open != 0) {
                    int i = t.lastIndexOf(open, j - 1);
                    return i < 0 ? null : new Bracket(i, j + 1, t.substring(i + 1, j));
                }
            }
            return null;
        }
    }
}
