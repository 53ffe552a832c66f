package org.mirsad.extract.internal;

import java.util.List;
import java.util.Map;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;

/**
 * A token sequence prepared for lexicon matching: normalized forms, kinds, and lookups that peel
 * proclitics (conjunctions, prepositions, the article) off a word before consulting a lexicon.
 *
 * <p>Proclitic rules, tried from the most conservative: the whole word; one of
 * {@code و ف ب ل ك} or a pair ({@code وب ول فب فل وك}); then, optionally, the article {@code ال}
 * ({@code لل} counts as {@code ل + ال}). A peeled form is only used when the rest is in the lexicon.
 * Not thread-safe: one instance serves one pass over one document.
 */
public final class Words {

    private static final String[] PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"};

    private final String text;
    private final List<Token> tokens;
    private final int size;
    /** Per token: its readings once computed (allocated on the first lookup). */
    private Form[][] forms;
    /** How many recent lookups are remembered: the rules ask the same token about several lexicons in turn. */
    private static final int MEMO = 8;
    private final Object[] memoLexicon = new Object[MEMO];
    private final int[] memoIndex = {-1, -1, -1, -1, -1, -1, -1, -1};
    private final int[] memoFlags = new int[MEMO];
    private final Hit<?>[] memoHit = new Hit<?>[MEMO];
    private int memoNext;

    /** Prepares the tokens of {@code text}. */
    public Words(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.size = tokens.size(); // nothing is copied: most tokens are never looked at twice
    }

    /** A lexicon hit on a token: the entry, how many normalized characters of proclitics precede it, and
     * whether the article was peeled.
     *
     * @param value      the lexicon entry
     * @param prefix     the normalized proclitics before the entry's form (without the article)
     * @param definite   true when the article {@code ال} was peeled
     * @param <V>        the entry type
     */
    public record Hit<V>(V value, String prefix, boolean definite) {
    }

    /** The text the tokens index. */
    public String text() {
        return text;
    }

    /** Number of tokens. */
    public int size() {
        return size;
    }

    /** The token at {@code i}. */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** The normalized form of token {@code i}, or "" outside the range. */
    public String norm(int i) {
        return i >= 0 && i < size ? tokens.get(i).norm() : "";
    }

    /** The kind of token {@code i}, or null outside the range. */
    public TokenKind kind(int i) {
        return i >= 0 && i < size ? tokens.get(i).kind() : null;
    }

    /** True when token {@code i} exists and is a number. */
    public boolean isNumber(int i) {
        return kind(i) == TokenKind.NUMBER;
    }

    /** True when token {@code i} exists and is an Arabic word. */
    public boolean isArabic(int i) {
        return kind(i) == TokenKind.ARABIC;
    }

    /** True when token {@code i} is the punctuation mark {@code p} (normalized). */
    public boolean isPunct(int i, String p) {
        return kind(i) == TokenKind.PUNCT && norm(i).equals(p);
    }

    /** True when tokens {@code i} and {@code i+1} touch (no white space between them). */
    public boolean touching(int i) {
        return i + 1 < size && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    /** The surface text of token {@code i}. */
    public String surface(int i) {
        return tokens.get(i).text(text);
    }

    /** Start offset of token {@code i}. */
    public int start(int i) {
        return tokens.get(i).start();
    }

    /** End offset of token {@code i}. */
    public int end(int i) {
        return tokens.get(i).end();
    }

    /**
     * Looks token {@code i} up in a lexicon keyed by normalized forms.
     *
     * @param proclitics allow conjunction/preposition proclitics
     * @param article    allow the article (the hit's {@code definite} flag tells whether it was there)
     * @return the hit, or null
     */
    public <V> Hit<V> lookup(int i, Map<String, V> lexicon, boolean proclitics, boolean article) {
        if (i < 0 || i >= size || kind(i) != TokenKind.ARABIC) {
            return null;
        }
        int flags = (proclitics ? 1 : 0) | (article ? 2 : 0);
        for (int m = 0; m < MEMO; m++) {
            if (memoIndex[m] == i && memoLexicon[m] == lexicon && memoFlags[m] == flags) {
                @SuppressWarnings("unchecked")
                Hit<V> memo = (Hit<V>) memoHit[m];
                return memo;
            }
        }
        Hit<V> hit = null;
        for (Form f : forms(i)) {
            if (!proclitics && !f.prefix.isEmpty() || !article && f.definite) {
                continue;
            }
            V v = lexicon.get(f.rest);
            if (v != null) {
                hit = new Hit<>(v, f.prefix, f.definite);
                break;
            }
        }
        int m = memoNext;
        memoNext = (m + 1) % MEMO;
        memoLexicon[m] = lexicon;
        memoIndex[m] = i;
        memoFlags[m] = flags;
        memoHit[m] = hit;
        return hit;
    }

    /** True when some reading of token {@code i} (any proclitics, article or not) is a key of {@code keys}. */
    public boolean anyFormIn(int i, java.util.Set<String> keys) {
        if (i < 0 || i >= size || kind(i) != TokenKind.ARABIC) {
            return false;
        }
        for (Form f : forms(i)) {
            if (keys.contains(f.rest)) {
                return true;
            }
        }
        return false;
    }

    /** One reading of a word: proclitics peeled off, article peeled or not, and the rest. */
    private record Form(String prefix, String rest, boolean definite) {
    }

    private Form[] forms(int i) {
        if (forms == null) {
            forms = new Form[size][];
        }
        Form[] fs = forms[i];
        if (fs == null) {
            fs = computeForms(tokens.get(i).norm());
            forms[i] = fs;
        }
        return fs;
    }

    private static Form[] computeForms(String w) {
        java.util.ArrayList<Form> out = new java.util.ArrayList<>(4);
        for (String p : PROCLITICS) {
            if (!w.startsWith(p) || w.isEmpty() || !p.isEmpty() && w.length() - p.length() < 2) {
                // a word of one letter is read as written (م after a number: metres), without proclitics
                continue;
            }
            String rest = p.isEmpty() ? w : w.substring(p.length());
            out.add(new Form(p, rest, false));
            if (rest.startsWith("ال") && rest.length() > 3) {
                out.add(new Form(p, rest.substring(2), true));
            }
            if (p.endsWith("ل") && rest.startsWith("ل") && rest.length() > 2) {
                out.add(new Form(p, "ا" + rest, false));
                out.add(new Form(p, rest.substring(1), true));
            }
        }
        return out.toArray(new Form[0]);
    }

    /** True when token {@code i}, with or without proclitics and article, is in the set-like lexicon. */
    public boolean in(int i, Map<String, ?> lexicon) {
        return lookup(i, lexicon, true, true) != null;
    }

    /**
     * The offset in the text where token {@code i} starts once {@code prefix} (a normalized proclitic
     * string) is skipped: letters are counted in the surface form, diacritics and tatweel after them
     * belong to the proclitic.
     */
    public int startAfter(int i, String prefix) {
        int pos = tokens.get(i).start();
        int end = tokens.get(i).end();
        int letters = 0;
        while (pos < end && letters < prefix.length()) {
            if (!isMark(text.charAt(pos))) {
                letters++;
            }
            pos++;
        }
        while (pos < end && isMark(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /**
     * Every written form of the given normalized words with the proclitics and article that
     * {@link #lookup} peels ({@code وبال + كلمة}): a token whose normalized form is not in this set
     * cannot match any of the words, which makes a one-probe filter before a lookup.
     */
    public static java.util.Set<String> expand(java.util.Collection<String> words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String word : words) {
            for (String p : PROCLITICS) {
                out.add(p + word);
                out.add(p + "ال" + word);
                if (p.endsWith("ل")) {
                    out.add(p + "ل" + word);
                    if (word.startsWith("ال") && word.length() > 2) {
                        out.add(p + "ل" + word.substring(2)); // ل + الساعة is written للساعة
                    }
                }
            }
        }
        return new WordSet(out);
    }

    /** True when the normalized form of token {@code i} is in {@code surfaces} (see {@link #expand}). */
    public boolean normIn(int i, java.util.Set<String> surfaces) {
        return i >= 0 && i < size && surfaces.contains(tokens.get(i).norm());
    }

    /**
     * Whether a word as written ends with a possessive pronoun (نائبه، محاميها، مسؤوليتهم): ه، ها or هم after
     * at least two letters — as written, so that a ta marbuta (ة), which normalization makes ه, does not count.
     */
    public static boolean possessiveWritten(String surface) {
        return surface.length() > 3 && (surface.endsWith("\u0647") || surface.endsWith("\u0647\u0627") || surface.endsWith("\u0647\u0645"));
    }

    /** True when {@code s} is ASCII digits only, between {@code min} and {@code max} of them. */
    public static boolean isDigits(String s, int min, int max) {
        int n = s.length();
        if (n < min || n > max) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True for Arabic diacritics, tatweel and other characters the normalizer drops inside a word. */
    static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640' || c >= '\u06D6' && c <= '\u06ED'
                || c == '\u200C' || c == '\u200D';
    }
}
