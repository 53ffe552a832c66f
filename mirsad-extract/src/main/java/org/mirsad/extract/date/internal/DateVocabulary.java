package org.mirsad.extract.date.internal;

import java.util.Set;
import org.mirsad.extract.internal.Lexicons;
import org.mirsad.extract.internal.PhraseLexicon;

/** The compiled date vocabulary ({@code dates.tsv}) and the few closed word lists of the date rules. */
final class DateVocabulary {

    /** Weekdays, months, relative days, periods, directions, edges, parts of day, duration units. */
    static final PhraseLexicon PHRASES = new PhraseLexicon(
            Lexicons.rows(org.mirsad.extract.date.DateStage.class, "dates.tsv"));

    /** Month names that are also common words or names; they need a date context around them. */
    static final Set<String> AMBIGUOUS_MONTHS = norms("آب", "ماي", "صفر", "رجب", "شعبان", "رمضان", "محرم", "شوال",
            "تموز", "نيسان", "أيار");

    /** Words before اليوم that make it "the day" rather than "today". */
    static final Set<String> NOT_TODAY_BEFORE = norms("طوال", "طيلة", "نفس", "ذات", "في", "خلال", "ذلك", "مدار");

    /** Words after اليوم that make it "the day" rather than "today". */
    static final Set<String> NOT_TODAY_AFTER = norms("نفسه", "ذاته", "الواحد", "كله", "بأكمله");

    /** Adjectives after اليوم meaning "the next day" (relative to the last date). */
    static final Set<String> NEXT_DAY = norms("التالي", "الموالي", "اللاحق");

    /** Words that open a duration relative to the publication date, with their direction. */
    static final Set<String> SINCE = norms("منذ", "قبل");

    /** Words of scheduling before a weekday: it is then the next one. */
    static final Set<String> SCHEDULED = norms("المقرر", "المقررة", "المرتقب", "المرتقبة", "المنتظر", "المنتظرة",
            "المقبل", "مقرر", "مقررة", "يعتزم", "تعتزم");

    /** Words right before an ambiguous month name (نيسان، تموز، أيار) that make it a month. */
    static final Set<String> MONTH_CONTEXT = norms("في", "خلال", "منذ", "حتى", "قبل", "بعد", "مطلع", "أواخر", "أوائل",
            "منتصف", "نهاية", "بداية", "شهر");

    /** Part-of-day adverbs that make a bare number an hour (حتى 4 عصرًا). */
    static final Set<String> POD_ADVERBS = norms("صباحا", "مساء", "مساءً", "ظهرا", "عصرا", "فجرا", "ليلا");

    /** Three-letter beginnings of common nouns that look like future verbs (سياسة، سيارة، ستين، سنوات). */
    static final Set<String> NOT_FUTURE = norms("سيا", "سيد", "سين", "سير", "سيط", "ستي", "ستا", "سنو", "سنا", "سني",
            "ستر", "سيف");

    /** "Last, most recent" after a plural period ({@code السنوات الأخيرة}). */
    static final Set<String> RECENT = norms("الأخيرة", "الأخير", "الفائتة");

    /** Ordinal forms that never name an hour (the first hour is الواحدة). */
    static final Set<String> NOT_HOURS = norms("الأول", "الأولى", "والأول", "والأولى");

    /** Words before الاثنين that make it "the two" rather than Monday. */
    static final Set<String> NOT_WEEKDAY_BEFORE = norms("بين", "كلا", "كلتا", "هذين", "هاتين");

    /** Adjectives after السنة / العام that name a non-calendar year (fiscal, school, season). */
    static final Set<String> NOT_CALENDAR = norms("المالية", "الدراسية", "الدراسي", "الهجرية", "الرياضي",
            "الرياضية", "القضائية", "التشريعية");

    /** "After" for durations in the future. */
    static final String AFTER = Lexicons.norm("بعد");

    /** Words after a clock time that name its time zone ({@code بتوقيت غرينتش، بتوقيت مكة}). */
    static final Set<String> TIME_ZONE = norms("بتوقيت", "توقيت", "غرينتش", "جرينتش", "GMT", "gmt");

    /** "Hour" before a clock time. */
    static final String HOUR = Lexicons.norm("الساعة");

    /** "Day" before a weekday or date. */
    static final String DAY = Lexicons.norm("يوم");

    /** The first of the month. */
    static final String FIRST_OF_MONTH = Lexicons.norm("غرة");

    /** Between (for year spans). */
    static final String BETWEEN = Lexicons.norm("بين");

    /** Dual year words after بين ({@code بين عامي 2017 و2020}). */
    static final Set<String> YEAR_DUALS = norms("عامي", "العامين", "سنتي", "السنتين", "عام", "العام");

    /** From (day of a month: {@code 22 من الشهر الجاري}). */
    static final String FROM = Lexicons.norm("من");

    /** Half past, quarter past. */
    static final String HALF = Lexicons.norm("النصف");
    static final String QUARTER = Lexicons.norm("الربع");
    static final String THIRD = Lexicons.norm("الثلث");

    /** Era markers after a year number: Hijri and Gregorian. */
    static final Set<String> HIJRI_ERA = norms("هـ", "ه", "هجري", "هجرية", "للهجرة");
    static final Set<String> GREGORIAN_ERA = norms("م", "ميلادي", "ميلادية", "للميلاد");

    /** One-word lexicons for {@link org.mirsad.extract.internal.Words#lookup} (shared, so its memo applies). */
    static final java.util.Map<String, String> BETWEEN_KEY = java.util.Map.of(BETWEEN, "");
    static final java.util.Map<String, String> HOUR_KEY = java.util.Map.of(HOUR, "");
    static final java.util.Map<String, String> DAY_KEY = java.util.Map.of(DAY, "");
    static final java.util.Map<String, String> FIRST_OF_MONTH_KEY = java.util.Map.of(FIRST_OF_MONTH, "");
    /** Words opening a duration from the publication date, with its direction. */
    static final java.util.Map<String, String> DURATION_OPENERS = java.util.Map.of("منذ", "-", "قبل", "-", AFTER, "+");

    /** Written forms (with proclitics) of the words that can open a date or time expression (numbers aside). */
    static final Set<String> TRIGGERS;

    static {
        java.util.Set<String> t = new java.util.HashSet<>(PHRASES.firstWords("WEEKDAY", "MONTH", "HIJRI", "RELDAY",
                "PERIOD", "DUAL", "EDGE", "POD", "YEARWORD", "QUARTER"));
        t.addAll(org.mirsad.extract.internal.NumberWords.ordinals().keySet());
        t.addAll(norms("بين", "الساعة", "منذ", "قبل", "بعد", "غرة", "يوم", "ساعة"));
        TRIGGERS = org.mirsad.extract.internal.Words.expand(t);
    }

    private DateVocabulary() {
    }

    private static Set<String> norms(String... forms) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String f : forms) {
            out.add(Lexicons.norm(f));
        }
        return Set.copyOf(out);
    }
}
