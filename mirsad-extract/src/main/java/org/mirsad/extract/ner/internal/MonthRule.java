package org.mirsad.extract.ner.internal;

/**
 * Rule {@code MONTH_NOT_ENTITY}: an entity that is nothing but a month name the lexicons know (آب، أيار،
 * جانفي، رمضان) is not an entity when a date surrounds it — a number right before it (15 آب) or right after
 * it (آب 2003), or another month name across a slash or before its opening parenthesis (أغسطس / آب، أغسطس (آب)). The dates layer reads it. Month names
 * that are also given names or brands (رمضان، تموز، نيسان) keep their tag anywhere else. Labels are
 * {@link TaggerModel#LABELS} indices, changed in place.
 */
public final class MonthRule {

    private static final int MONTH = LexClass.MONTH.bit();

    private MonthRule() {
    }

    /** Applies the rule to one sentence. */
    public static void apply(TokenForms[] t, int[] y, Lexicons lex) {
        int n = t.length;
        int[] begin = null;
        int[] inside = null;
        for (int[] c : TaggerModel.chunks(y)) {
            int i = c[0];
            int j = c[1];
            if (begin == null) {
                begin = new int[n];
                inside = new int[n];
                lex.annotate(t, begin, inside);
            }
            if (monthOnly(begin, inside, i, j) && dated(t, begin, i, j)) {
                for (int k = i; k < j; k++) {
                    y[k] = 0;
                }
            }
        }
    }

    private static boolean monthOnly(int[] begin, int[] inside, int from, int to) {
        if ((begin[from] & MONTH) == 0) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if ((inside[k] & MONTH) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean dated(TokenForms[] t, int[] begin, int from, int to) {
        int n = t.length;
        if (from > 0 && t[from - 1].shape == TokenForms.SHAPE_DIGIT || to < n && t[to].shape == TokenForms.SHAPE_DIGIT) {
            return true;
        }
        boolean slashBefore = from > 1 && ("/".equals(t[from - 1].norm) || "(".equals(t[from - 1].norm))
                && monthEnds(t, begin, from - 2); // أغسطس / آب، أغسطس (آب)
        boolean slashAfter = to + 1 < n && "/".equals(t[to].norm) && (begin[to + 1] & MONTH) != 0;
        return slashBefore || slashAfter;
    }

    /** Whether a month name ends at token {@code last} (one word, or the second word of كانون الثاني). */
    private static boolean monthEnds(TokenForms[] t, int[] begin, int last) {
        return (begin[last] & MONTH) != 0 || last > 0 && (begin[last - 1] & MONTH) != 0;
    }
}
