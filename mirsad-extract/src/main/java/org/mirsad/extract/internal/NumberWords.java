package org.mirsad.extract.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Arabic number words and digit strings, shared by the quantity and date extractors.
 *
 * <p>Rules: cardinal words 2–10 in both genders, teens ({@code ثلاثة عشر، أحد عشر}), tens, hundreds
 * (also written as one word, {@code ثلاثمئة}), multipliers with their duals and plurals, vague
 * plurals ({@code عشرات، مئات}), fractions; ordinals separately. Digit strings: {@code .} is the
 * decimal point (the normalizer maps {@code ٫} to it), {@code ,} groups thousands when followed by
 * exactly three digits and is a decimal comma otherwise; several dots group thousands (the last one is
 * the decimal point when fewer or more than three digits follow it: {@code 874.347.21}).
 */
public final class NumberWords {

    /** The kind of a number word. */
    public enum Kind {
        /** 2..10 ({@code ثلاثة}). */
        UNIT,
        /** First part of 11 and 12 ({@code أحد عشر، اثنا عشر}). */
        TEEN_HEAD,
        /** {@code عشر / عشرة}: ten, or the second part of a teen. */
        TEN,
        /** 20..90. */
        TENS,
        /** 100..900. */
        HUNDRED,
        /** thousand, million ... singular or dual. */
        MULT,
        /** thousands, millions ... (plural: after 3..10, or a vague count alone). */
        MULT_PLURAL,
        /** tens, hundreds: a vague count ({@code عشرات، مئات}). */
        VAGUE,
        /** half, quarter, third. */
        FRACTION
    }

    /**
     * A number word.
     *
     * @param kind  its kind
     * @param value its value (the multiplier for multipliers)
     */
    public record Entry(Kind kind, double value) {
    }

    private static final Map<String, Entry> WORDS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();

    static {
        for (String[] r : Lexicons.rows(NumberWords.class, "numbers.tsv")) {
            WORDS.put(Lexicons.norm(r[0]), new Entry(Kind.valueOf(r[1]), Double.parseDouble(r[2])));
        }
        for (String[] r : Lexicons.rows(NumberWords.class, "ordinals.tsv")) {
            ORDINALS.put(Lexicons.norm(r[0]), Integer.parseInt(r[1]));
        }
    }

    private NumberWords() {
    }

    /** Number words by normalized form. */
    public static Map<String, Entry> words() {
        return WORDS;
    }

    /** Ordinal words (1..10, both genders) by normalized form. */
    public static Map<String, Integer> ordinals() {
        return ORDINALS;
    }

    /** The value of a normalized digit string ({@code 1,850}, {@code 3.4}, {@code 1.200.000}), or null. */
    public static Double parseDigits(String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        String t = s;
        int dots = count(t, '.');
        int commas = count(t, ',');
        if (dots > 1) {
            int last = t.lastIndexOf('.');
            boolean decimalTail = t.length() - last - 1 != 3 && commas == 0;
            t = decimalTail ? t.substring(0, last).replace(".", "") + t.substring(last) : t.replace(".", "");
        }
        if (commas > 0) {
            if (groupsOfThree(t, ',')) {
                t = t.replace(",", "");
            } else if (commas == 1 && dots == 0) {
                t = t.replace(',', '.');
            } else {
                return null;
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Formats a value compactly for messages ({@code 15000}, {@code 3.4}). */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }

    private static boolean groupsOfThree(String t, char sep) {
        int i = t.indexOf(sep);
        while (i >= 0) {
            int j = i + 1;
            int n = 0;
            while (j < t.length() && Character.isDigit(t.charAt(j))) {
                j++;
                n++;
            }
            if (n != 3) {
                return false;
            }
            i = t.indexOf(sep, i + 1);
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
