package org.mirsad.extract.ner.internal;

import java.util.Set;

/**
 * Rule {@code FACILITY_NAMED_AFTER_PERSON}: a facility or institution named after a person — a head without
 * the article ({@link #INSTITUTIONS}: مستشفى، جامعة ... or {@link #PLACES}: مطار، ملعب، شارع ...), then the
 * person's name, then the adjectives of the facility (مستشفى الملك فهد التخصصي، مطار الملك عبدالعزيز الدولي،
 * ملعب الأمير فيصل بن فهد، شارع محمد علي) — is one organization or place, not a person whose name goes on
 * with «الدولي»: the tagger reads the name and the words around it as it reads any person.
 *
 * <p>The name is the tagger's own: a person, or a name of any type after or beginning with a namesake title
 * ({@link #NAMESAKE_TITLES}: الملك، الإمام), which the tagger may read as it read the facility elsewhere in the
 * document. Heads that are also common nouns (مركز = position, حي = alive, مدينة) need the namesake title. An
 * institution named after a place with its adjective is one organization too (مركز جدة الدولي، مستشفى عسير
 * المركزي: {@link #PLACE_NAMED}). The place where the facility stands is no part of its name (مستشفى الملك فهد
 * | بالهفوف).
 *
 * <p>Applied after the document pass, so it is no part of the first-pass labels the document model learns
 * from. Labels are {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class FacilityNameRule {

    /** Heads of institutions named after a person, followed by the bare name (مستشفى سليمان الحبيب). */
    static final Set<String> INSTITUTIONS = ArabicForms.normSet("مستشفى", "جامعة", "كلية", "مدرسة", "أكاديمية", "مكتبة");

    /** Heads of places named after a person, followed by the bare name (شارع محمد علي، ملعب هزاع بن زايد). */
    static final Set<String> PLACES = ArabicForms.normSet("مطار", "ملعب", "استاد", "إستاد", "ستاد", "شارع", "مسجد", "جسر",
            "ميدان", "قاعة");

    /** Heads that name an institution after a person only with a namesake title (مركز الملك عبدالله للحوار). */
    static final Set<String> TITLED_INSTITUTIONS = ArabicForms.normSet("مركز", "معهد", "مجمع", "دارة", "مؤسسة", "جمعية", "صندوق",
            "مستشفيات", "برنامج");

    /** Heads that name a place after a person only with a namesake title (مدينة الملك عبدالله الاقتصادية). */
    static final Set<String> TITLED_PLACES = ArabicForms.normSet("مدينة", "قصر", "برج", "حي", "ميناء", "قاعدة", "حديقة",
            "منتزه", "كورنيش", "نفق", "طريق", "محطة");

    /**
     * Heads of institutions named after a place and an adjective (مركز جدة الدولي، مستشفى عسير المركزي) — not
     * برنامج (برنامج إيران النووي is a programme of that country) or plurals (مستشفيات الأحساء الحكومية).
     */
    static final Set<String> PLACE_NAMED = ArabicForms.normSet("مستشفى", "جامعة", "كلية", "مدرسة", "أكاديمية", "مكتبة", "مركز",
            "معهد", "مجمع");

    /** Titles that stand before the name of a namesake (الملك، الأمير، الإمام، الشهيد). */
    static final Set<String> NAMESAKE_TITLES = ArabicForms.normSet("الملك", "الملكة", "الأمير", "الأميرة", "الشيخ", "الشيخة",
            "السلطان", "الإمام", "الرئيس", "الشهيد", "القديس", "القديسة", "البابا", "الخليفة", "المغفور");

    /** Adjectives of a facility without the nisba shape (مستشفى الملك فهد العام). */
    static final Set<String> OTHER_ADJECTIVES = ArabicForms.normSet("العام", "العامة", "الكبير", "الأكبر");

    /** Most adjectives taken after the name. */
    static final int MAX_ADJECTIVES = 2;

    private static final int B_PERSON = TaggerModel.labelOf("B-PERSON");
    private static final int B_ORG = TaggerModel.labelOf("B-ORG");
    private static final int B_LOC = TaggerModel.labelOf("B-LOC");
    private static final Set<String> KINSHIP = ArabicForms.normSet("بن", "بنت", "ابن");

    private FacilityNameRule() {
    }

    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y, Lexicons lex) {
        int n = t.length;
        for (int i = 0; i + 1 < n; i++) {
            int kind = headKind(t[i]);
            if (kind == NONE) {
                continue;
            }
            // the head alone or with the namesake title (جامعة الملك | عبدالله) may be the tagger's own chunk
            boolean headWithTitle = y[i] != 0 && TaggerModel.beginOf(y[i]) == y[i] && TaggerModel.chunkEnd(y, i) == i + 2
                    && NAMESAKE_TITLES.contains(t[i + 1].norm);
            if (!(y[i] == 0 || TaggerModel.chunkEnd(y, i) == i + 1 && TaggerModel.beginOf(y[i]) == y[i] || headWithTitle)) {
                continue;
            }
            int name = headWithTitle ? i + 2 : i + 1;
            boolean titled = headWithTitle;
            if (!headWithTitle && y[name] == 0 && NAMESAKE_TITLES.contains(t[name].norm) && name + 1 < n) {
                titled = true;
                name++;
            }
            if (name >= n || y[name] == 0 || TaggerModel.beginOf(y[name]) != y[name]) {
                continue;
            }
            titled |= NAMESAKE_TITLES.contains(t[name].norm);
            boolean person = y[name] == B_PERSON;
            boolean institution = kind == INSTITUTION || kind == TITLED_INSTITUTION;
            int placeEnd = TaggerModel.chunkEnd(y, name);
            boolean namedAfterPlace = PLACE_NAMED.contains(headWord(t[i].norm)) && !titled && y[name] == B_LOC && placeEnd < n
                    && y[placeEnd] == 0 && adjective(t[placeEnd]);
            boolean needsTitle = kind == TITLED_INSTITUTION || kind == TITLED_PLACE;
            if (!(person || titled || namedAfterPlace) || needsTitle && !titled && !namedAfterPlace) {
                continue;
            }
            int end = nameEnd(t, y, name, lex);
            int begin = institution ? B_ORG : B_LOC;
            y[i] = begin;
            for (int k = i + 1; k < end; k++) {
                y[k] = begin + 1;
            }
            i = end - 1;
        }
    }

    /**
     * The end of the facility's name whose person or place begins at token {@code name}: the tagger's chunk, on
     * through بن and the father's name, without a place with a preposition (cleared), then up to
     * {@link #MAX_ADJECTIVES} adjectives of the facility.
     */
    private static int nameEnd(TokenForms[] t, int[] y, int name, Lexicons lex) {
        int n = t.length;
        int end = TaggerModel.chunkEnd(y, name);
        while (end + 1 < n && KINSHIP.contains(t[end - 1].norm) && t[end].shape == TokenForms.SHAPE_ARABIC) {
            end = y[end] == 0 ? end + 1 : TaggerModel.chunkEnd(y, end); // ملعب الأمير فيصل بن | فهد
        }
        for (int k = name + 1; k < end; k++) {
            if (placeWithPreposition(t[k], lex)) {
                for (int r = k; r < end; r++) {
                    y[r] = 0; // مستشفى الملك فهد | بالهفوف، مستشفى الملك سعود | بعنيزة: where it stands
                }
                end = k;
                break;
            }
        }
        for (int a = 0; a < MAX_ADJECTIVES && end < n && y[end] == 0 && adjective(t[end]); a++) {
            end++;
        }
        return end;
    }

    private static final int NONE = 0;
    private static final int INSTITUTION = 1;
    private static final int PLACE = 2;
    private static final int TITLED_INSTITUTION = 3;
    private static final int TITLED_PLACE = 4;

    /** The kind of facility head a token is, without the article and after و/ف and ب/ل/ك, or {@link #NONE}. */
    static int headKind(TokenForms w) {
        if (w.facilityHead == 0) {
            w.facilityHead = (byte) (computeHeadKind(w) + 1); // once per distinct word: the forms are shared
        }
        return w.facilityHead - 1;
    }

    private static int computeHeadKind(TokenForms w) {
        if (w.shape != TokenForms.SHAPE_ARABIC || Features.definite(w)) {
            return NONE;
        }
        String h = headWord(w.norm);
        return h == null ? NONE : INSTITUTIONS.contains(h) ? INSTITUTION : PLACES.contains(h) ? PLACE
                : TITLED_INSTITUTIONS.contains(h) ? TITLED_INSTITUTION : TITLED_PLACE;
    }

    /**
     * The facility head a normalized word is, after a first letter و/ف/ب/ل/ك and a second ب/ل/ك (بمستشفى،
     * وبمطار ▸ مستشفى، مطار), or null.
     */
    private static String headWord(String s) {
        for (int pass = 0; ; pass++) {
            if (isHead(s)) {
                return s;
            }
            if (pass == 2 || s.length() < 4) {
                return null;
            }
            String letters = pass == 0 ? "\u0648\u0641\u0628\u0644\u0643" : "\u0628\u0644\u0643";
            if (letters.indexOf(s.charAt(0)) < 0) {
                return null;
            }
            s = s.substring(1);
        }
    }

    private static final int PLACES_KNOWN = LexClass.COUNTRY.bit() | LexClass.CITY.bit() | LexClass.REGION.bit();

    /**
     * A word with ب or ل before the article (بالهفوف، بالرياض) or before a place the lexicons know (بعنيزة،
     * بجدة): the place where the facility stands, which the tagger may have run the name into.
     */
    private static boolean placeWithPreposition(TokenForms w, Lexicons lex) {
        String s = w.norm;
        if (s.length() < 3 || s.charAt(0) != '\u0628' && s.charAt(0) != '\u0644') {
            return false;
        }
        return w.proclitic.length() > 2 && w.proclitic.endsWith("\u0627\u0644") || w.proclitic.startsWith("\u0644\u0644")
                || (lex.classesOf(s.substring(1)) & PLACES_KNOWN) != 0;
    }

    /** Whether a normalized word, without proclitics, is one of the facility heads. */
    static boolean isHead(String norm) {
        return INSTITUTIONS.contains(norm) || PLACES.contains(norm) || TITLED_INSTITUTIONS.contains(norm)
                || TITLED_PLACES.contains(norm);
    }

    /** A facility's adjective: a definite nisba-shaped word (الدولي، التخصصي، الطبية) or {@link #OTHER_ADJECTIVES}. */
    private static boolean adjective(TokenForms w) {
        if (!"\u0627\u0644".equals(w.proclitic)) {
            return false;
        }
        String c = w.core;
        return OTHER_ADJECTIVES.contains(w.norm)
                || c.length() >= 3 && (c.endsWith("\u064A") || c.endsWith("\u064A\u0647"));
    }
}
