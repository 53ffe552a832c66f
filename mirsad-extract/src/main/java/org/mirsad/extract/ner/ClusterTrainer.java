package org.mirsad.extract.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.mirsad.extract.ner.internal.ArabicForms;
import org.mirsad.extract.ner.internal.DistributionalClusterer;
import org.mirsad.extract.ner.internal.WordClusters;

/**
 * Learns the tagger's word clusters from unlabelled text: feed it sentences of surface tokens, then
 * {@link #train} and {@link #write} the table. Words are keyed by their clitic-stripped normalized form,
 * the form the tagger looks them up by. Deterministic: the same sentences in the same order give the same
 * bytes.
 */
public final class ClusterTrainer {

    private final DistributionalClusterer clusterer;
    private long tokens;

    /** A trainer with the settings of the shipped clusters. */
    public ClusterTrainer() {
        this(DistributionalClusterer.Options.DEFAULT);
    }

    /**
     * A trainer with other settings.
     *
     * @param minCount least occurrences of a clustered word
     * @param contexts context words per offset (the most frequent words)
     * @param coarse   clusters of the coarse grouping
     * @param split    parts each coarse cluster is split into for the fine grouping
     */
    public ClusterTrainer(int minCount, int contexts, int coarse, int split) {
        this(new DistributionalClusterer.Options(minCount, DistributionalClusterer.Options.DEFAULT.maxWords(),
                contexts, coarse, split, DistributionalClusterer.Options.DEFAULT.iterations(),
                DistributionalClusterer.Options.DEFAULT.seed()));
    }

    ClusterTrainer(DistributionalClusterer.Options options) {
        this.clusterer = new DistributionalClusterer(options);
    }

    /** Adds one sentence of surface tokens. */
    public void add(List<String> surfaceTokens) {
        List<String> cores = new ArrayList<>(surfaceTokens.size());
        for (String s : surfaceTokens) {
            cores.add(ArabicForms.core(ArabicForms.norm(s)));
        }
        clusterer.add(cores);
        tokens += cores.size();
    }

    /** Tokens added so far. */
    public long tokens() {
        return tokens;
    }

    /** Sentences added so far. */
    public int sentences() {
        return clusterer.sentenceCount();
    }

    /** Clusters the words seen; returns the number of words clustered. */
    public WordClusters train() {
        return WordClusters.of(clusterer.cluster());
    }

    /** Writes a table to {@code out} atomically (a temporary file beside it, then a move), creating its folder. */
    public static void write(WordClusters clusters, Path out) throws IOException {
        Path abs = out.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            clusters.write(o);
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
