package org.mirsad.extract.ner.internal;

/** The forms of one token that features, lexicons and rules look at; computed once per token. */
public final class TokenForms {

    /** Shapes of a token. */
    public static final int SHAPE_ARABIC = 0;
    /** Latin letters. */
    public static final int SHAPE_LATIN = 1;
    /** Digits (possibly with separators). */
    public static final int SHAPE_DIGIT = 2;
    /** Quote marks. */
    public static final int SHAPE_QUOTE = 3;
    /** Sentence-final or other punctuation. */
    public static final int SHAPE_PUNCT = 4;
    /** Brackets. */
    public static final int SHAPE_BRACKET = 5;
    /** Mixed or other. */
    public static final int SHAPE_OTHER = 6;

    /** The surface text. */
    public final String surface;
    /** The token's local feature hashes, filled lazily by {@link Features} (not part of its identity). */
    long[] local;
    /** {@link FacilityNameRule#headKind} of the token plus one, filled lazily (0: not computed yet). */
    byte facilityHead;
    /** {@link ArabicForms#norm}. */
    public final String norm;
    /** {@link ArabicForms#core}. */
    public final String core;
    /** {@link ArabicForms#proclitic}. */
    public final String proclitic;
    /** {@link ArabicForms#lookupForms}. */
    public final String[] lookup;
    /** One of the SHAPE constants. */
    public final int shape;
    /** Hash of {@link #norm}. */
    public final long hNorm;
    /** Hash of {@link #core}. */
    public final long hCore;

    /** Computes the forms of a surface token. */
    public TokenForms(String surface) {
        this.surface = surface;
        this.norm = ArabicForms.norm(surface);
        int p = ArabicForms.procliticLength(norm);
        this.core = norm.substring(p);
        this.proclitic = norm.substring(0, p);
        this.lookup = ArabicForms.lookupForms(norm);
        this.shape = shapeOf(norm);
        this.hNorm = Hashing.hash(norm);
        this.hCore = Hashing.hash(core);
    }

    /** Distinct surfaces per cache generation: the cache keeps at most two generations per thread. */
    private static final int GENERATION = 100_000;

    /** Hash of {@link #surface} as {@link Cache} computes it from the characters. */
    private int surfaceHash;

    /**
     * A per-thread cache of token forms in two generations: a surface found in the older generation moves to
     * the current one, and when the current one is full the older is dropped — words in steady use stay,
     * rare ones go, and the memory stays bounded (about 2 × {@link #GENERATION} words).
     *
     * <p>Each generation is an open-addressing table keyed by the surface's characters, so a token is looked
     * up where it stands in the text, without cutting it out as a string first (only a word seen for the
     * first time gets its own string).
     */
    private static final class Cache {
        /** Slots per generation: a power of two, well above {@link #GENERATION} so probes stay short. */
        private static final int SLOTS = 1 << 18;
        private static final int MASK = SLOTS - 1;

        TokenForms[] current = new TokenForms[SLOTS];
        int currentSize;
        TokenForms[] older = new TokenForms[SLOTS];

        TokenForms get(String text, int start, int end) {
            int h = hash(text, start, end);
            TokenForms f = find(current, h, text, start, end);
            if (f == null) {
                f = find(older, h, text, start, end);
                if (f == null) {
                    f = new TokenForms(text.substring(start, end));
                    f.surfaceHash = h;
                }
                if (currentSize >= GENERATION) {
                    older = current;
                    current = new TokenForms[SLOTS];
                    currentSize = 0;
                }
                put(current, f);
                currentSize++;
            }
            return f;
        }

        private static TokenForms find(TokenForms[] table, int h, String text, int start, int end) {
            int len = end - start;
            for (int slot = h & MASK; ; slot = (slot + 1) & MASK) {
                TokenForms f = table[slot];
                if (f == null) {
                    return null;
                }
                if (f.surfaceHash == h && f.surface.length() == len && text.regionMatches(start, f.surface, 0, len)) {
                    return f;
                }
            }
        }

        private static void put(TokenForms[] table, TokenForms f) {
            int slot = f.surfaceHash & MASK;
            while (table[slot] != null) {
                slot = (slot + 1) & MASK;
            }
            table[slot] = f;
        }

        /** A well-mixed hash of {@code text[start, end)}. */
        private static int hash(String text, int start, int end) {
            int h = end - start;
            for (int i = start; i < end; i++) {
                h = 31 * h + text.charAt(i);
            }
            h *= 0x9E3779B9;
            return h ^ (h >>> 15);
        }
    }

    private static final ThreadLocal<Cache> CACHE = ThreadLocal.withInitial(Cache::new);

    /** {@link OrgHeadRule}'s head kind of this word, filled lazily (0 until then). */
    byte orgHead;
    /** {@link DocumentConsistency#stripped}, filled lazily (it depends on the surface alone). */
    String stripped;
    /** A well-mixed hash of {@link #stripped}, set with it. */
    int strippedHash;
    /** The lexicons {@link #lexiconNodes} belong to (set with them). */
    Object lexiconNodesOf;
    /** The lexicon trie nodes of {@link #lookup}'s forms, one per form (null where none). */
    Object[] lexiconNodes;
    /** The scoring (model and lexicons) {@link #scores} were computed under (set with them). */
    Object scoresOf;
    /**
     * Per label, this word's scores under {@link #scoresOf}: its own features, then its features as the
     * neighbour at −2, −1, +1 and +2 of another token (five runs of one score per label).
     */
    float[] scores;
    /** The cluster table {@link #coarse} and {@link #fine} come from (set with them). */
    Object clustersOf;
    /** Coarse and fine cluster codes under {@link #clustersOf}. */
    long coarse;
    /** See {@link #coarse}. */
    long fine;

    /**
     * Forms for every token of a sentence. A token's forms are computed once per distinct surface per
     * thread and shared by its occurrences (they depend on the surface alone).
     */
    public static TokenForms[] of(String[] surfaces) {
        Cache cache = CACHE.get();
        TokenForms[] out = new TokenForms[surfaces.length];
        for (int i = 0; i < surfaces.length; i++) {
            out[i] = cache.get(surfaces[i], 0, surfaces[i].length());
        }
        return out;
    }

    /**
     * Forms for the tokens {@code text[starts[i], ends[i])} of a sentence, shared like those of
     * {@link #of(String[])} (the same surface gets the same forms either way).
     */
    public static TokenForms[] of(String text, int[] starts, int[] ends) {
        Cache cache = CACHE.get();
        TokenForms[] out = new TokenForms[starts.length];
        for (int i = 0; i < starts.length; i++) {
            out[i] = cache.get(text, starts[i], ends[i]);
        }
        return out;
    }

    /** Whether one of this token's lookup forms ({@link #lookup}: as written, without و/ف, without ب/ك/ل) is in {@code set}. */
    boolean lookupFormIn(java.util.Set<String> set) {
        for (int k = 0; k < lookup.length; k += 2) {
            if (set.contains(lookup[k])) {
                return true;
            }
        }
        return false;
    }

    /** Drops this thread's cache of token forms. */
    static void clearThreadCache() {
        CACHE.remove();
    }

    private static int shapeOf(String s) {
        if (s.isEmpty()) {
            return SHAPE_OTHER;
        }
        boolean ar = false;
        boolean lat = false;
        boolean dig = false;
        boolean other = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ArabicForms.isArabicLetter(c)) {
                ar = true;
            } else if (c >= 'a' && c <= 'z' || Character.isLetter(c)) {
                lat = true;
            } else if (c >= '0' && c <= '9') {
                dig = true;
            } else {
                other = true;
            }
        }
        if (ar && !lat && !dig) {
            return SHAPE_ARABIC;
        }
        if (lat && !dig && !other && s.length() > 2 && ArabicForms.ONE_LETTER_PROCLITICS.indexOf(s.charAt(0)) >= 0
                && s.substring(1).chars().noneMatch(c -> ArabicForms.isArabicLetter((char) c))) {
            return SHAPE_LATIN; // وDell: the conjunction or a preposition on a word in Latin letters
        }
        if (lat && !ar && !dig) {
            return SHAPE_LATIN;
        }
        if (dig && !ar && !lat) {
            return SHAPE_DIGIT;
        }
        if (!ar && !lat && !dig && other) {
            char c = s.charAt(0);
            if (c == '"' || c == '\u00AB' || c == '\u00BB' || c == '\u201C' || c == '\u201D' || c == '\'') {
                return SHAPE_QUOTE;
            }
            if (c == '(' || c == ')' || c == '[' || c == ']') {
                return SHAPE_BRACKET;
            }
            return SHAPE_PUNCT;
        }
        return SHAPE_OTHER;
    }
}
