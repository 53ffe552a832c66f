package org.mirsad.extract.quantity.internal;

import java.util.Map;
import org.mirsad.extract.internal.NumberWords;
import org.mirsad.extract.internal.NumberWords.Entry;
import org.mirsad.extract.internal.NumberWords.Kind;
import org.mirsad.extract.internal.Words;

/**
 * Reads the number itself at a token: digits with an optional multiplier ({@code 15 ألف، 3.4 مليون،
 * مليون و200 ألف}; a decimal comma typed as ر, fraction first: {@code 4ر29 مليون} = 29.4 million), composed number words ({@code خمسة وعشرين، ثلاثة آلاف، ثلاثمئة وخمسين ألفًا}),
 * teens, fractions ({@code نصف، ربع، ثلث}), vague counts ({@code عشرات، مئات، آلاف، عشرات الآلاف})
 * and definite cardinals after their noun ({@code المخيمات الثلاثة}).
 */
final class NumberCore {

    /** What kind of number was read. */
    enum Form { DIGITS, WORDS, FRACTION, VAGUE, DEFINITE }

    /**
     * A number read at a token.
     *
     * @param first  its first token
     * @param prefix normalized proclitics on the first token (outside the span)
     * @param end    the token after it
     * @param value  its value, null for vague counts
     * @param form   its form
     * @param mult   true when it ends with a multiplier word
     */
    record Read(int first, String prefix, int end, Double value, Form form, boolean mult) {
    }

    private static final Map<String, Entry> WORDS = NumberWords.words();
    private static final java.util.Set<String> WORD_FORMS = Words.expand(WORDS.keySet());

    private NumberCore() {
    }

    /** The number at token {@code i}, or null. */
    static Read at(Words w, int i) {
        if (w.isNumber(i)) {
            return digits(w, i);
        }
        return w.normIn(i, WORD_FORMS) ? words(w, i) : null;
    }

    private static Read digits(Words w, int i) {
        Double v = NumberWords.parseDigits(w.norm(i));
        if (v == null) {
            return null;
        }
        int j = i + 1;
        if (raDecimal(w, i)) {
            v = Double.parseDouble(w.norm(i + 2) + "." + w.norm(i)); // 4ر29 مليون = 29.4 million
            j = i + 3;
        }
        boolean mult = false;
        Words.Hit<Entry> m = w.lookup(j, WORDS, false, false);
        if (m != null && (m.value().kind() == Kind.MULT || m.value().kind() == Kind.MULT_PLURAL)) {
            double mag = magnitude(m.value().value());
            v *= mag;
            j++;
            mult = true;
            int[] frac = new int[1];
            double add = fractionAfter(w, j, mag, frac);
            if (frac[0] > 0) {
                return new Read(i, "", j + frac[0], v + add, Form.DIGITS, true);
            }
            // مليون و200 ألف
            if (w.norm(j).equals("و") && w.isNumber(j + 1)) {
                Double v2 = NumberWords.parseDigits(w.norm(j + 1));
                Words.Hit<Entry> m2 = w.lookup(j + 2, WORDS, false, false);
                double small = m2 != null && (m2.value().kind() == Kind.MULT || m2.value().kind() == Kind.MULT_PLURAL)
                        ? m2.value().value() : 1;
                if (v2 != null && v2 * small < m.value().value()) {
                    v += v2 * small;
                    j += small > 1 ? 3 : 2;
                }
            }
        }
        return new Read(i, "", j, v, Form.DIGITS, mult);
    }

    /**
     * Whether tokens i..i+2 are digits, ر and digits written together (9ر1%، 4ر29 مليون دولار، 2298ر6 يوان):
     * the decimal comma some agencies type as ر, with the fraction first in the text and the integer after
     * it — 9ر1 is 1.9.
     */
    static boolean raDecimal(Words w, int i) {
        return w.touching(i) && w.touching(i + 1) && w.norm(i + 1).equals("\u0631") && w.isNumber(i + 2)
                && Words.isDigits(w.norm(i), 1, 6) && Words.isDigits(w.norm(i + 2), 1, 9);
    }

    private static Read words(Words w, int i) {
        Words.Hit<Entry> h = w.lookup(i, WORDS, true, true);
        if (h == null) {
            return null;
        }
        Entry e = h.value();
        if (h.definite()) {
            return definite(w, i, h);
        }
        switch (e.kind()) {
            case FRACTION:
                if (!w.isArabic(i + 1) || w.norm(i + 1).equals("نهائي") || w.norm(i + 1).equals("النهائي")) {
                    return null;
                }
                Words.Hit<Entry> of = w.lookup(i + 1, WORDS, false, false);
                if (of != null && of.value().kind() == Kind.MULT) {
                    return new Read(i, h.prefix(), i + 2, e.value() * of.value().value(), Form.WORDS, true);
                }
                return new Read(i, h.prefix(), i + 1, e.value(), Form.FRACTION, false);
            case VAGUE:
            case MULT_PLURAL:
                return vague(w, i, h.prefix());
            case TEEN_HEAD:
                if (!isTen(w, i + 1)) {
                    return null;
                }
                return compose(w, i, h);
            default:
                if (w.isNumber(i + 1)) {
                    return null;
                }
                return compose(w, i, h);
        }
    }

    private static Read definite(Words w, int i, Words.Hit<Entry> h) {
        Entry e = h.value();
        if (e.kind() == Kind.VAGUE || e.kind() == Kind.MULT_PLURAL) {
            return vague(w, i, h.prefix());
        }
        if ((e.kind() == Kind.UNIT || e.kind() == Kind.TEN) && e.value() >= 3) {
            return new Read(i, h.prefix(), i + 1, e.value(), Form.DEFINITE, false);
        }
        return null;
    }

    private static Read vague(Words w, int i, String prefix) {
        int j = i + 1;
        Words.Hit<Entry> next = w.lookup(j, WORDS, false, true);
        if (next != null && (next.value().kind() == Kind.MULT_PLURAL || next.value().kind() == Kind.VAGUE)) {
            j++;
        }
        return new Read(i, prefix, j, null, Form.VAGUE, false);
    }

    /** Composes number words joined by و, teens, hundreds and multipliers. */
    private static Read compose(Words w, int i, Words.Hit<Entry> first) {
        double total = 0;
        double cur = 0;
        int k = i;
        boolean mult = false;
        Words.Hit<Entry> h = first;
        boolean any = false;
        double lastMag = Double.MAX_VALUE;
        int groupStart = i;
        while (h != null) {
            Entry e = h.value();
            boolean joined = h.prefix().equals("و");
            if (k > i && !joined && !(e.kind() == Kind.MULT || e.kind() == Kind.MULT_PLURAL
                    || e.kind() == Kind.HUNDRED && cur > 0 && cur < 10)) {
                break;
            }
            if (k > i && joined && (e.kind() == Kind.MULT || e.kind() == Kind.MULT_PLURAL || e.kind() == Kind.FRACTION
                    || e.kind() == Kind.VAGUE)) {
                break;
            }
            switch (e.kind()) {
                case UNIT, TEEN_HEAD, TEN -> {
                    double v = e.value();
                    if (e.kind() != Kind.TEN && isTen(w, k + 1)) {
                        v += 10;
                        k++;
                    }
                    cur += v;
                    mult = false;
                }
                case TENS -> {
                    cur += e.value();
                    mult = false;
                }
                case HUNDRED -> {
                    cur = cur > 0 && cur < 10 && !joined ? cur * 100 : cur + e.value();
                    mult = false;
                }
                case MULT, MULT_PLURAL -> {
                    double m = e.value();
                    if (magnitude(m) >= lastMag) {
                        return new Read(i, first.prefix(), groupStart, total, Form.WORDS, true);
                    }
                    lastMag = magnitude(m);
                    if (e.kind() == Kind.MULT && cur == 0) {
                        cur = m;
                    } else {
                        cur = (cur == 0 ? 1 : cur) * magnitude(m);
                    }
                    total += cur;
                    cur = 0;
                    mult = true;
                    int[] frac = new int[1];
                    double add = fractionAfter(w, k + 1, magnitude(m), frac);
                    if (frac[0] > 0) {
                        return new Read(i, first.prefix(), k + 1 + frac[0], total + add, Form.WORDS, true);
                    }
                }
                default -> {
                    return null;
                }
            }
            any = true;
            k++;
            if (mult) {
                groupStart = k;
            }
            h = w.lookup(k, WORDS, true, false);
            if (h != null && !(h.prefix().isEmpty() || h.prefix().equals("و"))) {
                h = null;
            }
        }
        if (!any) {
            return null;
        }
        if (mult && cur == 0 && w.norm(k).equals("و") && w.isNumber(k + 1)) {
            Read tail = digits(w, k + 1);
            if (tail != null && tail.value() < lastMag) {
                return new Read(i, first.prefix(), tail.end(), total + tail.value(), Form.WORDS, true);
            }
        }
        return new Read(i, first.prefix(), k, total + cur, Form.WORDS, mult);
    }

    /**
     * A fraction joined to a multiplier ({@code مليونين ونصف، 3 ملايين ونصف المليون}): its value times the
     * multiplier; {@code used[0]} receives the number of tokens it takes (0 when there is none).
     */
    private static double fractionAfter(Words w, int k, double magnitude, int[] used) {
        Words.Hit<Entry> f = w.lookup(k, WORDS, true, false);
        if (f == null || !f.prefix().equals("و") || f.value().kind() != Kind.FRACTION) {
            return 0;
        }
        used[0] = 1;
        Words.Hit<Entry> again = w.lookup(k + 1, WORDS, false, true);
        if (again != null && again.definite() && again.value().kind() == Kind.MULT) {
            used[0] = 2;
        }
        return f.value().value() * magnitude;
    }

    /** The power of a thousand of a multiplier (a dual such as ألفين counts as its singular). */
    private static double magnitude(double m) {
        double p = 1000;
        while (p * 1000 <= m) {
            p *= 1000;
        }
        return p;
    }

    private static boolean isTen(Words w, int k) {
        String n = w.norm(k);
        return n.equals("عشر") || n.equals("عشره");
    }
}
