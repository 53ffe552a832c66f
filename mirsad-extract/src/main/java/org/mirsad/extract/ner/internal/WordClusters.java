package org.mirsad.extract.ner.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word clusters learned from unlabelled news ({@link DistributionalClusterer}): for a word's clitic-stripped
 * normalized form ({@link ArabicForms#core}) its cluster in a coarse and a fine grouping. The tagger uses
 * them as features, so a name it never saw still looks like the names it did see. Immutable.
 *
 * <p>File format (gzip'd UTF-8 text): a header line {@code # mirsad-clusters v1 groupings=N}, then one
 * line per word, {@code form TAB cluster TAB cluster ...}, sorted by form.
 */
public final class WordClusters {

    /** The shipped clusters' resource path. */
    public static final String RESOURCE = "/org/mirsad/extract/ner/word-clusters.tsv.gz";

    private static final String HEADER = "# mirsad-clusters v1 groupings=";

    /** No clusters (tests, or a build without the resource). */
    public static final WordClusters NONE = new WordClusters(Map.of(), 0, 0L);

    private final Map<String, int[]> byForm;
    private final int groupings;
    private final long fingerprint;

    private WordClusters(Map<String, int[]> byForm, int groupings, long fingerprint) {
        this.byForm = byForm;
        this.groupings = groupings;
        this.fingerprint = fingerprint;
    }

    /** Clusters from a word → cluster-per-grouping map. */
    public static WordClusters of(Map<String, int[]> byForm) {
        int g = byForm.isEmpty() ? 0 : byForm.values().iterator().next().length;
        long fp = 1469598103934665603L;
        List<String> keys = new ArrayList<>(byForm.keySet());
        keys.sort(null);
        for (String k : keys) {
            fp = Hashing.mix(fp ^ Hashing.hash(k));
            for (int c : byForm.get(k)) {
                fp = Hashing.mix(fp ^ c);
            }
        }
        return new WordClusters(Map.copyOf(byForm), g, fp);
    }

    /** One more than the largest coarse (first-grouping) cluster number, 0 when empty. */
    public int coarseValues() {
        int max = -1;
        for (int[] c : byForm.values()) {
            max = Math.max(max, c[0]);
        }
        return max + 1;
    }

    /** Number of groupings (0 when empty). */
    public int groupings() {
        return groupings;
    }

    /** Number of clustered words. */
    public int size() {
        return byForm.size();
    }

    /** A hash of the whole table, recorded in models trained with it. */
    public long fingerprint() {
        return fingerprint;
    }

    /** The clusters of a core form, or null when the word was not clustered. */
    public int[] of(String core) {
        return byForm.get(core);
    }

    /** Writes the table (deterministic bytes). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
        w.write(HEADER + groupings + "\n");
        List<String> keys = new ArrayList<>(byForm.keySet());
        keys.sort(null);
        StringBuilder line = new StringBuilder();
        for (String k : keys) {
            line.setLength(0);
            line.append(k);
            for (int c : byForm.get(k)) {
                line.append('\t').append(c);
            }
            w.write(line.append('\n').toString());
        }
        w.flush();
        gz.finish();
        out.flush();
    }

    /** Reads a table written by {@link #write}. */
    public static WordClusters read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
        String head = r.readLine();
        if (head == null || !head.startsWith(HEADER)) {
            throw new IOException("not a Mirsad word-cluster file (no '" + HEADER + "' header)");
        }
        int g = Integer.parseInt(head.substring(HEADER.length()).trim());
        Map<String, int[]> map = new HashMap<>(1 << 17);
        String line;
        int no = 1;
        while ((line = r.readLine()) != null) {
            no++;
            String[] f = line.split("\t");
            if (f.length != g + 1) {
                throw new IOException("word-cluster line " + no + ": expected " + (g + 1) + " fields, found " + f.length);
            }
            int[] c = new int[g];
            for (int i = 0; i < g; i++) {
                c[i] = Integer.parseInt(f[i + 1]);
            }
            map.put(f[0], c);
        }
        return of(map);
    }

    /** The shipped clusters, or {@link #NONE} when the resource is absent. */
    static WordClusters shipped() {
        try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
            return in == null ? NONE : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped word clusters " + RESOURCE, e);
        }
    }
}
