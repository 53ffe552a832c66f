package org.mirsad.extract.ner.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled lexicons: a trie over normalized tokens ({@link ArabicForms#norm}) whose nodes carry a mask of
 * {@link LexClass}es. Loaded once from the resource files; immutable and thread-safe after construction.
 *
 * <p>An entry ending in ى also matches the same word ending in ي (موسى، موسي); a media outlet also matches with
 * the article (الأسوشيتد برس). Matching strips proclitics from a match's first token only ({@link ArabicForms#lookupForms}), so
 * لفرنسا، وبالعراق and للاتحاد الأوروبي match فرنسا، العراق and الاتحاد الأوروبي; a two-letter first word
 * loses its proclitic only in a match of several words (لبي بي سي ▸ بي بي سي).
 */
public final class Lexicons {

    private static final String DIR = "/org/mirsad/extract/ner/lexicon/";
    private static volatile Lexicons defaults;

    private final Node root = new Node();
    /** One-letter proclitics {@link #longestAt} strips from a two-letter first word. */
    private static final String PROCLITIC_LETTERS = "\u0648\u0641\u0628\u0644\u0643";
    /** Two-letter first words of names of several words with each proclitic before them (لبي، وسي). */
    private final java.util.Set<String> shortFirstWithProclitic = new java.util.HashSet<>();
    private final WordClusters clusters;
    private final Map<LexClass, List<String>> lists;
    private final long fingerprint;
    private final int entries;

    private static final class Node {
        Map<String, Node> next;
        int mask;

        Node child(String s) {
            return next == null ? null : next.get(s);
        }
    }

    /** A lexicon match over tokens {@code [start, end)}. */
    public record Match(int start, int end, int mask, int strippedLetters) {
    }

    private Lexicons(Map<LexClass, List<String>> lists, WordClusters clusters) {
        this.clusters = clusters;
        this.lists = lists;
        long fp = 1469598103934665603L;
        int count = 0;
        for (LexClass c : LexClass.values()) {
            for (String entry : expand(c, lists.getOrDefault(c, List.of()), lists.getOrDefault(LexClass.MEDIA_HEAD, List.of()))) {
                String[] toks = entry.trim().split("\\s+");
                String first = ArabicForms.norm(toks[0]);
                if (toks.length > 1 && first.length() == 2) {
                    for (char p : PROCLITIC_LETTERS.toCharArray()) {
                        shortFirstWithProclitic.add(p + first); // لبي for بي بي سي
                    }
                }
                Node n = root;
                for (String t : toks) {
                    String k = ArabicForms.norm(t);
                    if (n.next == null) {
                        n.next = new HashMap<>();
                    }
                    n = n.next.computeIfAbsent(k, x -> new Node());
                }
                n.mask |= c.bit();
                count++;
                fp = Hashing.mix(fp ^ Hashing.hash(entry) ^ c.ordinal());
            }
        }
        if (clusters.size() > 0) {
            fp = Hashing.mix(fp ^ clusters.fingerprint());
        }
        this.fingerprint = fp;
        this.entries = count;
    }

    /**
     * The entries a list stands for. Nisba entries also stand for their feminine and plural forms, with and
     * without the article; a final alef maqsura also for ya (موسى / موسي); and a media outlet whose name
     * begins with an Arabic word without the article and is no media head also for its name with the
     * article, as the press writes foreign outlets (أسوشيتد برس / الأسوشيتد برس، فايننشال تايمز / الفايننشال
     * تايمز).
     */
    private static List<String> expand(LexClass c, List<String> entries, List<String> mediaHeads) {
        List<String> out = new ArrayList<>();
        if (c != LexClass.NISBA) {
            java.util.Set<String> heads = new java.util.HashSet<>();
            for (String h : mediaHeads) {
                heads.add(ArabicForms.norm(h.trim()));
            }
            for (String e : entries) {
                out.add(e);
                if (e.endsWith("\u0649")) {
                    // final alef maqsura is often written as ya (موسى / موسي)
                    out.add(e.substring(0, e.length() - 1) + "\u064A");
                }
                if (c == LexClass.MEDIA && takesArticle(e, heads)) {
                    out.add("\u0627\u0644" + e);
                }
            }
            return out;
        }
        for (String e : entries) {
            if (e.indexOf(' ') >= 0 || !e.endsWith("\u064A")) {
                out.add(e);
                continue;
            }
            String bare = e.startsWith("\u0627\u0644") ? e.substring(2) : e;
            for (String form : new String[] {bare, bare + "\u0629", bare + "\u0648\u0646", bare + "\u064A\u0646"}) {
                out.add("\u0627\u0644" + form);
                out.add(form);
            }
        }
        return out;
    }

    private static boolean takesArticle(String entry, java.util.Set<String> mediaHeads) {
        String first = entry.trim().split("\\s+")[0];
        return !first.isEmpty() && ArabicForms.isArabicLetter(first.charAt(0)) && !first.startsWith("\u0627\u0644")
                && !mediaHeads.contains(ArabicForms.norm(first));
    }

    /** The lexicons shipped in the resources, compiled once. */
    public static Lexicons defaults() {
        Lexicons d = defaults;
        if (d == null) {
            synchronized (Lexicons.class) {
                d = defaults;
                if (d == null) {
                    Map<LexClass, List<String>> lists = new HashMap<>();
                    for (LexClass c : LexClass.values()) {
                        lists.put(c, readResource(DIR + c.file() + ".txt"));
                    }
                    d = new Lexicons(lists, WordClusters.shipped());
                    defaults = d;
                }
            }
        }
        return d;
    }

    /** Lexicons built from explicit lists (tests). */
    public static Lexicons of(Map<LexClass, List<String>> lists) {
        return new Lexicons(lists, WordClusters.NONE);
    }

    /** These lexicons with other word clusters (training with a cluster table that is not shipped yet). */
    public Lexicons withClusters(WordClusters other) {
        return new Lexicons(lists, other);
    }

    /** The word clusters the tagger's features use ({@link WordClusters#NONE} when none). */
    public WordClusters clusters() {
        return clusters;
    }

    /** A hash of every entry, stored in models trained with these lexicons. */
    public long fingerprint() {
        return fingerprint;
    }

    /** Number of entries. */
    public int size() {
        return entries;
    }

    /** The classes of a single normalized token (no clitic stripping), 0 if none. */
    /** Whether some entry, of one word or several, begins with the normalized word {@code norm}. */
    public boolean beginsEntry(String norm) {
        return root.child(norm) != null;
    }

    /** The classes of the one-word entry {@code norm} (a normalized token), 0 when none. */
    public int classesOf(String norm) {
        Node n = root.child(norm);
        return n == null ? 0 : n.mask;
    }

    /**
     * Marks every lexicon match: {@code begin[i]} gets the classes of matches starting at token i,
     * {@code inside[i]} those of matches continuing through it.
     */
    public void annotate(TokenForms[] toks, int[] begin, int[] inside) {
        int n = toks.length;
        for (int i = 0; i < n; i++) {
            Object[] first = firstNodes(toks[i]);
            for (Object o : first) {
                Node node = (Node) o;
                int j = i + 1;
                while (node != null) {
                    if (node.mask != 0) {
                        begin[i] |= node.mask;
                        for (int k = i + 1; k < j; k++) {
                            inside[k] |= node.mask;
                        }
                    }
                    if (j >= n) {
                        break;
                    }
                    node = node.child(toks[j].norm);
                    j++;
                }
            }
        }
    }

    /**
     * The classes of a single token over all its lookup forms (the word, and without its proclitics): the
     * union of {@link #classesOf} of each form, from the token's cached trie nodes.
     */
    public int tokenClasses(TokenForms t) {
        int c = 0;
        for (Object o : firstNodes(t)) {
            if (o != null) {
                c |= ((Node) o).mask;
            }
        }
        return c;
    }

    /** The trie nodes of a token's lookup forms (one per form, null where none), kept with the token. */
    private Object[] firstNodes(TokenForms t) {
        if (t.lexiconNodesOf == this) {
            return t.lexiconNodes;
        }
        String[] forms = t.lookup;
        Object[] nodes = new Object[forms.length / 2];
        for (int f = 0; f < forms.length; f += 2) {
            nodes[f / 2] = root.child(forms[f]);
        }
        t.lexiconNodes = nodes;
        t.lexiconNodesOf = this;
        return nodes;
    }

    /** The longest match starting at token {@code i} whose classes meet {@code classMask}, or null. */
    public Match longestAt(TokenForms[] toks, int i, int classMask) {
        String[] forms = toks[i].lookup;
        Object[] first = firstNodes(toks[i]);
        Match best = null;
        for (int f = 0; f < forms.length; f += 2) {
            Node node = (Node) first[f / 2];
            int j = i + 1;
            while (node != null) {
                if ((node.mask & classMask) != 0 && (best == null || j > best.end)) {
                    best = new Match(i, j, node.mask & classMask, Integer.parseInt(forms[f + 1]));
                }
                if (j >= toks.length) {
                    break;
                }
                node = node.child(toks[j].norm);
                j++;
            }
        }
        String norm = toks[i].norm;
        if (best == null && norm.length() == 3 && shortFirstWithProclitic.contains(norm)) {
            // a one-letter proclitic on a two-letter first word of a name of several (لبي بي سي، وسي إن إن):
            // lookupForms keeps such short words whole, so the stripped form may only open a longer match
            Node node = root.child(norm.substring(1));
            for (int j = i + 1; node != null && j < toks.length; j++) {
                node = node.child(toks[j].norm);
                if (node != null && (node.mask & classMask) != 0) {
                    best = new Match(i, j + 1, node.mask & classMask, 1);
                }
            }
        }
        return best;
    }

    /** Greedy left-to-right longest matches of the given classes. */
    public List<Match> matches(TokenForms[] toks, int classMask) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < toks.length) {
            Match m = longestAt(toks, i, classMask);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private static List<String> readResource(String path) {
        InputStream in = Lexicons.class.getResourceAsStream(path);
        if (in == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
