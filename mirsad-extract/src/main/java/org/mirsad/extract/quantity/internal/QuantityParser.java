package org.mirsad.extract.quantity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mirsad.core.model.Qualifier;
import org.mirsad.core.model.Quantity;
import org.mirsad.core.model.Span;
import org.mirsad.core.model.Token;
import org.mirsad.extract.internal.NumberWords;
import org.mirsad.extract.internal.PhraseLexicon.Match;
import org.mirsad.extract.internal.Words;
import org.mirsad.extract.quantity.internal.NumberCore.Form;
import org.mirsad.extract.quantity.internal.NumberCore.Read;

/**
 * Finds quantities in tokenized Arabic text. For each number read by {@link NumberCore}:
 * <ol>
 *   <li>skip numbers that are not counts: inside a date or time expression, labels and ranks after a
 *       label noun when no indefinite counted noun or unit follows ({@code المادة 98، الدقيقة 23}), phone numbers (leading zero or 8+ digits), clock
 *       times and numeric dates ({@code 7:00، 3/3}), scores ({@code 2-1}, {@code 3 مقابل 1}), bare
 *       years, ordinals ({@code السابع عشر}) and number words used as verbs before digits;</li>
 *   <li>a hedge before ({@code قرابة، أكثر من، ما يزيد على، لا تتجاوز}) or after ({@code تقريبًا، على
 *       الأقل}, possibly after the counted noun) sets the qualifier and joins the span;</li>
 *   <li>ranges: {@code (ما) بين X وY}, {@code X-Y}, {@code من X إلى Y}, a multiplier or unit after the
 *       second bound applying to both;</li>
 *   <li>a unit after the number joins the span: percent ({@code % ٪ في المائة بالمئة}), currencies
 *       with their ISO code (nisba after the name or the article's country for shared names), measures
 *       ({@code طن، كيلومتر، ميغاواط، برميل}), degrees on the Richter scale or of temperature;</li>
 *   <li>without a unit, {@code counted} is the noun after the number (before it for definite cardinals
 *       such as {@code المخيمات الثلاثة}, which must follow a definite noun: {@code مدينة الخمس} is a name).</li>
 * </ol>
 */
public final class QuantityParser {

    private static final Map<String, String> BETWEEN_KEY = Map.of(QuantityLexicon.BETWEEN, "");
    private static final Map<String, String> MA_KEY = Map.of("ما", "");

    private final Words w;
    private final List<Span> dates;
    private final UnitReader units;
    private final List<Quantity> out = new ArrayList<>();

    private QuantityParser(String text, List<Token> tokens, List<Span> dates) {
        this.w = new Words(text, tokens);
        this.dates = dates;
        this.units = new UnitReader(w, new CurrencyContext(w));
    }

    /**
     * The quantities of a text, in order.
     *
     * @param dates spans of date and time expressions, whose numbers are not quantities
     */
    public static List<Quantity> find(String text, List<Token> tokens, List<Span> dates) {
        QuantityParser p = new QuantityParser(text, tokens, dates);
        p.run();
        return p.out;
    }

    private void run() {
        int i = 0;
        while (i < w.size()) {
            int next = parseAt(i);
            i = Math.max(next, i + 1);
        }
        shareUnitsAcrossOr(w.text());
    }

    /** أو ("or"), as written between two alternatives. */
    private static final java.util.regex.Pattern OR_BETWEEN = java.util.regex.Pattern.compile("\\s+\u0623\u0648\\s+");

    /**
     * A bare number before أو and a number with a unit or a counted noun takes that unit and noun (9 أو 10
     * في المائة، ثلاثة أو أربعة أيام): the writer gives it once for both alternatives.
     */
    private void shareUnitsAcrossOr(String text) {
        for (int k = 0; k + 1 < out.size(); k++) {
            Quantity a = out.get(k);
            Quantity b = out.get(k + 1);
            if (a.unit() != null || a.counted() != null || a.range() != null || a.value() == null
                    || b.unit() == null && b.counted() == null) {
                continue;
            }
            String between = text.substring(a.span().end(), b.span().start());
            if (OR_BETWEEN.matcher(between).matches()) {
                out.set(k, new Quantity(a.span(), a.text(), a.value(), b.unit(), b.counted(), a.qualifier(), null));
            }
        }
    }

    /** Tries a quantity at token {@code i}; returns the token to continue from. */
    private int parseAt(int i) {
        Read n = NumberCore.at(w, i);
        if (n == null || inDate(w.start(i), w.end(i))) {
            return i + 1;
        }
        if (n.form() == Form.DIGITS && notACount(i)) {
            return skipNumberGroup(i);
        }
        if (n.form() == Form.WORDS && afterOrdinal(i)) {
            return n.end();
        }
        if (n.form() == Form.DEFINITE && !units.definiteNoun(i - 1)) {
            return n.end();
        }
        Builder b = new Builder(n);
        hedgeBefore(b);
        boolean range = range(b);
        if (!range && n.form() == Form.DIGITS && w.isPunct(n.end(), "-") && w.isNumber(n.end() + 1)) {
            return skipNumberGroup(i);
        }
        if (!range && scoreAgainstNil(n.end())) {
            return n.end() + 2;
        }
        units.unit(b);
        if (b.unit == null) {
            units.counted(b);
        }
        hedgeAfter(b);
        dottedThousands(b);
        int before = w.isPunct(i - 1, "(") ? i - 2 : i - 1;
        Words.Hit<Boolean> lab = w.lookup(before, QuantityLexicon.LABELS, true, true);
        boolean label = lab != null && b.unit == null && b.low == null && !n.mult()
                && (lab.value() || b.counted == null || w.norm(n.end()).startsWith("ال") || yearShaped(b));
        boolean reference = w.isPunct(b.first - 1, "(") && b.prefix.isEmpty() && b.unit == null && b.counted == null
                && b.qualifier == null && b.low == null && !n.mult();
        if (label || reference || poBox(before) || isScore(b) || bareYear(b) || inDate(w.startAfter(b.first, b.prefix), w.end(b.end - 1))) {
            return b.end;
        }
        emit(b);
        return b.end;
    }

    /** Whether token k ends the abbreviation of a post-office box (ص.ب، ص. ب، ص ب): the number after it is an address. */
    private boolean poBox(int k) {
        if (k < 1 || !"\u0628".equals(w.norm(k))) {
            return false;
        }
        int p = w.isPunct(k - 1, ".") ? k - 2 : k - 1;
        return p >= 0 && "\u0635".equals(w.norm(p));
    }

    /** Mutable state of one quantity while it is being read. */
    static final class Builder {
        final Read num;
        int first;
        String prefix;
        int end;
        Double value;
        Double low;
        Double high;
        String unit;
        String counted;
        Qualifier qualifier;

        Builder(Read num) {
            this.num = num;
            this.first = num.first();
            this.prefix = num.prefix();
            this.end = num.end();
            this.value = num.value();
        }
    }

    private void emit(Builder b) {
        int s = w.startAfter(b.first, b.prefix);
        int e = w.end(b.end - 1);
        Quantity.Range r = b.low != null ? new Quantity.Range(b.low, b.high) : null;
        out.add(new Quantity(new Span(s, e), w.text().substring(s, e), r != null ? null : b.value, b.unit, b.counted,
                r != null ? null : b.qualifier, r));
    }

    // ---- exclusions ---------------------------------------------------------------------------

    private boolean inDate(int start, int end) {
        int lo = 0;
        int hi = dates.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span d = dates.get(mid);
            if (d.end() <= start) {
                lo = mid + 1;
            } else if (d.start() >= end) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Digits that are a phone number, a clock time or part of a numeric date. */
    private boolean notACount(int i) {
        String n = w.norm(i);
        if (n.length() >= 6 && n.charAt(0) == '0' && Words.isDigits(n, 6, 40) || Words.isDigits(n, 8, 40)) {
            return true;
        }
        boolean joinedAfter = (w.isPunct(i + 1, ":") || w.isPunct(i + 1, "/")) && w.isNumber(i + 2);
        boolean joinedBefore = i >= 2 && (w.isPunct(i - 1, ":") || w.isPunct(i - 1, "/")) && w.isNumber(i - 2);
        if (listMarker(i)) {
            return true;
        }
        boolean plus = i >= 2 && w.touching(i - 1) && (w.isPunct(i - 1, "+") || w.norm(i - 1).equals("+"))
                && w.isNumber(i - 2);
        if (plus) {
            return true;
        }
        boolean glued = i >= 1 && w.touching(i - 1) && (w.kind(i - 1) == org.mirsad.core.model.TokenKind.LATIN
                || w.isArabic(i - 1) && w.norm(i - 1).length() > 2 && !w.norm(i - 1).endsWith("ـ"));
        if (glued) {
            return true;
        }
        boolean modelName = i >= 2 && w.touching(i - 1) && w.isPunct(i - 1, "-") && w.touching(i - 2)
                && w.kind(i - 2) != org.mirsad.core.model.TokenKind.NUMBER;
        String before = i >= 1 ? w.norm(i - 1) : "";
        boolean clock = before.endsWith("\u0627\u0644\u0633\u0627\u0639\u0629") || before.endsWith("\u0627\u0644\u0633\u0627\u0639\u0647");
        return joinedAfter || joinedBefore || modelName || clock; // الساعة 0632 بتوقيت غرينتش: a time of day
    }

    /** A number opening a line and followed by {@code . - ) :}: an item number of a list. */
    private boolean listMarker(int i) {
        int p = w.start(i) - 1;
        String text = w.text();
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        boolean lineStart = p < 0 || text.charAt(p) == '\n';
        return lineStart && (w.isPunct(i + 1, ".") || w.isPunct(i + 1, "-") || w.isPunct(i + 1, ")")
                || w.isPunct(i + 1, ":"));
    }

    private int skipNumberGroup(int i) {
        int k = i + 1;
        while (k + 1 < w.size() && w.kind(k) == org.mirsad.core.model.TokenKind.PUNCT && !w.isPunct(k, "%")
                && !w.isPunct(k, ",") && !w.isPunct(k, ".") && w.isNumber(k + 1)) {
            k += 2;
        }
        return k;
    }

    /**
     * عشر after an ordinal ({@code السابع عشر}) or a number word after one ({@code الثالثة والعشرين}); عشر after a
     * definite cardinal ({@code دور الستة عشر}, the round of sixteen): a name, not a count of ten.
     */
    private boolean afterOrdinal(int i) {
        Words.Hit<Integer> o = w.lookup(i - 1, NumberWords.ordinals(), true, true);
        if (o != null && o.definite()) {
            return true;
        }
        String n = w.norm(i);
        if (!n.equals("عشر") && !n.equals("عشره")) {
            return false;
        }
        Words.Hit<NumberWords.Entry> c = w.lookup(i - 1, NumberWords.words(), true, true);
        return c != null && c.definite();
    }

    /** A score: {@code 2-1} is handled as a non-range; {@code 3 أهداف مقابل هدف}. */
    private boolean isScore(Builder b) {
        return b.unit == null && w.norm(b.end).equals(QuantityLexicon.VERSUS)
                || b.counted != null && w.norm(b.end + 1).equals(QuantityLexicon.VERSUS);
    }

    /** A four-digit number 1900–2099 with no unit, multiplier, hedge or counted noun: a year. */
    private boolean bareYear(Builder b) {
        return yearShaped(b) && b.qualifier == null && b.counted == null;
    }

    /**
     * Digits 1900–2099 with no unit or multiplier and not a range: after a label noun such as الموسم or الدورة
     * it names a year (موسم 2010، دورة 2018), whatever word follows.
     */
    private boolean yearShaped(Builder b) {
        if (b.num.form() != Form.DIGITS || b.num.mult() || b.unit != null || b.low != null) {
            return false;
        }
        String n = w.norm(b.num.first());
        return Words.isDigits(n, 4, 4) && (n.startsWith("19") || n.startsWith("20"));
    }

    /**
     * {@code 462.147 سهمًا}: a dot followed by exactly three digits before a counted noun groups
     * thousands (a count of things is whole); before a unit or a multiplier it stays a decimal point.
     */
    private void dottedThousands(Builder b) {
        if (b.num.form() != Form.DIGITS || b.num.mult() || b.unit != null || b.counted == null || b.low != null) {
            return;
        }
        String n = w.norm(b.num.first());
        int dot = n.indexOf('.');
        if (dot > 0 && dot <= 3 && n.length() - dot - 1 == 3 && n.indexOf('.', dot + 1) < 0 && n.indexOf(',') < 0) {
            b.value = Double.parseDouble(n.replace(".", ""));
        }
    }

    // ---- hedges -------------------------------------------------------------------------------

    private void hedgeBefore(Builder b) {
        if (!b.prefix.isEmpty()) {
            return;
        }
        int s = b.first;
        for (int n = 4; n >= 1; n--) {
            int k = s - n;
            if (k < 0) {
                continue;
            }
            Match m = QuantityLexicon.HEDGES.match(w, k, "before", true);
            if (m != null && m.end() == s) {
                b.qualifier = Qualifier.fromJson(m.value());
                b.first = k;
                b.prefix = m.prefix();
                return;
            }
        }
    }

    private void hedgeAfter(Builder b) {
        Match m = QuantityLexicon.HEDGES.match(w, b.end, "after", false);
        if (m != null) {
            b.end = m.end();
            if (b.qualifier == null && b.low == null) {
                b.qualifier = Qualifier.fromJson(m.value());
            }
            return;
        }
        if (b.counted != null) {
            m = QuantityLexicon.HEDGES.match(w, b.end + 1, "after", false);
            if (m != null && b.qualifier == null && b.low == null) {
                b.qualifier = Qualifier.fromJson(m.value());
                b.end = m.end();
            }
        }
    }

    // ---- ranges -------------------------------------------------------------------------------

    private boolean range(Builder b) {
        int s = b.first;
        Read n = b.num;
        if (n.value() == null) {
            return false;
        }
        Words.Hit<String> between = w.lookup(s - 1, BETWEEN_KEY, true, false);
        Read second = null;
        int rangeFirst = -1;
        String rangePrefix = "";
        if (between != null && b.qualifier == null && b.prefix.isEmpty()
                && (second = secondBound(n.end())) != null) {
            rangeFirst = s - 1;
            rangePrefix = between.prefix();
            Words.Hit<String> ma = w.lookup(s - 2, MA_KEY, true, false);
            if (ma != null && between.prefix().isEmpty()) {
                rangeFirst = s - 2;
                rangePrefix = ma.prefix();
            }
        } else if (n.form() == Form.DIGITS && w.isPunct(n.end(), "-") && w.isNumber(n.end() + 1)) {
            Read r = NumberCore.at(w, n.end() + 1);
            if (r != null && r.value() != null && !looksLikeScore(n, r)) {
                second = r;
                rangeFirst = b.first;
                rangePrefix = b.prefix;
                if (between != null && b.prefix.isEmpty()) {
                    rangeFirst = s - 1;
                    rangePrefix = between.prefix();
                    Words.Hit<String> ma = w.lookup(s - 2, MA_KEY, true, false);
                    if (ma != null && between.prefix().isEmpty()) {
                        rangeFirst = s - 2;
                        rangePrefix = ma.prefix();
                    }
                }
            }
        } else if (w.norm(s - 1).equals("من") && b.prefix.isEmpty() && b.qualifier == null
                && QuantityLexicon.TO.contains(w.norm(n.end()))) {
            Read r = NumberCore.at(w, n.end() + 1);
            if (r != null && r.value() != null && r.form() == n.form()) {
                second = r;
                rangeFirst = s - 1;
            }
        }
        if (second == null || second.value() == null) {
            return false;
        }
        double lo = n.value();
        double hi = second.value();
        if (second.mult() && !n.mult()) {
            double scale = hi / Math.max(1, rawValue(second));
            lo *= scale;
        }
        if (!(lo < hi)) {
            return false;
        }
        b.low = lo;
        b.high = hi;
        b.first = rangeFirst;
        b.prefix = rangePrefix;
        b.end = second.end();
        return true;
    }

    private Read secondBound(int k) {
        if (w.norm(k).equals("و") && w.isNumber(k + 1)) {
            return NumberCore.at(w, k + 1);
        }
        Read r = NumberCore.at(w, k);
        return r != null && r.prefix().equals("و") ? r : null;
    }

    private double rawValue(Read r) {
        if (r.form() == Form.DIGITS) {
            Double v = NumberWords.parseDigits(w.norm(r.first()));
            return v == null ? 1 : v;
        }
        return r.value();
    }

    /** {@code 3-صفر}: a score against nil. */
    private boolean scoreAgainstNil(int end) {
        return w.isPunct(end, "-") && w.norm(end + 1).equals("صفر");
    }

    private boolean looksLikeScore(Read a, Read b) {
        double x = a.value();
        double y = b.value();
        boolean small = x == Math.rint(x) && y == Math.rint(y) && x <= 20 && y <= 20;
        return small && !b.mult() && QuantityLexicon.UNITS.match(w, b.end(), "UNIT", false) == null && (x >= y || x <= 9);
    }
}
