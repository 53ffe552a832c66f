package org.mirsad.extract.clean.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Recognizes date/time stamp lines and reads the Gregorian date they carry.
 *
 * <p>Rules:
 * <ul>
 *   <li>A stamp line has at most {@link #MAX_WORDS} words, does not end with a full stop after a long
 *       text, holds a digit or a month name, and at least {@link #MIN_DATE_SHARE} of its key words are
 *       date words: numbers, month names ({@code months.txt}), weekdays ({@code weekdays.txt}) or stamp
 *       words ({@code stamp.txt}: نشر، آخر تحديث، الساعة، بتوقيت، ص، م …). A line that ends with a full
 *       stop is a stamp only when all its words but one at most are date words (a short sentence that
 *       names a time is body text).</li>
 *   <li>Dates read: {@code d month y}, {@code month d y}, {@code y-m-d}, {@code d/m/y}, {@code d-m-y},
 *       {@code d.m.y} (day first, the Arab convention), with ASCII, Arabic-Indic or Persian digits;
 *       years 1900–2100. Hijri dates mark a stamp but are not converted.</li>
 * </ul>
 */
public final class DateStamps {

    /** Most words in a stamp line. */
    public static final int MAX_WORDS = 16;
    /** Least share of date words among a stamp line's words. */
    public static final double MIN_DATE_SHARE = 0.7;

    private DateStamps() {
    }

    /** Whether the line is a date/time stamp. */
    public static boolean isStamp(Line line) {
        if (line.shape.words > MAX_WORDS || line.noWords() || line.shape.period && line.shape.words > 8) {
            return false;
        }
        String[] w = line.words();
        int dateWords = 0;
        boolean anchor = false;
        int i = 0;
        while (i < w.length) {
            int m = Cues.MONTH_NAMES.matchAt(w, i);
            if (m > 0) {
                dateWords += m;
                anchor = true;
                i += m;
                continue;
            }
            if (isNumber(w[i])) {
                dateWords++;
                anchor = true;
            } else if (Cues.WEEKDAYS.containsWord(w[i]) || Cues.STAMP.containsWord(w[i])) {
                dateWords++;
            } else {
                int s = Cues.STAMP.matchAt(w, i);
                if (s > 0) {
                    dateWords += s;
                    i += s;
                    continue;
                }
            }
            i++;
        }
        if (line.shape.period) {
            // a short sentence that names a time (وتبدأ الجلسة 10.30 صباحا بتوقيت مكة.) is body text: a stamp
            // that ends with a full stop is made of date words but for one at most
            return anchor && dateWords >= w.length - 1;
        }
        return anchor && dateWords >= MIN_DATE_SHARE * w.length;
    }

    /** The first Gregorian date in the line, or null. */
    public static LocalDate parse(Line line) {
        LocalDate d = parseWords(line.words());
        return d != null ? d : parseNumeric(line.text);
    }

    /** Reads {@code d month y} or {@code month d[,] y} from key words. */
    static LocalDate parseWords(String[] w) {
        for (int i = 0; i < w.length; i++) {
            int m = Cues.MONTH_NAMES.matchAt(w, i);
            if (m == 0) {
                continue;
            }
            StringBuilder name = new StringBuilder(w[i]);
            for (int k = 1; k < m; k++) {
                name.append(' ').append(w[i + k]);
            }
            int month = Cues.MONTHS.getOrDefault(name.toString(), 0);
            if (month == 0) {
                continue;
            }
            int after = i + m;
            // d month y
            if (i > 0 && isNumber(w[i - 1]) && after < w.length && isYear(w[after])) {
                LocalDate d = date(Integer.parseInt(w[after]), month, toInt(w[i - 1]));
                if (d != null) {
                    return d;
                }
            }
            // month d y
            if (after + 1 < w.length && isNumber(w[after]) && isYear(w[after + 1])) {
                LocalDate d = date(Integer.parseInt(w[after + 1]), month, toInt(w[after]));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Reads numeric dates ({@code 2024-03-15}, {@code 15/03/2024}) from the raw text. */
    static LocalDate parseNumeric(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (LineKey.asciiDigit(text.charAt(i)) == 0) {
                i++;
                continue;
            }
            int[] parts = new int[3];
            int[] lens = new int[3];
            char sep = 0;
            int j = i;
            int k = 0;
            boolean ok = true;
            while (k < 3) {
                int v = 0;
                int len = 0;
                while (j < n && LineKey.asciiDigit(text.charAt(j)) != 0 && len < 5) {
                    v = v * 10 + (LineKey.asciiDigit(text.charAt(j)) - '0');
                    j++;
                    len++;
                }
                if (len == 0) {
                    ok = false;
                    break;
                }
                parts[k] = v;
                lens[k] = len;
                k++;
                if (k < 3) {
                    if (j >= n) {
                        ok = false;
                        break;
                    }
                    char c = text.charAt(j);
                    if (c != '/' && c != '-' && c != '.' || sep != 0 && c != sep) {
                        ok = false;
                        break;
                    }
                    sep = c;
                    j++;
                }
            }
            if (ok) {
                LocalDate d = lens[0] == 4 ? date(parts[0], parts[1], parts[2])
                        : lens[2] == 4 ? date(parts[2], parts[1], parts[0]) : null;
                if (d != null) {
                    return d;
                }
            }
            // skip this digit run
            while (i < n && LineKey.asciiDigit(text.charAt(i)) != 0) {
                i++;
            }
        }
        return null;
    }

    private static LocalDate date(int y, int m, int d) {
        if (y < 1900 || y > 2100) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean isNumber(String w) {
        if (w.isEmpty() || w.length() > 4) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && isNumber(w);
    }

    private static int toInt(String w) {
        return Integer.parseInt(w);
    }
}
