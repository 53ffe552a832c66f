package org.mirsad.extract.ner.internal;

/**
 * Normalized forms of a token for features and lexicon matching, computed from the surface alone so that
 * training (CoNLL tokens) and tagging (tokenizer output) see the same forms.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link #norm}: the same folding as the project's Arabic normalizer (hamza-carrying alefs and
 *       wasla→ا, ة→ه, diacritics, dagger alef and tatweel removed), plus removal of bidi and zero-width
 *       marks (U+200B–U+200F, U+061C, U+FEFF), Arabic-Indic digits folded to ASCII, Latin lower-cased. It is
 *       Unlike the shared normalizer, alef maqsura ى is kept apart from ي: it separates على from the name
 *       علي and إلى from إلي. It is kept here, frozen, because the trained model's features depend on it: a change to the shared
 *       normalizer must not silently change what the model sees.</li>
 *   <li>{@link #ARTICLE_PREFIXES}: {@link #core} strips a proclitic+article group (وال، بال، لل، ...) when at
 *       least two letters remain; otherwise a single conjunction و when at least three letters remain.</li>
 *   <li>{@link #proclitic}: the normalized letters {@link #core} removed.</li>
 * </ul>
 */
public final class ArabicForms {

    /** Article groups stripped by {@link #core}, longest first. */
    public static final String[] ARTICLE_PREFIXES = {
        "وبال", "وكال", "فبال", "فال", "وال", "بال", "كال", "ولل", "فلل", "لل", "ال"
    };

    private ArabicForms() {
    }

    /** The normalized form of a surface token. */
    public static String norm(CharSequence surface) {
        StringBuilder b = new StringBuilder(surface.length());
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (dropped(c)) {
                continue;
            }
            switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> b.append('\u0627');
                case '\u0629' -> b.append('\u0647');
                default -> {
                    if (c >= '\u0660' && c <= '\u0669') {
                        b.append((char) ('0' + (c - '\u0660')));
                    } else if (c >= '\u06F0' && c <= '\u06F9') {
                        b.append((char) ('0' + (c - '\u06F0')));
                    } else if (c >= 'A' && c <= 'Z') {
                        b.append((char) (c + 32));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** The letters that attach to a word alone as a conjunction or preposition: و ف ب ل ك. */
    public static final String ONE_LETTER_PROCLITICS = "\u0648\u0641\u0628\u0644\u0643";

    /** The normalized forms ({@link #norm}) of {@code words}, as an immutable set. */
    public static java.util.Set<String> normSet(String... words) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(norm(w));
        }
        return java.util.Set.copyOf(out);
    }

    /** Length of the proclitic group {@link #core} strips from a normalized token. */
    public static int procliticLength(String norm) {
        for (String p : ARTICLE_PREFIXES) {
            if (norm.startsWith(p) && norm.length() - p.length() >= 2) {
                return p.length();
            }
        }
        if (norm.length() >= 4 && norm.charAt(0) == '\u0648') {
            return 1;
        }
        return 0;
    }

    /** The normalized token without its proclitics and article. */
    public static String core(String norm) {
        return norm.substring(procliticLength(norm));
    }

    /** The stripped proclitic letters. */
    public static String proclitic(String norm) {
        return norm.substring(0, procliticLength(norm));
    }

    /**
     * Candidate forms of a normalized token with proclitics removed, for lexicon lookup, most literal first:
     * the token itself, without و/ف, without a following ب/ك/ل, and with لل restored to ال or read as ل + a
     * word that begins with ل.
     * Element {@code 2k} is the form, element {@code 2k+1} the number of normalized letters removed.
     */
    public static String[] lookupForms(String norm) {
        String[] out = new String[8];
        int n = 0;
        out[n++] = norm;
        out[n++] = "0";
        int len = norm.length();
        int i = 0;
        if (len > 3 && (norm.charAt(0) == '\u0648' || norm.charAt(0) == '\u0641')) {
            i = 1;
            out[n++] = norm.substring(1);
            out[n++] = "1";
        }
        if (len - i > 3) {
            char c = norm.charAt(i);
            if (c == '\u0644' && norm.charAt(i + 1) == '\u0644') {
                // لل + X  ->  ال + X (the article's alef is not written)
                out[n++] = "\u0627\u0644" + norm.substring(i + 2);
                out[n++] = Integer.toString(i + 2);
                // ل + لX: a word that begins with ل itself (للبنان ▸ لبنان، للندن ▸ لندن)
                out[n++] = norm.substring(i + 1);
                out[n++] = Integer.toString(i + 1);
            } else if (c == '\u0628' || c == '\u0643' || c == '\u0644') {
                out[n++] = norm.substring(i + 1);
                out[n++] = Integer.toString(i + 1);
            }
        }
        if (n == out.length) {
            return out;
        }
        String[] r = new String[n];
        System.arraycopy(out, 0, r, 0, n);
        return r;
    }

    /**
     * Maps a number of normalized letters at the start of a token to the matching surface length,
     * skipping the diacritics, tatweel and invisible marks the normalizer dropped.
     */
    public static int surfaceOffset(CharSequence surface, int normLetters) {
        int seen = 0;
        int i = 0;
        while (i < surface.length() && seen < normLetters) {
            if (!dropped(surface.charAt(i))) {
                seen++;
            }
            i++;
        }
        while (i < surface.length() && dropped(surface.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean dropped(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640'
                || c >= '\u200B' && c <= '\u200F' || c == '\u061C' || c == '\uFEFF';
    }

    /** True for an Arabic letter. */
    public static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }
}
