package org.mirsad.extract.date.internal;

import org.mirsad.extract.internal.PhraseLexicon.Match;
import org.mirsad.extract.internal.Words;

/**
 * The date rules about years and numeric dates: year spans ({@code بين عامي 2017 و2020}), years
 * ({@code عام 2019}, bare years by context, fiscal years {@code 2024/2025}, era markers), relative
 * periods ({@code الأسبوع الماضي، هذا العام}), parts of a year ({@code الربع الأول من 2024}) and numeric
 * dates ({@code 2021/3/3، 3-3-2021، 3.3.2021}). Each rule returns the parsed piece, or null.
 */
final class YearRules {

    private static final java.util.Set<String> YEAR_CONTEXT = java.util.Set.of("منذ", "في", "حتي", "قبل", "بعد",
            "خلال", "من", "الي", "مطلع", "نهايه", "بدايه", "اواخر", "اوائل", "منتصف", "بحلول", "لعام", "وفي", "ومنذ",
            "عامي", "لعامي", "العامين", "وحتي");

    /**
     * Events named by their year in indefinite construct (حرب 1948، انتخابات 2014، مونديال 2022، ثورة 1952),
     * normalized as {@link Words#norm} writes them, also with و written on them: the number after one is a year.
     */
    private static final java.util.Set<String> EVENT_NOUNS = java.util.Set.of("حرب", "ثوره", "نكبه", "نكسه", "انتخابات",
            "احداث", "ازمه", "مونديال", "اولمبياد", "دوره", "موسم", "قمه", "اتفاق", "اتفاقيه", "دستور", "احتجاجات",
            "انتفاضه", "هجمات", "مظاهرات", "تظاهرات", "عدوان", "غزو", "زلزال", "استفتاء", "ميزانيه", "موازنه",
            "وحرب", "وانتخابات", "ومونديال", "واحداث");

    /** Words after a bare four-digit number that show it is not counting a noun, so it is a year. */
    private static final java.util.Set<String> YEAR_FOLLOWERS = java.util.Set.of("في", "علي", "الي", "عن", "حين",
            "عندما", "حيث", "بعد", "قبل", "و", "ثم");

    private static final java.util.regex.Pattern DOTTED_DATE = java.util.regex.Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");

    private final Words w;
    private final DateResolver r;

    YearRules(Words w, DateResolver r) {
        this.w = w;
        this.r = r;
    }

    Piece betweenYears(int i, int[] start) {
        Words.Hit<String> hit = w.lookup(i, DateVocabulary.BETWEEN_KEY, true, false);
        if (hit == null || !DateVocabulary.YEAR_DUALS.contains(w.norm(i + 1)) || year(i + 2) == null) {
            return null;
        }
        int k = i + 3;
        if (w.norm(k).equals("و")) {
            k++;
        }
        if (DateVocabulary.YEAR_DUALS.contains(w.norm(k)) || w.norm(k).equals("وعام")) {
            k++;
        }
        if (year(k) == null || w.end(i + 2) >= w.start(k)) {
            return null;
        }
        start[0] = w.startAfter(i, hit.prefix());
        return Piece.of(k + 1, DateResolver.Value.ofYears(year(i + 2), year(k)));
    }

    /** {@code عام 2019، العام 2024، سنة 2010}, a bare year in a temporal context, a fiscal year. */
    Piece yearExpr(int j, int[] start) {
        Match yw = DateVocabulary.PHRASES.match(w, j, "YEARWORD", true);
        int k = j;
        String prefix = "";
        Integer hy = yw != null ? hijriYear(yw.end()) : hijriYear(j);
        int hk = yw != null ? yw.end() : j;
        if (hy != null && DateVocabulary.HIJRI_ERA.contains(w.norm(hk + 1))) {
            start[0] = w.startAfter(j, yw != null ? yw.prefix() : "");
            return Piece.of(hk + 2, DateResolver.Value.ofHijriYear(hy));
        }
        if (yw != null) {
            if (year(yw.end()) == null) {
                return null;
            }
            prefix = yw.prefix();
            k = yw.end();
        } else if (year(j) == null || !bareYearContext(j)) {
            return null;
        }
        int y = year(k);
        start[0] = w.startAfter(j, prefix);
        if (w.isPunct(k + 1, "/") && year(k + 2) != null && w.touching(k) && w.touching(k + 1)) {
            return Piece.of(k + 3, DateResolver.Value.ofYears(y, year(k + 2))); // 2024/2025: a season or fiscal year
        }
        if (w.isPunct(k + 1, "-") && year(k + 2) != null && year(k + 2) > y) {
            return Piece.of(k + 3, DateResolver.Value.ofYears(y, year(k + 2)));
        }
        int end = k + 1;
        if (DateVocabulary.HIJRI_ERA.contains(w.norm(end))) {
            return new Piece(end + 1, null, null, null);
        }
        end = skipEra(end);
        return Piece.of(end, DateResolver.Value.ofYear(y));
    }

    /** Comparatives that make "X من/على N" a count (أكثر من 1800 عامل), never a year. */
    private static final java.util.Set<String> COMPARATIVES = java.util.Set.of("اكثر", "اقل", "ازيد", "يزيد", "تزيد",
            "يقل", "تقل");

    boolean bareYearContext(int j) {
        if (w.kind(j - 1) == org.mirsad.core.model.TokenKind.LATIN) {
            return false;
        }
        if (COMPARATIVES.contains(w.norm(j - 2))) {
            return false; // أكثر من 1800 عامل، ما يزيد على 2000 طالب
        }
        String before = w.norm(j - 1);
        if (YEAR_CONTEXT.contains(before) || EVENT_NOUNS.contains(before) || w.isArabic(j - 1) && before.startsWith("ال")
                && !w.surface(j + 1 < w.size() ? j + 1 : j).endsWith("ًا")) {
            return true;
        }
        if (before.equals("و") && year(j - 2) != null) {
            return true;
        }
        int n = j + 1;
        if (w.isArabic(n)) {
            String next = w.norm(n);
            return next.startsWith("ال") || next.startsWith("وال") || next.startsWith("وي") || next.startsWith("وت")
                    || next.startsWith("ون") || YEAR_FOLLOWERS.contains(next)
                    || DateVocabulary.HIJRI_ERA.contains(next) || DateVocabulary.GREGORIAN_ERA.contains(next);
        }
        return n >= w.size() || w.kind(n) == org.mirsad.core.model.TokenKind.PUNCT && !w.isPunct(n, "%");
    }

    int skipEra(int k) {
        return DateVocabulary.GREGORIAN_ERA.contains(w.norm(k)) && w.norm(k).length() > 1
                || w.norm(k).equals("م") && w.touching(k - 1) ? k + 1 : k;
    }

    /** A Hijri year 1300–1599 at {@code k}, or null. */
    Integer hijriYear(int k) {
        if (!w.isNumber(k) || !Words.isDigits(w.norm(k), 4, 4)) {
            return null;
        }
        int y = Integer.parseInt(w.norm(k));
        return y >= 1300 && y < 1600 ? y : null;
    }

    int skipHijriEra(int k) {
        return DateVocabulary.HIJRI_ERA.contains(w.norm(k)) ? k + 1 : k;
    }

    /** A four-digit year 1800–2199 at {@code k}, or null. */
    Integer year(int k) {
        if (!w.isNumber(k) || !Words.isDigits(w.norm(k), 4, 4)) {
            return null;
        }
        int y = Integer.parseInt(w.norm(k));
        return y >= 1800 && y < 2200 ? y : null;
    }

    /** {@code الأسبوع الماضي، الشهر المقبل، هذا العام، نهاية العام، الأسبوعين الماضيين}. */
    Piece period(int j, boolean edge, int[] start) {
        Match per = DateVocabulary.PHRASES.match(w, j, "PERIOD", true);
        if (per != null) {
            start[0] = w.startAfter(j, per.prefix());
            String v = per.value();
            if (v.length() == 2) {
                return Piece.of(per.end(), r.period(v.charAt(0), "0"));
            }
            Match dir = DateVocabulary.PHRASES.match(w, per.end(), "DIR", false);
            if (dir != null) {
                return Piece.of(dir.end(), r.period(v.charAt(0), dir.value()));
            }
            if (edge && !DateVocabulary.NOT_CALENDAR.contains(w.norm(per.end()))) {
                return Piece.of(per.end(), r.period(v.charAt(0), "0"));
            }
            return null;
        }
        Match dual = DateVocabulary.PHRASES.match(w, j, "DUAL", true);
        if (dual != null) {
            int k = dual.end();
            Words.Hit<org.mirsad.extract.internal.NumberWords.Entry> n =
                    w.lookup(k, org.mirsad.extract.internal.NumberWords.words(), false, true);
            if (n != null && n.definite()) {
                k++;
            }
            Match dir = DateVocabulary.PHRASES.match(w, k, "DIR", false);
            boolean recent = DateVocabulary.RECENT.contains(w.norm(k));
            if (dir != null && !dir.value().equals("0") || recent) {
                start[0] = w.startAfter(j, dual.prefix());
                return new Piece(recent ? k + 1 : dir.end(), null, null, null);
            }
        }
        return null;
    }

    /** {@code الربع الأول من 2024، النصف الثاني من العام الماضي}: resolved to the year. */
    Piece quarter(int j, int[] start) {
        Match q = DateVocabulary.PHRASES.match(w, j, "QUARTER", true);
        if (q == null) {
            return null;
        }
        Words.Hit<Integer> ord = w.lookup(q.end(), org.mirsad.extract.internal.NumberWords.ordinals(), false, true);
        if (ord == null || !ord.definite() || !w.norm(q.end() + 1).equals(DateVocabulary.FROM)) {
            return null;
        }
        int k = q.end() + 2;
        Integer y = year(k);
        start[0] = w.startAfter(j, q.prefix());
        if (y != null) {
            return Piece.of(k + 1, DateResolver.Value.ofYear(y));
        }
        Match per = DateVocabulary.PHRASES.match(w, k, "PERIOD", false);
        if (per != null && per.value().startsWith("Y")) {
            if (per.value().length() == 2) {
                return Piece.of(per.end(), r.period('Y', "0"));
            }
            Match dir = DateVocabulary.PHRASES.match(w, per.end(), "DIR", false);
            return Piece.of(dir == null ? per.end() : dir.end(), r.period('Y', dir == null ? "0" : dir.value()));
        }
        return null;
    }

    /** {@code 2021/3/3، 3/3/2021، 3-3-2021، 3.3.2021}. */
    Piece numericDate(int j, int[] start) {
        if (!w.isNumber(j)) {
            return null;
        }
        String n = w.norm(j);
        if (n.indexOf('.') > 0 && DOTTED_DATE.matcher(n).matches()) {
            String[] p = n.split("\\.");
            start[0] = w.start(j);
            return Piece.of(j + 1, r.exact(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])));
        }
        String sep = w.norm(j + 1);
        if (!(sep.equals("/") || sep.equals("-")) || !w.isNumber(j + 2) || !w.norm(j + 3).equals(sep)
                || !w.isNumber(j + 4)) {
            return null;
        }
        boolean tight = w.touching(j) && w.touching(j + 1) && w.touching(j + 2) && w.touching(j + 3);
        if (!tight && !(Words.isDigits(w.norm(j + 4), 4, 4) || Words.isDigits(w.norm(j), 4, 4))) {
            return null;
        }
        String a = w.norm(j);
        String b = w.norm(j + 2);
        String c = w.norm(j + 4);
        if (!Words.isDigits(a, 1, 4) || !Words.isDigits(b, 1, 2) || !Words.isDigits(c, 1, 4)) {
            return null;
        }
        start[0] = w.start(j);
        int y;
        int d;
        if (a.length() == 4) {
            y = Integer.parseInt(a);
            d = Integer.parseInt(c);
        } else if (c.length() == 4 && a.length() <= 2) {
            y = Integer.parseInt(c);
            d = Integer.parseInt(a);
        } else {
            return null;
        }
        int m = Integer.parseInt(b);
        int end = j + 5;
        boolean hijriEra = DateVocabulary.HIJRI_ERA.contains(w.norm(end));
        if (hijriEra || y >= 1300 && y < 1600) {
            return Piece.of(hijriEra ? end + 1 : end, r.hijriDay(d, m, y));
        }
        return Piece.of(end, r.exact(y, m, d));
    }
}
