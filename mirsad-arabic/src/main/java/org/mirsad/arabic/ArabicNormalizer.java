package org.mirsad.arabic;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.mirsad.arabic.internal.CharClasses;

/**
 * Normalization of Arabic text for matching: one pass over the characters through a lookup table
 * compiled from a set of {@link NormalizationRule}s.
 *
 * <p>The normalized form is only ever used beside the text (in {@code Token.norm}, in index terms,
 * in lexicon keys); it never replaces the text that offsets point into.
 *
 * <p>The default instance applies every rule. Normalization is idempotent:
 * {@code normalize(normalize(s)).equals(normalize(s))}.
 */
public final class ArabicNormalizer {

    /** Table value meaning "drop this character". */
    private static final char DROP = '\uFFFF';
    /** Table value meaning "replace with the string in {@link #expansions}". */
    private static final char EXPAND = '\uFFFE';

    private static final ArabicNormalizer DEFAULT = new ArabicNormalizer(EnumSet.allOf(NormalizationRule.class));

    private final Set<NormalizationRule> rules;
    private final char[] table = new char[65536];
    private final String[] expansions = new String[65536];

    private ArabicNormalizer(Set<NormalizationRule> rules) {
        this.rules = Set.copyOf(rules);
        for (int c = 0; c < table.length; c++) {
            table[c] = mapOne((char) c);
        }
        if (rules.contains(NormalizationRule.FOLD_PRESENTATION_FORMS)) {
            compilePresentationForms();
        }
    }

    /** The normalizer applying every rule. */
    public static ArabicNormalizer standard() {
        return DEFAULT;
    }

    /** A normalizer applying only {@code rules}. */
    public static ArabicNormalizer of(Set<NormalizationRule> rules) {
        return new ArabicNormalizer(rules.isEmpty() ? EnumSet.noneOf(NormalizationRule.class) : EnumSet.copyOf(rules));
    }

    /** The rules this normalizer applies. */
    public Set<NormalizationRule> rules() {
        return rules;
    }

    /** {@code s} normalized with every rule (see {@link #standard()}). */
    public static String normalize(CharSequence s) {
        return DEFAULT.apply(s, 0, s.length());
    }

    /** The range {@code [start, end)} of {@code s} normalized with every rule. */
    public static String normalize(CharSequence s, int start, int end) {
        return DEFAULT.apply(s, start, end);
    }

    /** {@code s} normalized with this normalizer's rules. */
    public String apply(CharSequence s) {
        return apply(s, 0, s.length());
    }

    /** The range {@code [start, end)} of {@code s} normalized with this normalizer's rules. */
    public String apply(CharSequence s, int start, int end) {
        int i = start;
        while (i < end && table[s.charAt(i)] == s.charAt(i)) {
            i++;
        }
        if (i == end) {
            return s.subSequence(start, end).toString();
        }
        // a char buffer rather than a StringBuilder: no Latin-1 buffer to inflate at the first Arabic letter
        char[] b = new char[end - start];
        int o = 0;
        for (int k = start; k < i; k++) {
            b[o++] = s.charAt(k);
        }
        for (; i < end; i++) {
            char c = s.charAt(i);
            char m = table[c];
            if (m == c) {
                b[o++] = c;
            } else if (m == EXPAND) {
                String x = expansions[c];
                if (o + x.length() + (end - i - 1) > b.length) {
                    b = Arrays.copyOf(b, Math.max(2 * b.length, o + x.length() + (end - i - 1)));
                }
                x.getChars(0, x.length(), b, o);
                o += x.length();
            } else if (m != DROP) {
                b[o++] = m;
            }
        }
        return new String(b, 0, o);
    }

    /**
     * Writes the normalized form of {@code s[start, end)} into {@code dst} from index 0.
     *
     * @return the length written, or -1 if {@code dst} is too small (nothing useful written)
     */
    public int applyTo(CharSequence s, int start, int end, char[] dst) {
        int o = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            char m = table[c];
            if (m == DROP && c != DROP) {
                continue;
            }
            if (m == EXPAND && c != EXPAND) {
                String x = expansions[c];
                if (o + x.length() > dst.length) {
                    return -1;
                }
                x.getChars(0, x.length(), dst, o);
                o += x.length();
                continue;
            }
            if (o >= dst.length) {
                return -1;
            }
            dst[o++] = m;
        }
        return o;
    }

    /**
     * Normalizes {@code src[0, length)} into {@code dst} from index 0, for rules that map one
     * character to at most one character on this input.
     *
     * @return the length written, or -1 if an expansion was met or {@code dst} is too small
     */
    public int applyTo(char[] src, int length, char[] dst) {
        int o = 0;
        for (int i = 0; i < length; i++) {
            char c = src[i];
            char m = table[c];
            if (m == DROP && c != DROP) {
                continue;
            }
            if (m == EXPAND && c != EXPAND || o >= dst.length) {
                return -1;
            }
            dst[o++] = m;
        }
        return o;
    }

    /**
     * The normalized form of a single character: the character itself, its replacement, or
     * {@code -1} when the rules drop it. Presentation-form ligatures, which expand to several
     * letters, return {@code -2}; use {@link #apply(CharSequence)} for them.
     */
    public int map(char c) {
        char m = table[c];
        if (m == c) {
            return c;
        }
        return m == DROP ? -1 : m == EXPAND ? -2 : m;
    }

    private boolean has(NormalizationRule rule) {
        return rules.contains(rule);
    }

    private char mapOne(char c) {
        if (c == DROP || c == EXPAND) {
            return c == DROP ? DROP : EXPAND; // non-characters stay as they are
        }
        if (has(NormalizationRule.REMOVE_DIACRITICS) && CharClasses.isArabicDiacritic(c)) {
            return DROP;
        }
        if (has(NormalizationRule.REMOVE_TATWEEL) && c == CharClasses.TATWEEL) {
            return DROP;
        }
        if (has(NormalizationRule.REMOVE_FORMAT_CHARS) && CharClasses.isFormatChar(c)) {
            return DROP;
        }
        if (has(NormalizationRule.UNIFY_ALEF) && (c == '\u0622' || c == '\u0623' || c == '\u0625' || c == '\u0671'
                || c == '\u0672' || c == '\u0673')) {
            return '\u0627';
        }
        if (has(NormalizationRule.ALEF_MAKSURA_TO_YEH) && c == '\u0649') {
            return '\u064A';
        }
        if (has(NormalizationRule.TEH_MARBUTA_TO_HEH) && c == '\u0629') {
            return '\u0647';
        }
        if (has(NormalizationRule.FOLD_PERSIAN_LETTERS)) {
            switch (c) {
                case '\u06A9', '\u06AA' -> {
                    return '\u0643'; // keheh, swash kaf -> kaf
                }
                case '\u06CC', '\u06D0' -> {
                    return '\u064A'; // Farsi yeh, e -> yeh
                }
                case '\u06C1', '\u06D5' -> {
                    return '\u0647'; // heh goal, ae -> heh
                }
                case '\u06C0' -> {
                    return '\u0647'; // heh with yeh above
                }
                default -> {
                }
            }
        }
        if (has(NormalizationRule.ASCII_DIGITS)) {
            if (CharClasses.isArabicIndicDigit(c)) {
                return (char) ('0' + (c - '\u0660'));
            }
            if (CharClasses.isExtendedArabicIndicDigit(c)) {
                return (char) ('0' + (c - '\u06F0'));
            }
        }
        if (has(NormalizationRule.ASCII_PUNCTUATION)) {
            switch (c) {
                case '\u060C', '\u066C' -> {
                    return ',';
                }
                case '\u061B' -> {
                    return ';';
                }
                case '\u061F' -> {
                    return '?';
                }
                case '\u066A' -> {
                    return '%';
                }
                case '\u066B', '\u06D4' -> {
                    return '.';
                }
                default -> {
                }
            }
        }
        if (has(NormalizationRule.UNIFY_SPACES) && CharClasses.isOddSpace(c)) {
            return ' ';
        }
        if (has(NormalizationRule.LOWERCASE_LATIN) && c < '\u0250' && Character.isUpperCase(c)) {
            char lower = Character.toLowerCase(c);
            return Character.isUpperCase(lower) ? c : lower;
        }
        return c;
    }

    /** Fills the table for presentation forms with the normalized NFKC expansion of each. */
    private void compilePresentationForms() {
        for (int c = 0xFB50; c <= 0xFEFF; c++) {
            if (c >= 0xFE00 && c < 0xFE70) {
                continue; // variation selectors, CJK/vertical/small forms: not Arabic
            }
            char ch = (char) c;
            if (!Character.isDefined(ch) || ch == '\uFEFF') {
                continue;
            }
            String folded = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
            if (folded.equals(String.valueOf(ch))) {
                continue;
            }
            StringBuilder b = new StringBuilder(folded.length());
            for (int k = 0; k < folded.length(); k++) {
                char f = folded.charAt(k);
                char m = table[f];
                if (m == EXPAND) {
                    b.append(f);
                } else if (m != DROP) {
                    b.append(m);
                }
            }
            String out = b.toString();
            if (out.length() == 1) {
                table[c] = out.charAt(0);
            } else if (out.isBlank()) {
                table[c] = DROP;
            } else {
                table[c] = EXPAND;
                expansions[c] = out;
            }
        }
    }
}
