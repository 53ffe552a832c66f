package org.mirsad.extract.quote.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mirsad.arabic.ArabicNormalizer;

/**
 * The attribution lexicon compiled from {@code cues.txt} and {@code words.txt}: every inflected cue
 * form in a hash map from normalized word to forms, attribution phrases in a token trie, and the
 * closed word lists the grammar uses. Loaded once; immutable and thread-safe.
 */
public final class Lexicon {

    private static final String BASE = "/org/mirsad/extract/quote/";
    private static volatile Lexicon shared;

    private final Map<String, List<CueForm>> words = new HashMap<>();
    private final Map<String, Object> phraseTrie = new HashMap<>();
    private final Map<String, Set<String>> lists = new HashMap<>();
    private final List<String[]> agencies = new ArrayList<>();
    private final List<String[]> weakAgencies = new ArrayList<>();
    /** Normalized cue words generated only from surfaces ending in alef maqsura (نفى، رأى). */
    private final Set<String> maqsuraOnly = new HashSet<>();
    private final Set<String> notMaqsura = new HashSet<>();
    /** Verb forms listed with {@code not=}: homographs of a far more common word, never read as that verb. */
    private final Set<String> notForms = new HashSet<>();

    /** Key under which a phrase trie node stores its form. */
    private static final String END = "\u0000";

    private Lexicon(List<String> cueLines, List<String> wordLines) {
        for (String line : cueLines) {
            compileCue(line);
        }
        String current = null;
        for (String line : wordLines) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = line.substring(1, line.length() - 1);
                lists.computeIfAbsent(current, k -> new HashSet<>());
                continue;
            }
            if (current == null) {
                continue;
            }
            for (String w : line.split("\\s+")) {
                if (w.isEmpty()) {
                    continue;
                }
                if (current.equals("agency") || current.equals("agency-weak")) {
                    String[] parts = w.split("_");
                    for (int i = 0; i < parts.length; i++) {
                        parts[i] = norm(parts[i]);
                    }
                    (current.equals("agency") ? agencies : weakAgencies).add(parts);
                } else {
                    lists.get(current).add(norm(w.replace('_', ' ')));
                }
            }
        }
        withObject = buildWithObject();
        nonNp = union(NON_NP_LISTS);
        nonNpBare = union(NON_NP_BARE_LISTS);
        outletStarts = buildOutletStarts();
        listBits = buildListBits();
        info = buildInfo();
        infoFilter = new org.mirsad.extract.internal.HashBitmap(info.keySet());
    }

    /** The lexicon bundled with Mirsad. */
    public static Lexicon shared() {
        Lexicon l = shared;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (shared == null) {
                    shared = new Lexicon(read("cues.txt"), read("words.txt"));
                }
                l = shared;
            }
        }
        return l;
    }

    /** Normalized form used for matching: {@link ArabicNormalizer} plus lower case for Latin. */
    public static String norm(String s) {
        return ArabicNormalizer.normalize(s).toLowerCase(java.util.Locale.ROOT);
    }

    /** Normalized cue lemmas, computed once each: the lexicon holds a few hundred, asked for on every cue. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> LEMMAS = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #norm} of a cue lemma, cached (the lemmas are the lexicon's, a small fixed set). */
    public static String lemmaNorm(String lemma) {
        return LEMMAS.computeIfAbsent(lemma, Lexicon::norm);
    }

    private static List<String> read(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.strip();
                if (!line.isEmpty()) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    // ---------------------------------------------------------------- compilation

    private void compileCue(String line) {
        String[] f = line.split("\\s+");
        Map<String, String> opt = new LinkedHashMap<>();
        List<String> plain = new ArrayList<>();
        for (int i = 1; i < f.length; i++) {
            int eq = f[i].indexOf('=');
            if (eq > 0) {
                opt.put(f[i].substring(0, eq), f[i].substring(eq + 1));
            } else {
                plain.add(f[i]);
            }
        }
        String prep = opt.containsKey("prep") && !opt.get("prep").isEmpty() ? norm(opt.get("prep")) : null;
        String np = opt.containsKey("np") && !opt.get("np").isEmpty() ? norm(opt.get("np")) : null;
        if (prep != null && !norm(prep).equals(prep)) {
            throw new IllegalStateException("preposition not stable under normalization: " + line); // Contents compares it as is
        }
        switch (f[0]) {
            case "verb" -> {
                if (opt.containsKey("not")) {
                    for (String w : opt.get("not").split(",")) {
                        notForms.add(norm(w));
                    }
                }
                conjugate(plain.get(0), plain.get(1), opt.get("perf").split(","), opt.get("impf").split(","), prep, np);
            }
            case "part" -> {
                boolean singularOnly = plain.remove("sg");
                String stem = plain.get(0);
                add(stem + "ا", CueForm.Kind.PARTICIPLE, stem, 'm', 's', 3, prep, np);
                add(stem + "ة", CueForm.Kind.PARTICIPLE, stem, 'f', 's', 3, prep, np);
                if (!singularOnly) {
                    add(stem + "ين", CueForm.Kind.PARTICIPLE, stem, 'm', 'p', 3, prep, np);
                    add(stem + "ات", CueForm.Kind.PARTICIPLE, stem, 'f', 'p', 3, prep, np);
                }
            }
            case "cont" -> add(plain.get(0), CueForm.Kind.PARTICIPLE, plain.get(0), '?', '?', 3, prep, np);
            case "imp" -> add(plain.get(0), CueForm.Kind.IMPERSONAL, plain.get(0), '?', '?', 3, prep, np);
            case "phrase" -> {
                boolean attachedL = plain.remove("+ل");
                boolean asper = plain.remove("asper");
                CueForm form = new CueForm(CueForm.Kind.PHRASE, String.join(" ", plain), '?', '?', 0, null, null,
                        asper, attachedL);
                insertPhrase(plain, form);
            }
            default -> throw new IllegalStateException("unknown cue entry: " + line);
        }
    }

    @SuppressWarnings("unchecked")
    private void insertPhrase(List<String> tokens, CueForm form) {
        Map<String, Object> node = phraseTrie;
        for (String t : tokens) {
            node = (Map<String, Object>) node.computeIfAbsent(norm(t), k -> new HashMap<String, Object>());
        }
        node.put(END, form);
    }

    private void conjugate(String lemma, String cls, String[] perf, String[] impf, String prep, String np) {
        String pl = perf[0];
        String ps = perf.length > 1 ? perf[1] : perf[0];
        String il = impf[0];
        String is = impf.length > 1 ? impf[1] : impf[0];
        List<Object[]> forms = new ArrayList<>();
        switch (cls) {
            case "sound", "hollow" -> {
                forms.addAll(Arrays.asList(new Object[][] {
                    {pl, 'm', 's', 3}, {pl + "ت", 'f', 's', 3}, {pl + "وا", 'm', 'p', 3}, {ps + "ن", 'f', 'p', 3},
                    {pl + "ا", 'm', 'd', 3}, {pl + "تا", 'f', 'd', 3}, {ps + "ت", '?', 's', 1}, {ps + "نا", '?', 'p', 1},
                    {ps + "تم", 'm', 'p', 2}}));
                if (!il.equals("-")) {
                    forms.addAll(imperfect(il, is, "", "ون", "ن", "ان", "وا"));
                }
            }
            case "defw" -> {
                forms.addAll(Arrays.asList(new Object[][] {
                    {pl + "ا", 'm', 's', 3}, {pl + "ت", 'f', 's', 3}, {pl + "وا", 'm', 'p', 3}, {pl + "ون", 'f', 'p', 3},
                    {pl + "تا", 'f', 'd', 3}, {pl + "وت", '?', 's', 1}, {pl + "ونا", '?', 'p', 1}}));
                for (Object[] fm : new Object[][] {
                    {"ي" + il + "و", 'm', 's', 3}, {"ت" + il + "و", 'f', 's', 3}, {"ي" + il + "ون", 'm', 'p', 3},
                    {"ي" + il + "وان", 'm', 'd', 3}, {"ت" + il + "وان", 'f', 'd', 3}, {"ي" + il + "وا", 'm', 'p', 3},
                    {"أ" + il + "و", '?', 's', 1}, {"ن" + il + "و", '?', 'p', 1}}) {
                    forms.add(new Object[] {fm[0], fm[1], fm[2], fm[3], true});
                }
            }
            case "defy" -> {
                forms.addAll(Arrays.asList(new Object[][] {
                    {pl + "ى", 'm', 's', 3}, {pl + "ت", 'f', 's', 3}, {pl + "وا", 'm', 'p', 3}, {pl + "ين", 'f', 'p', 3},
                    {pl + "يا", 'm', 'd', 3}, {pl + "تا", 'f', 'd', 3}, {pl + "يت", '?', 's', 1}, {pl + "ينا", '?', 'p', 1}}));
                for (Object[] fm : new Object[][] {
                    {"ي" + il + "ي", 'm', 's', 3}, {"ت" + il + "ي", 'f', 's', 3}, {"ي" + il + "ون", 'm', 'p', 3},
                    {"ي" + il + "ين", 'f', 'p', 3}, {"ي" + il + "يان", 'm', 'd', 3}, {"ت" + il + "يان", 'f', 'd', 3},
                    {"ي" + il + "وا", 'm', 'p', 3}, {"أ" + il + "ي", '?', 's', 1}, {"ن" + il + "ي", '?', 'p', 1}}) {
                    forms.add(new Object[] {fm[0], fm[1], fm[2], fm[3], true});
                }
            }
            default -> throw new IllegalStateException("unknown verb class " + cls + " for " + lemma);
        }
        for (Object[] fm : forms) {
            String w = (String) fm[0];
            add(w, CueForm.Kind.VERB, lemma, (char) fm[1], (char) fm[2], (int) fm[3], prep, np);
            if (fm.length > 4) {
                add("س" + w, CueForm.Kind.VERB, lemma, (char) fm[1], (char) fm[2], (int) fm[3], prep, np);
            }
        }
    }

    /** Imperfect forms: prefixes ي/ت/أ/ن on the long stem, with plural, feminine plural, dual, subjunctive endings. */
    private static List<Object[]> imperfect(String il, String is, String sg, String mp, String fp, String du, String subj) {
        List<Object[]> f = new ArrayList<>();
        for (Object[] fm : new Object[][] {
            {"ي" + il + sg, 'm', 's', 3}, {"ت" + il + sg, 'f', 's', 3}, {"ي" + il + mp, 'm', 'p', 3},
            {"ي" + is + fp, 'f', 'p', 3}, {"ي" + il + du, 'm', 'd', 3}, {"ت" + il + du, 'f', 'd', 3},
            {"ي" + il + subj, 'm', 'p', 3}, {"ي" + is, 'm', 's', 3}, {"ت" + is, 'f', 's', 3},
            {"أ" + il + sg, '?', 's', 1}, {"ن" + il + sg, '?', 'p', 1}}) {
            f.add(new Object[] {fm[0], fm[1], fm[2], fm[3], true});
        }
        return f;
    }

    private void add(String surface, CueForm.Kind kind, String lemma, char g, char n, int person, String prep, String np) {
        String key = norm(surface);
        if (key.length() < 2 || kind == CueForm.Kind.VERB && notForms.contains(key)) {
            return;
        }
        if (surface.endsWith("ى")) {
            if (!notMaqsura.contains(key)) {
                maqsuraOnly.add(key);
            }
        } else {
            notMaqsura.add(key);
            maqsuraOnly.remove(key);
        }
        List<CueForm> list = words.computeIfAbsent(key, k -> new ArrayList<>());
        for (CueForm existing : list) {
            if (existing.kind() == kind && existing.lemma().equals(lemma)) {
                return; // first (most likely) reading wins: قالت is 3fs before 1s
            }
        }
        list.add(new CueForm(kind, lemma, g, n, person, prep, np, false, false));
    }

    // ---------------------------------------------------------------- lookup

    /** Cue forms of a single normalized word (without conjunction proclitic), or an empty list. */
    public List<CueForm> forms(String normalizedWord) {
        List<CueForm> l = words.get(normalizedWord);
        return l == null ? List.of() : l;
    }

    /**
     * True when the normalized cue word comes only from a surface written with final alef maqsura
     * (نفى، رأى): written with ya instead (نفي، رأي) the word is the verbal noun.
     */
    public boolean maqsuraOnly(String normalizedWord) {
        return maqsuraOnly.contains(normalizedWord);
    }

    /** The phrase trie's root; children keyed by normalized token, forms under {@link #phraseEnd()}. */
    public Map<String, Object> phraseTrie() {
        return phraseTrie;
    }

    /** Key of a phrase trie node's form. */
    public static String phraseEnd() {
        return END;
    }

    /** True when the normalized word is in the named list of {@code words.txt}. */
    public boolean in(String list, String normalizedWord) {
        Set<String> s = lists.get(list);
        return s != null && s.contains(normalizedWord);
    }

    /** Object pronouns a reporting verb may carry (أبلغه، وصفها، أخبرهم). */
    static final List<String> OBJECT_SUFFIXES = List.of("ه", "ها", "هم", "هما");

    private final Map<String, List<CueForm>> withObject;

    /**
     * The verb forms of a normalized word that ends in an object pronoun (وصفه → وصف، أبلغتهم → أبلغت),
     * or an empty list: one lookup in a table of every verb form with every object suffix.
     */
    public List<CueForm> verbFormsWithObject(String normalizedWord) {
        List<CueForm> l = withObject.get(normalizedWord);
        return l == null ? List.of() : l;
    }

    private Map<String, List<CueForm>> buildWithObject() {
        Map<String, List<CueForm>> m = new HashMap<>();
        for (Map.Entry<String, List<CueForm>> e : words.entrySet()) {
            List<CueForm> verbs = e.getValue().stream().filter(f -> f.kind() == CueForm.Kind.VERB).toList();
            if (verbs.isEmpty() || e.getKey().length() < 3) {
                continue;
            }
            for (String suffix : OBJECT_SUFFIXES) {
                m.putIfAbsent(e.getKey() + suffix, verbs);
            }
        }
        return m;
    }

    /** Lists whose words never belong to a speaker noun phrase, as written in {@code words.txt}. */
    static final List<String> NON_NP_LISTS = List.of("preposition", "particle", "relative", "time", "complementizer",
            "addressee", "pp-pronoun", "demonstrative");
    /** Of {@link #NON_NP_LISTS}, those that also exclude a word after its conjunction is taken off (والتي، وفي). */
    static final List<String> NON_NP_BARE_LISTS = List.of("preposition", "particle", "time", "complementizer", "relative");

    private final Set<String> nonNp;
    private final Set<String> nonNpBare;
    private final Set<String> outletStarts;

    /**
     * True when the normalized word is in one of {@link #NON_NP_LISTS} ({@code bare}: one of
     * {@link #NON_NP_BARE_LISTS}) — one lookup instead of one per list.
     */
    public boolean nonNp(String normalizedWord, boolean bare) {
        return (bare ? nonNpBare : nonNp).contains(normalizedWord);
    }

    /**
     * True when a word may open an outlet name: an outlet word or an agency's first word, bare or
     * with ل، ب or و — a single lookup that lets {@link Outlets} skip every other token.
     */
    public boolean mayStartOutlet(String normalizedWord) {
        return outletStarts.contains(normalizedWord);
    }

    private Set<String> buildOutletStarts() {
        Set<String> first = new HashSet<>(lists.getOrDefault("outlet-head", Set.of()));
        agencies.forEach(seq -> first.add(seq[0]));
        weakAgencies.forEach(seq -> first.add(seq[0]));
        Set<String> all = new HashSet<>(first);
        for (String f : first) {
            for (String p : new String[] {"ل", "ب", "و"}) {
                all.add(p + f);
            }
        }
        return all;
    }

    private final Map<String, Long> listBits;
    private final Map<String, WordInfo> info;
    /** Filters {@link #info} lookups: most words of a text are in no table. */
    private final org.mirsad.extract.internal.HashBitmap infoFilter;

    /** The bit of a named list of {@code words.txt} in {@link WordInfo#lists}; 0 for an unknown list. */
    long listBit(String list) {
        Long bit = listBits.get(list);
        return bit == null ? 0 : bit;
    }

    /** What the lexicon knows about a normalized word, or null when it is in none of its tables. */
    WordInfo info(String normalizedWord) {
        return infoFilter.mayContain(normalizedWord) ? info.get(normalizedWord) : null;
    }

    private Map<String, Long> buildListBits() {
        List<String> names = new ArrayList<>(lists.keySet());
        java.util.Collections.sort(names);
        if (names.size() > Long.SIZE) {
            throw new IllegalStateException("more than 64 word lists");
        }
        Map<String, Long> bits = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            bits.put(names.get(k), 1L << k);
        }
        return bits;
    }

    /** One {@link WordInfo} per word any lookup of this lexicon can answer for. */
    @SuppressWarnings("unchecked")
    private Map<String, WordInfo> buildInfo() {
        Set<String> keys = new HashSet<>(words.keySet());
        keys.addAll(withObject.keySet());
        keys.addAll(phraseTrie.keySet());
        lists.values().forEach(keys::addAll);
        keys.addAll(outletStarts);
        for (String h : lists.getOrDefault("outlet-head", Set.of())) {
            keys.add("ل" + h);
            keys.add("ب" + h);
        }
        Map<String, WordInfo> out = new HashMap<>();
        for (String k : keys) {
            long bits = 0;
            for (Map.Entry<String, Set<String>> l : lists.entrySet()) {
                if (l.getValue().contains(k)) {
                    bits |= listBits.get(l.getKey());
                }
            }
            boolean outletHead = in("outlet-head", k)
                    || k.length() > 3 && (k.charAt(0) == 'ل' || k.charAt(0) == 'ب') && in("outlet-head", k.substring(1));
            out.put(k, new WordInfo(forms(k), verbFormsWithObject(k), maqsuraOnly(k),
                    (Map<String, Object>) phraseTrie.get(k), bits, nonNp(k, false), nonNp(k, true),
                    mayStartOutlet(k), outletHead));
        }
        return out;
    }

    private Set<String> union(List<String> names) {
        Set<String> all = new HashSet<>();
        names.forEach(l -> all.addAll(lists.getOrDefault(l, Set.of())));
        return all;
    }

    /** Known agencies (token sequences, normalized). */
    public List<String[]> agencies(boolean weakToo) {
        if (!weakToo) {
            return agencies;
        }
        List<String[]> all = new ArrayList<>(agencies);
        all.addAll(weakAgencies);
        return all;
    }
}
