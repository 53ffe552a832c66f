package org.mirsad.extract.date.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * Resolves date expressions to ISO-8601 against the publication date.
 *
 * <p>Conventions: a day is {@code YYYY-MM-DD}, a month {@code YYYY-MM}, a week {@code YYYY-Www} (ISO
 * week), a year {@code YYYY}; a quarter or half of a year resolves to the year; a span of years
 * ({@code بين عامي 2017 و2020، 2016-2017}, a season or fiscal year {@code 2024/2025}) is the ISO interval
 * {@code 2017/2020}; a Hijri month without a day or a Hijri year is the ISO interval of its Gregorian
 * days ({@code 2018-05-16/2018-06-14} for رمضان 1439, Umm al-Qura calendar); vague plural periods
 * ({@code السنوات الأخيرة}) resolve to nothing. A bare weekday is the latest one on or
 * before the publication date, {@code الماضي} the latest strictly before, {@code المقبل} the first
 * strictly after, and one
 * announced by a future verb ({@code سيلتقيان الجمعة}) the first on or after it. A month (Gregorian or
 * Hijri) or a day of a month without a year is the one nearest the publication date
 * unless a direction word fixes it. Without a publication date, relative expressions have no value.
 */
final class DateResolver {

    /** A resolved value: its ISO text and, when it is a day or a month, that day or month. */
    record Value(String iso, LocalDate day, YearMonth month) {

        static final Value NONE = new Value(null, null, null);

        static Value ofDay(LocalDate d) {
            return d == null ? NONE : new Value(d.toString(), d, null);
        }

        static Value ofMonth(YearMonth m) {
            return m == null ? NONE : new Value(m.toString(), null, m);
        }

        static Value ofYear(int y) {
            return new Value(String.format(Locale.ROOT, "%04d", y), null, null);
        }

        static Value ofInterval(LocalDate first, LocalDate last) {
            return first == null || last == null ? NONE : new Value(first + "/" + last, null, null);
        }

        /** The years from {@code first} to {@code last} ({@code 2017/2020}), or nothing unless first < last. */
        static Value ofYears(Integer first, Integer last) {
            return first == null || last == null || first >= last ? NONE
                    : new Value(String.format(Locale.ROOT, "%04d/%04d", first, last), null, null);
        }

        /** A Hijri year as the interval of its Gregorian days, or nothing outside the Umm al-Qura table. */
        static Value ofHijriYear(int y) {
            try {
                HijrahDate first = HijrahDate.of(y, 1, 1);
                HijrahDate last = HijrahDate.of(y, 12, 1);
                return ofInterval(LocalDate.from(first), LocalDate.from(last.plus(last.lengthOfMonth() - 1,
                        java.time.temporal.ChronoUnit.DAYS)));
            } catch (DateTimeException e) {
                return NONE;
            }
        }

        static Value ofWeek(LocalDate d) {
            return d == null ? NONE : new Value(String.format(Locale.ROOT, "%04d-W%02d",
                    d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), null, null);
        }
    }

    private final LocalDate pub;
    private YearMonth lastMonth;
    private Integer lastYear;

    DateResolver(LocalDate published) {
        this.pub = published;
    }

    LocalDate published() {
        return pub;
    }

    void setLastMonth(YearMonth m) {
        lastMonth = m;
        lastYear = m.getYear();
    }

    void setLastYear(int y) {
        lastYear = y;
    }

    /** {@code أمس، اليوم، غدًا، بعد غد}. */
    Value relativeDay(int offset) {
        return pub == null ? Value.NONE : Value.ofDay(pub.plusDays(offset));
    }

    /**
     * {@code اليوم الأربعاء، أمس الثلاثاء}: the day with weekday {@code dow} nearest to the publication date
     * moved by {@code offset} (at most three days away). The weekday is what the writer saw; a publication date
     * taken from a crawl or a file is often a day late.
     */
    Value relativeDayOn(int offset, int dow) {
        if (pub == null) {
            return Value.NONE;
        }
        LocalDate near = pub.plusDays(offset);
        int diff = (dow - near.getDayOfWeek().getValue() + 7) % 7; // 0..6 days ahead
        return Value.ofDay(near.plusDays(diff <= 3 ? diff : diff - 7));
    }

    /** A weekday with an optional direction ({@code -1}, {@code 1}, {@code 0} or null). */
    Value weekday(int dow, String dir) {
        if (pub == null) {
            return Value.NONE;
        }
        int today = pub.getDayOfWeek().getValue();
        if ("1".equals(dir)) {
            int ahead = (dow - today + 7) % 7;
            return Value.ofDay(pub.plusDays(ahead == 0 ? 7 : ahead));
        }
        if ("F".equals(dir)) {
            return Value.ofDay(pub.plusDays((dow - today + 7) % 7));
        }
        int back = (today - dow + 7) % 7;
        if ("-1".equals(dir) && back == 0) {
            back = 7;
        }
        return Value.ofDay(pub.minusDays(back));
    }

    /** {@code منذ/قبل/بعد} + count + unit (D, W, M, Y). */
    Value shift(char unit, int signed) {
        if (pub == null) {
            return Value.NONE;
        }
        return switch (unit) {
            case 'D' -> Value.ofDay(pub.plusDays(signed));
            case 'W' -> Value.ofWeek(pub.plusWeeks(signed));
            case 'M' -> Value.ofMonth(YearMonth.from(pub).plusMonths(signed));
            default -> Value.ofYear(pub.getYear() + signed);
        };
    }

    /** A relative period (W, M, Y) with a direction ({@code -1, 1, 0, P}). */
    Value period(char unit, String dir) {
        if (pub == null) {
            return Value.NONE;
        }
        if ("P".equals(dir)) {
            YearMonth base = lastMonth != null ? lastMonth : YearMonth.from(pub);
            return switch (unit) {
                case 'M' -> Value.ofMonth(base.minusMonths(1));
                case 'Y' -> Value.ofYear((lastYear != null ? lastYear : base.getYear()) - 1);
                default -> Value.NONE;
            };
        }
        int n = Integer.parseInt(dir);
        return switch (unit) {
            case 'W' -> Value.ofWeek(pub.plusWeeks(n));
            case 'M' -> Value.ofMonth(YearMonth.from(pub).plusMonths(n));
            default -> Value.ofYear(pub.getYear() + n);
        };
    }

    /** A month with an optional year or direction. */
    Value month(int m, Integer year, String dir) {
        if (year != null) {
            return Value.ofMonth(YearMonth.of(year, m));
        }
        if (pub == null) {
            return Value.NONE;
        }
        YearMonth now = YearMonth.from(pub);
        YearMonth same = YearMonth.of(pub.getYear(), m);
        if ("0".equals(dir)) {
            return Value.ofMonth(same);
        }
        if ("-1".equals(dir)) {
            return Value.ofMonth(same.isBefore(now) ? same : same.minusYears(1));
        }
        if ("1".equals(dir)) {
            return Value.ofMonth(same.isAfter(now) ? same : same.plusYears(1));
        }
        if ("F".equals(dir)) {
            return Value.ofMonth(same.isBefore(now) ? same.plusYears(1) : same);
        }
        YearMonth best = same;
        for (YearMonth c : new YearMonth[] {same.minusYears(1), same.plusYears(1)}) {
            if (Math.abs(months(c, now)) < Math.abs(months(best, now))) {
                best = c;
            }
        }
        return Value.ofMonth(best);
    }

    /**
     * A Hijri month (1–12) with an optional Hijri year or direction, as the interval of its Gregorian
     * days; without a year, the occurrence chosen as for Gregorian months ({@link #month}).
     */
    Value hijriMonth(int m, Integer hijriYear, String dir) {
        Integer y = hijriYear;
        if (y == null) {
            if (pub == null) {
                return Value.NONE;
            }
            HijrahDate now = HijrahDate.from(pub);
            int py = now.get(ChronoField.YEAR);
            int nowIndex = py * 12 + now.get(ChronoField.MONTH_OF_YEAR);
            int sameIndex = py * 12 + m;
            int index = switch (dir == null ? "" : dir) {
                case "0" -> sameIndex;
                case "-1" -> sameIndex < nowIndex ? sameIndex : sameIndex - 12;
                case "1" -> sameIndex > nowIndex ? sameIndex : sameIndex + 12;
                case "F" -> sameIndex < nowIndex ? sameIndex + 12 : sameIndex;
                default -> nearest(sameIndex, nowIndex);
            };
            y = Math.floorDiv(index - m, 12);
        }
        try {
            HijrahDate first = HijrahDate.of(y, m, 1);
            return Value.ofInterval(LocalDate.from(first), LocalDate.from(first.plus(first.lengthOfMonth() - 1,
                    java.time.temporal.ChronoUnit.DAYS)));
        } catch (DateTimeException e) {
            return Value.NONE; // outside the Umm al-Qura table
        }
    }

    /** Of a month index and the same month a year before and after, the one nearest {@code now}. */
    private static int nearest(int index, int now) {
        int best = index;
        for (int c : new int[] {index - 12, index + 12}) {
            if (Math.abs(c - now) < Math.abs(best - now)) {
                best = c;
            }
        }
        return best;
    }

    /** A day of a month with an optional year or direction. */
    Value day(int d, int m, Integer year, String dir) {
        if (year != null) {
            return exact(year, m, d);
        }
        if (pub == null) {
            return Value.NONE;
        }
        LocalDate same = safe(pub.getYear(), m, d);
        if (same == null) {
            return Value.NONE;
        }
        if ("0".equals(dir)) {
            return Value.ofDay(same);
        }
        if ("-1".equals(dir)) {
            return Value.ofDay(same.isBefore(pub) ? same : safe(pub.getYear() - 1, m, d));
        }
        if ("1".equals(dir)) {
            return Value.ofDay(same.isAfter(pub) ? same : safe(pub.getYear() + 1, m, d));
        }
        if ("F".equals(dir)) {
            return Value.ofDay(same.isBefore(pub) ? safe(pub.getYear() + 1, m, d) : same);
        }
        LocalDate best = same;
        for (int dy : new int[] {-1, 1}) {
            LocalDate c = safe(pub.getYear() + dy, m, d);
            if (c != null && Math.abs(c.toEpochDay() - pub.toEpochDay()) < Math.abs(best.toEpochDay() - pub.toEpochDay())) {
                best = c;
            }
        }
        return Value.ofDay(best);
    }

    /** {@code 22 من الشهر الجاري / الماضي / المقبل}. */
    Value dayOfRelativeMonth(int d, String dir) {
        if (pub == null || "P".equals(dir)) {
            return Value.NONE;
        }
        YearMonth m = YearMonth.from(pub).plusMonths(Integer.parseInt(dir));
        return Value.ofDay(safe(m.getYear(), m.getMonthValue(), d));
    }

    /** A Hijri day of a month, with the Hijri year or the one current at publication. */
    Value hijriDay(int d, int m, Integer hijriYear) {
        Integer y = hijriYear;
        if (y == null) {
            if (pub == null) {
                return Value.NONE;
            }
            y = HijrahDate.from(pub).get(ChronoField.YEAR);
        }
        return Value.ofDay(DateParser.fromHijri(y, m, d));
    }

    /** An explicit date, or nothing when it does not exist. */
    Value exact(int y, int m, int d) {
        return Value.ofDay(safe(y, m, d));
    }

    /** The 24-hour clock hour for an hour and a part of day ({@code am, pm, noon, night} or null). */
    static int shiftHour(int h, String pod) {
        if (pod == null) {
            return h;
        }
        return switch (pod) {
            case "am" -> h == 12 ? 0 : h;
            case "noon" -> h < 6 ? h + 12 : h;
            case "pm" -> h < 12 ? h + 12 : h;
            case "night" -> h == 12 ? 0 : h >= 6 && h < 12 ? h + 12 : h;
            default -> h;
        };
    }

    private static long months(YearMonth a, YearMonth b) {
        return (a.getYear() * 12L + a.getMonthValue()) - (b.getYear() * 12L + b.getMonthValue());
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
