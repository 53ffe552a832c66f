package org.mirsad.extract.date.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.List;
import org.mirsad.core.model.DateMention;
import org.mirsad.core.model.Sentence;
import org.mirsad.core.model.Span;
import org.mirsad.core.model.Token;
import org.mirsad.extract.internal.PhraseLexicon.Match;
import org.mirsad.extract.internal.Words;

/**
 * Finds date and time expressions in tokenized Arabic text and resolves them against the publication
 * date. One left-to-right pass; at each token the rules are tried in this order:
 * <ol>
 *   <li>year spans ({@code بين عامي 2017 و2020}): the interval of years {@code 2017/2020};</li>
 *   <li>clock times ({@code الساعة الثامنة مساءً، الساعة 7:00، الرابعة عصرًا، 13:30}), attached to a
 *       day named in the same clause or inside the expression ({@code من صباح اليوم الموالي});</li>
 *   <li>durations from the publication date ({@code منذ ١٨ شهرًا، قبل ثلاث سنوات، بعد أسبوعين});</li>
 *   <li>day and period expressions, optionally opened by a part of day ({@code مساء}) or an edge
 *       ({@code نهاية، مطلع}) and by {@code يوم}: relative days ({@code أمس الاثنين، بعد غد}),
 *       weekdays with a direction or a date, day–month(–year) dates in both Gregorian naming
 *       systems and Hijri, months (with their year, also after a year word: {@code مارس عام 2015}), years ({@code عام 2019}), quarters ({@code الربع الأول من 2024}),
 *       relative periods ({@code الأسبوع الماضي، هذا العام}) and numeric dates ({@code 2021/3/3}).</li>
 * </ol>
 * See {@link DateResolver} for the value conventions; year and numeric-date rules live in
 * {@link YearRules}. The day, month and clock-time rules share the parse state (the last day named,
 * the last clock time) and so stay together here.
 */
public final class DateParser {

    private final Words w;
    private final DateResolver r;
    private final YearRules years;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private int[] sentence;
    private final List<DateMention> out = new ArrayList<>();

    private LocalDate lastDay;
    private int lastDayEnd = -10;
    private LocalDate lastTimeDay;
    private int lastTimeEnd = -10;

    private DateParser(String text, List<Token> tokens, List<Sentence> sentences, LocalDate published) {
        this.w = new Words(text, tokens);
        this.r = new DateResolver(published);
        this.years = new YearRules(w, r);
        this.tokens = tokens;
        this.sentences = sentences;
    }

    /** The index of the sentence holding token {@code i} (computed on first use). */
    private int sentenceOf(int i) {
        if (sentence == null) {
            sentence = new int[tokens.size()];
            int s = 0;
            for (int k = 0; k < tokens.size(); k++) {
                while (s + 1 < sentences.size() && tokens.get(k).start() >= sentences.get(s).span().end()) {
                    s++;
                }
                sentence[k] = s;
            }
        }
        return sentence[i];
    }

    /** The date mentions of a text, in order. */
    public static List<DateMention> find(String text, List<Token> tokens, List<Sentence> sentences,
                                         LocalDate published) {
        DateParser p = new DateParser(text, tokens, sentences, published);
        p.run();
        return p.out;
    }

    private void run() {
        int i = 0;
        while (i < w.size()) {
            if (!w.isNumber(i) && !w.normIn(i, DateVocabulary.TRIGGERS)) {
                i++; // the test parseAt starts with, before anything is allocated
                continue;
            }
            int[] start = new int[1];
            Piece p = parseAt(i, start);
            if (p != null && p.end() > i) {
                emit(start[0], p, i);
                i = p.end();
            } else {
                i++;
            }
        }
    }

    private void emit(int startOffset, Piece p, int firstTok) {
        int end = w.end(p.end() - 1);
        String text = w.text();
        out.add(new DateMention(new Span(startOffset, end), text.substring(startOffset, end), p.value()));
        if (p.value() != null && p.value().length() == 4) {
            r.setLastYear(Integer.parseInt(p.value()));
        }
        if (p.day() != null) {
            lastDay = p.day();
            lastDayEnd = p.end();
            r.setLastMonth(YearMonth.from(p.day()));
        } else if (p.month() != null) {
            r.setLastMonth(p.month());
        }
    }

    private Piece parseAt(int i, int[] start) {
        if (!w.isNumber(i) && !w.normIn(i, DateVocabulary.TRIGGERS)) {
            return null;
        }
        Piece p = years.betweenYears(i, start);
        if (p == null) {
            p = time(i, start);
        }
        if (p == null) {
            p = duration(i, start);
        }
        if (p == null) {
            p = dayOrPeriod(i, start);
        }
        return p;
    }

    // ---- year spans -----------------------------------------------------------------------------

    // ---- clock times --------------------------------------------------------------------------

    private Piece time(int i, int[] start) {
        int k = i;
        boolean hourWord = false;
        String prefix = "";
        Words.Hit<String> hw = w.lookup(i, DateVocabulary.HOUR_KEY, true, false);
        if (hw != null) {
            hourWord = true;
            prefix = hw.prefix();
            k++;
        }
        int h;
        int min = 0;
        boolean colon = false;
        int dotted = w.isNumber(k) ? dottedClock(w.norm(k)) : -1;
        if (dotted >= 0) {
            // 04.00، 9.30: a clock time only after الساعة, before a part of day or a time zone (بتوقيت)
            if (!hourWord && !podAdverb(k + 1) && !DateVocabulary.TIME_ZONE.contains(w.norm(k + 1))) {
                return null;
            }
            h = dotted / 60;
            min = dotted % 60;
            colon = true;
            k++;
        } else if (w.isNumber(k) && Words.isDigits(w.norm(k), 1, 2)) {
            h = Integer.parseInt(w.norm(k));
            k++;
            if (w.isPunct(k, ":") && w.isNumber(k + 1) && Words.isDigits(w.norm(k + 1), 2, 2) && w.touching(k - 1)) {
                min = Integer.parseInt(w.norm(k + 1));
                colon = true;
                k += 2;
            }
            if (!hourWord && !colon && (h < 1 || h > 12 || !podAdverb(k))) {
                return null; // a bare number is an hour only with a part of day after it (حتى 4 عصرًا)
            }
        } else {
            Words.Hit<Integer> ord = w.lookup(k, org.mirsad.extract.internal.NumberWords.ordinals(), !hourWord, true);
            if (ord == null || !ord.definite() || DateVocabulary.NOT_HOURS.contains(w.norm(k))) {
                return null;
            }
            if (!hourWord) {
                prefix = ord.prefix();
            }
            h = ord.value();
            k++;
            if (h <= 2 && (w.norm(k).equals("عشره") || w.norm(k).equals("عشر"))) {
                h += 10;
                k++;
            }
        }
        if (h > 24 || min > 59) {
            return null;
        }
        if (w.norm(k).equals("و") && (w.norm(k + 1).equals(DateVocabulary.HALF) || w.norm(k + 1).equals(DateVocabulary.QUARTER))) {
            k++;
        }
        String n = w.norm(k);
        if (n.equals("والنصف") || n.equals(DateVocabulary.HALF)) {
            min = 30;
            k++;
        } else if (n.equals("والربع") || n.equals(DateVocabulary.QUARTER)) {
            min = 15;
            k++;
        }
        String pod = null;
        LocalDate embedded = null;
        Match podM = DateVocabulary.PHRASES.match(w, k, "POD", false);
        if (podM != null) {
            pod = podM.value();
            k = podM.end();
        } else if (w.norm(k).equals(DateVocabulary.FROM)) {
            Match podN = DateVocabulary.PHRASES.match(w, k + 1, "POD", false);
            if (podN != null) {
                int[] s2 = new int[1];
                Piece day = core(podN.end(), false, s2);
                if (day != null && day.day() != null) {
                    pod = podN.value();
                    embedded = day.day();
                    k = day.end();
                }
            }
        }
        if (!hourWord && !colon && pod == null) {
            return null;
        }
        h = DateResolver.shiftHour(h, pod);
        start[0] = w.startAfter(i, prefix);
        LocalDate day = embedded;
        if (day == null) {
            day = attachedDay(i);
        }
        lastTimeDay = day;
        lastTimeEnd = k;
        String v = day == null ? null : String.format(java.util.Locale.ROOT, "%sT%02d:%02d", day, h % 24, min);
        if (embedded != null) {
            lastDay = embedded;
            lastDayEnd = k;
        }
        return new Piece(k, v, null, null);
    }

    private LocalDate attachedDay(int i) {
        if (lastDay != null && lastDayEnd > 0 && i - lastDayEnd <= 3 && sentenceOf(lastDayEnd - 1) == sentenceOf(i)) {
            return lastDay;
        }
        if (lastTimeDay != null && lastTimeEnd > 0 && i - lastTimeEnd <= 2 && sentenceOf(lastTimeEnd - 1) == sentenceOf(i)) {
            return lastTimeDay;
        }
        return null;
    }

    // ---- durations from the publication date ----------------------------------------------------

    private Piece duration(int i, int[] start) {
        Words.Hit<String> hit = w.lookup(i, DateVocabulary.DURATION_OPENERS, true, false);
        if (hit == null) {
            return null;
        }
        int k = i + 1;
        Integer count = null;
        if (w.isNumber(k) && Words.isDigits(w.norm(k), 1, 3)) {
            count = Integer.parseInt(w.norm(k));
            k++;
        } else {
            Words.Hit<org.mirsad.extract.internal.NumberWords.Entry> nw =
                    w.lookup(k, org.mirsad.extract.internal.NumberWords.words(), false, false);
            if (nw != null && (nw.value().kind() == org.mirsad.extract.internal.NumberWords.Kind.UNIT
                    || nw.value().kind() == org.mirsad.extract.internal.NumberWords.Kind.TEN
                    || nw.value().kind() == org.mirsad.extract.internal.NumberWords.Kind.TENS)) {
                count = (int) nw.value().value();
                k++;
            }
        }
        Match unit = DateVocabulary.PHRASES.match(w, k, "UNIT", false);
        if (unit == null) {
            return null;
        }
        String u = unit.value();
        if (count == null) {
            if (u.length() < 2) {
                return null;
            }
            count = Integer.parseInt(u.substring(1));
        } else if (u.length() > 1 && !u.endsWith("1")) {
            return null;
        }
        if (w.norm(unit.end()).equals(DateVocabulary.FROM) || w.norm(unit.end()).equals("علي") || years.year(unit.end()) != null) {
            return null;
        }
        if (count == 1 && (DateVocabulary.PHRASES.match(w, unit.end(), "MONTH", false) != null
                || DateVocabulary.PHRASES.match(w, unit.end(), "HIJRI", false) != null)) {
            return null; // منذ شهر يونيو 2012، منذ شهر رجب الماضي: the month named, not one month; the month expression follows
        }
        int signed = hit.value().equals("-") ? -count : count;
        start[0] = w.startAfter(i, hit.prefix());
        return Piece.of(unit.end(), r.shift(u.charAt(0), signed));
    }

    // ---- days and periods ---------------------------------------------------------------------

    private Piece dayOrPeriod(int i, int[] start) {
        int j = i;
        String prefix = null;
        boolean edge = false;
        Match pod = DateVocabulary.PHRASES.match(w, j, "POD", true);
        if (pod != null) {
            prefix = pod.prefix();
            j = pod.end();
        } else {
            Match e = DateVocabulary.PHRASES.match(w, j, "EDGE", true);
            if (e != null) {
                prefix = e.prefix();
                j = e.end();
                edge = true;
            }
        }
        Words.Hit<String> day = w.lookup(j, DateVocabulary.DAY_KEY, prefix == null, false);
        if (day != null && (DateVocabulary.PHRASES.at(w, j + 1, "WEEKDAY") || w.isNumber(j + 1))) {
            if (prefix == null) {
                prefix = day.prefix();
            }
            j++;
        }
        int[] coreStart = new int[1];
        Piece p = core(j, edge, coreStart);
        if (p == null) {
            return null;
        }
        start[0] = prefix == null ? coreStart[0] : w.startAfter(i, prefix);
        return p;
    }

    /** The core of a day or period expression at token {@code j}. */
    private Piece core(int j, boolean edge, int[] start) {
        start[0] = w.start(Math.min(j, w.size() - 1));
        if (j >= w.size()) {
            return null;
        }
        Match rd = DateVocabulary.PHRASES.match(w, j, "RELDAY", true);
        if (rd != null) {
            return relativeDay(rd, start);
        }
        Match wd = DateVocabulary.PHRASES.match(w, j, "WEEKDAY", true);
        if (wd != null && wd.prefix().isEmpty() && DateVocabulary.NOT_WEEKDAY_BEFORE.contains(w.norm(j - 1))) {
            return null;
        }
        if (wd != null) {
            start[0] = w.startAfter(j, wd.prefix());
            int[] s2 = new int[1];
            Piece dated = dayMonth(wd.end(), s2);
            if (dated == null) {
                dated = years.numericDate(wd.end(), s2);
            }
            if (dated != null) {
                return dated;
            }
            Match dir = DateVocabulary.PHRASES.match(w, wd.end(), "DIR", false);
            int dow = Integer.parseInt(wd.value());
            String d = dir != null ? dir.value() : futureBefore(j) ? "F" : null;
            return Piece.of(dir == null ? wd.end() : dir.end(), r.weekday(dow, d));
        }
        Piece p = dayMonth(j, start);
        if (p != null) {
            return p;
        }
        p = monthExpr(j, start, edge || DateVocabulary.MONTH_CONTEXT.contains(w.norm(j - 1)));
        if (p != null) {
            return p;
        }
        p = years.numericDate(j, start);
        if (p != null) {
            return p;
        }
        p = years.yearExpr(j, start);
        if (p != null) {
            return p;
        }
        p = years.period(j, edge, start);
        if (p != null) {
            return p;
        }
        return years.quarter(j, start);
    }

    private Piece relativeDay(Match rd, int[] start) {
        int j = rd.first();
        int k = rd.end();
        boolean today = rd.value().equals("0") && rd.end() - rd.first() == 1;
        if (today) {
            boolean quoted = w.isPunct(j - 1, "«") && w.isPunct(k, "»") || w.isPunct(j - 1, "\"") && w.isPunct(k, "\"");
            if (quoted || DateVocabulary.NOT_TODAY_BEFORE.contains(w.norm(j - 1)) && rd.prefix().isEmpty()
                    || DateVocabulary.NOT_TODAY_AFTER.contains(w.norm(k))) {
                return null;
            }
            if (DateVocabulary.NEXT_DAY.contains(w.norm(k))) {
                LocalDate base = lastDay != null ? lastDay : r.published();
                start[0] = w.startAfter(j, rd.prefix());
                return base == null ? new Piece(k + 1, null, null, null)
                        : Piece.of(k + 1, DateResolver.Value.ofDay(base.plusDays(1)));
            }
            if (w.isArabic(k) && w.norm(k).startsWith("ال") && !DateVocabulary.PHRASES.at(w, k, "WEEKDAY")) {
                return null;
            }
        }
        start[0] = w.startAfter(j, rd.prefix());
        Match wd = DateVocabulary.PHRASES.match(w, k, "WEEKDAY", false);
        if (wd != null) {
            // اليوم الأربعاء، أمس الثلاثاء: the weekday named is the day, the publication date may be a day off
            return Piece.of(wd.end(), r.relativeDayOn(Integer.parseInt(rd.value()), Integer.parseInt(wd.value())));
        }
        return Piece.of(k, r.relativeDay(Integer.parseInt(rd.value())));
    }

    /** How many tokens before a weekday or month a future verb or scheduling word may be. */
    static final int FUTURE_WINDOW = 6;

    /**
     * True when a future-tense verb ({@code سـ} + imperfect: {@code سيلتقي، ستعقد}) or a word of
     * scheduling ({@code المقرر، المرتقب}) comes shortly before token {@code j} in the same sentence.
     */
    private boolean futureBefore(int j) {
        for (int k = j - 1; k >= Math.max(0, j - FUTURE_WINDOW); k--) {
            if (sentenceOf(k) != sentenceOf(j)) {
                return false;
            }
            String n = w.norm(k);
            if (DateVocabulary.SCHEDULED.contains(n)) {
                return true;
            }
            String verb = n.startsWith("و") || n.startsWith("ف") ? n.substring(1) : n;
            if (verb.length() >= 5 && verb.charAt(0) == 'س' && "يتنا".indexOf(verb.charAt(1)) >= 0
                    && !DateVocabulary.NOT_FUTURE.contains(verb.substring(0, 3))) {
                return true;
            }
        }
        return false;
    }

    /** {@code 12 آذار/مارس 2024، الأول من أبريل، غرة سبتمبر القادم، 22 من الشهر الجاري}. */
    private Piece dayMonth(int j, int[] start) {
        int k = j;
        Integer d = null;
        String prefix = "";
        if (w.isNumber(k) && Words.isDigits(w.norm(k), 1, 2)) {
            d = Integer.parseInt(w.norm(k));
            k++;
        } else {
            Words.Hit<String> first = w.lookup(k, DateVocabulary.FIRST_OF_MONTH_KEY, true, false);
            if (first != null) {
                d = 1;
                prefix = first.prefix();
                k++;
            } else {
                Words.Hit<Integer> ord = w.lookup(k, org.mirsad.extract.internal.NumberWords.ordinals(), true, true);
                boolean afterNoun = w.isArabic(k - 1) && w.norm(k - 1).startsWith("ال")
                        && !DateVocabulary.PHRASES.at(w, k - 1, "WEEKDAY");
                int after = k + 1;
                int value = ord == null ? 0 : ord.value();
                if (ord != null && (w.norm(after).equals("عشر") || w.norm(after).equals("عشره"))) {
                    value += 10;
                    after++;
                } else if (ord != null && (w.norm(after).equals("والعشرين") || w.norm(after).equals("والعشرون"))) {
                    value += 20;
                    after++;
                }
                if (ord == null) {
                    Words.Hit<org.mirsad.extract.internal.NumberWords.Entry> tens =
                            w.lookup(k, org.mirsad.extract.internal.NumberWords.words(), true, true);
                    if (tens != null && tens.definite() && (tens.value().value() == 20 || tens.value().value() == 30)
                            && tens.value().kind() == org.mirsad.extract.internal.NumberWords.Kind.TENS) {
                        ord = new Words.Hit<>((int) tens.value().value(), tens.prefix(), true);
                        value = ord.value();
                    }
                }
                if (ord != null && ord.definite() && !afterNoun && w.norm(after).equals(DateVocabulary.FROM)) {
                    d = value;
                    prefix = ord.prefix();
                    k = after;
                }
            }
        }
        if (d == null || d < 1 || d > 31) {
            return null;
        }
        Match current = DateVocabulary.PHRASES.match(w, k, "DIR", false);
        if (current != null && current.value().equals("0") && w.isNumber(j)) {
            start[0] = w.startAfter(j, prefix);
            return Piece.of(current.end(), r.dayOfRelativeMonth(d, "0"));
        }
        Match monthWord = w.isNumber(j) ? DateVocabulary.PHRASES.match(w, k, "PERIOD", false) : null;
        if (monthWord != null && monthWord.value().equals("M") && w.norm(k).startsWith("ال")) {
            Match dir = DateVocabulary.PHRASES.match(w, monthWord.end(), "DIR", false);
            if (dir != null && !dir.value().equals("P")) {
                start[0] = w.startAfter(j, prefix);
                return Piece.of(dir.end(), r.dayOfRelativeMonth(d, dir.value())); // في 21 الشهر الحالي
            }
        }
        if (w.norm(k).equals(DateVocabulary.FROM)) {
            Match per = DateVocabulary.PHRASES.match(w, k + 1, "PERIOD", false);
            if (per != null && per.value().equals("M")) {
                Match dir = DateVocabulary.PHRASES.match(w, per.end(), "DIR", false);
                if (dir == null) {
                    return null;
                }
                start[0] = w.startAfter(j, prefix);
                return Piece.of(dir.end(), r.dayOfRelativeMonth(d, dir.value()));
            }
            k++;
            if (w.norm(k).equals(MONTH_WORD) && monthAt(k + 1, true) != null) {
                k++; // الثالث والعشرين من شهر ذي القعدة، الخامس من شهر يونيو
            }
        }
        Month m = monthAt(k, true);
        if (m == null) {
            return null;
        }
        YearOfMonth yom = yearAfter(m); // 31 ديسمبر عام 1999، 12 مارس من العام الماضي، 20 ديسمبر الماضي
        Integer y = yom.year();
        String dir = yom.dir();
        start[0] = w.startAfter(j, prefix);
        if (y == null && dir == null && futureBefore(j)) {
            dir = "F";
        }
        return Piece.of(yom.end(), m.hijri ? r.hijriDay(d, m.month, y) : r.day(d, m.month, y, dir));
    }

    /** شهر, normalized: "the month of", between a day and the month's name. */
    private static final String MONTH_WORD = "\u0634\u0647\u0631";

    private record Month(int month, boolean hijri, int end) {
    }

    /** A month name at {@code k}, with an alternative name after a slash or in brackets. */
    private Month monthAt(int k, boolean context) {
        Match m = DateVocabulary.PHRASES.match(w, k, "MONTH", false);
        boolean hijri = false;
        if (m == null) {
            m = DateVocabulary.PHRASES.match(w, k, "HIJRI", false);
            hijri = m != null;
        }
        if (m == null) {
            return null;
        }
        int end = m.end();
        boolean slash = false;
        if (hijri && m.end() - m.first() == 1 && w.norm(k).equals("صفر") && !w.isNumber(k - 1)) {
            return null;
        }
        if (!hijri && DateVocabulary.PHRASES.match(w, end, "MONTH", false) != null) {
            end = DateVocabulary.PHRASES.match(w, end, "MONTH", false).end();
            slash = true;
        } else if ((w.isPunct(end, "/") || w.isPunct(end, "(")) && DateVocabulary.PHRASES.at(w, end + 1, "MONTH")) {
            Match alt = DateVocabulary.PHRASES.match(w, end + 1, "MONTH", false);
            end = alt.end();
            slash = true;
            if (w.isPunct(end, ")")) {
                end++;
            }
        }
        boolean ambiguous = m.end() - m.first() == 1 && DateVocabulary.AMBIGUOUS_MONTHS.contains(w.norm(k));
        if ((w.norm(k).equals("اب") || w.norm(k).equals("اذار")) && !w.surface(k).startsWith("آ")) {
            ambiguous = true;
            if (w.norm(k).equals("اب")) {
                return null;
            }
        }
        if (ambiguous && !context && !slash && years.year(end) == null
                && DateVocabulary.PHRASES.match(w, end, "DIR", false) == null && !w.norm(k - 1).endsWith("شهر")) {
            return null;
        }
        return new Month(Integer.parseInt(m.value()), hijri, end);
    }

    /** The year after a month (or null), the direction word in its place (or null), and the token after both. */
    private record YearOfMonth(Integer year, String dir, int end) {
    }

    /**
     * What follows a month's name: its year (تموز 2020، مارس عام 2015، يونيو من عام 2017، آذار من العام
     * الماضي), else a direction (مايو الماضي), else nothing.
     */
    private YearOfMonth yearAfter(Month m) {
        int k = m.end;
        Integer y = m.hijri ? years.hijriYear(k) : years.year(k);
        int named = namedYearAt(k, m.hijri);
        if (y == null && named >= 0) {
            y = m.hijri ? years.hijriYear(named) : years.year(named);
            k = named;
        }
        if (y != null) {
            return new YearOfMonth(y, null, m.hijri ? years.skipHijriEra(k + 1) : years.skipEra(k + 1));
        }
        int[] yk = m.hijri ? null : yearOfMonth(k);
        if (yk != null) {
            return new YearOfMonth(yk[0], null, yk[1]);
        }
        Match dm = DateVocabulary.PHRASES.match(w, k, "DIR", false);
        return dm != null ? new YearOfMonth(null, dm.value(), dm.end()) : new YearOfMonth(null, null, k);
    }

    /** {@code تموز/يوليو 2020، مايو الماضي، أبريل}. */
    private Piece monthExpr(int j, int[] start, boolean context) {
        Month m = monthAt(j, context);
        if (m == null) {
            return null;
        }
        YearOfMonth yom = yearAfter(m);
        Integer y = yom.year();
        String dir = yom.dir();
        start[0] = w.start(j);
        if (y == null && dir == null && futureBefore(j)) {
            dir = "F";
        }
        return Piece.of(yom.end(), m.hijri ? r.hijriMonth(m.month, y, dir) : r.month(m.month, y, dir));
    }

    /**
     * Hours and minutes of a number written with a dot between them ({@code 04.00، 9.30، 23.15}) as
     * {@code 60 × hours + minutes}, or −1 when the number does not have that shape (one or two digits, a
     * dot, two digits, hours ≤ 24, minutes ≤ 59).
     */
    static int dottedClock(String n) {
        int dot = n.indexOf('.');
        if (dot < 1 || dot > 2 || n.length() != dot + 3 || !Words.isDigits(n.substring(0, dot), 1, 2)
                || !Words.isDigits(n.substring(dot + 1), 2, 2)) {
            return -1;
        }
        int h = Integer.parseInt(n.substring(0, dot));
        int m = Integer.parseInt(n.substring(dot + 1));
        return h <= 24 && m <= 59 ? h * 60 + m : -1;
    }

    /** A part-of-day adverb at k (صباحًا، مساءً، عصرًا، ظهرًا، فجرًا، ليلًا), not the noun before a day. */
    private boolean podAdverb(int k) {
        Match m = DateVocabulary.PHRASES.match(w, k, "POD", false);
        return m != null && m.end() == k + 1 && DateVocabulary.POD_ADVERBS.contains(w.norm(k));
    }

    /**
     * The token of a year number that a year word (optionally after من) names right after a month (مارس عام
     * 2015، يونيو من عام 2017، رمضان سنة 1439): its index, or −1.
     */
    private int namedYearAt(int k, boolean hijri) {
        int q = w.norm(k).equals(DateVocabulary.FROM) ? k + 1 : k;
        Match yw = DateVocabulary.PHRASES.match(w, q, "YEARWORD", true);
        if (yw == null) {
            return -1;
        }
        Integer y = hijri ? years.hijriYear(yw.end()) : years.year(yw.end());
        return y != null ? yw.end() : -1;
    }

    /**
     * "من العام الماضي/المقبل/الجاري" after a month ({@code آذار/مارس من العام الماضي}): the year it
     * names, with the end token, or null.
     */
    private int[] yearOfMonth(int k) {
        if (!w.norm(k).equals(DateVocabulary.FROM) || r.published() == null) {
            return null;
        }
        Match yw = DateVocabulary.PHRASES.match(w, k + 1, "YEARWORD", false);
        if (yw == null) {
            return null;
        }
        Match dm = DateVocabulary.PHRASES.match(w, yw.end(), "DIR", false);
        if (dm == null || dm.value().equals("P")) {
            return null;
        }
        return new int[] {r.published().getYear() + Integer.parseInt(dm.value()), dm.end()};
    }

    /** Kept for the resolver's exactness checks. */
    static boolean valid(int y, int m, int d) {
        try {
            LocalDate.of(y, m, d);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Converts a Hijri date (Umm al-Qura) to the Gregorian calendar, or null when out of range. */
    static LocalDate fromHijri(int y, int m, int d) {
        try {
            return LocalDate.from(HijrahDate.of(y, m, d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
