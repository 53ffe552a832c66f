package org.mirsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mirsad.arabic.ArabicTokenizer;
import org.mirsad.arabic.SentenceSplitter;
import org.mirsad.core.model.Sentence;
import org.mirsad.core.model.Token;
import org.mirsad.extract.ner.ClusterTrainer;
import org.mirsad.extract.ner.ConllReader;
import org.mirsad.extract.ner.ConllSentence;
import org.mirsad.extract.ner.internal.WordClusters;
import org.mirsad.ingest.read.InputReader;
import org.mirsad.ingest.read.ItemSink;
import org.mirsad.ingest.read.RawItem;
import org.mirsad.ingest.read.ReaderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mirsad ner clusters}: learns the tagger's word clusters from unlabelled text (anything
 * {@code ingest} reads, plus the tokens of CoNLL files), so that names never seen in training still get
 * the features of the names that were.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "Learn word clusters for the tagger from unlabelled text (files, folders, archives, feeds, "
                + "JSON dumps) and the tokens of CoNLL files; same inputs in the same order give the same bytes.")
public final class NerClustersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Unlabelled text: files, folders, archives.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL files whose tokens are added (tags ignored).")
    List<Path> conll = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Cluster table to write (.tsv.gz).")
    Path out;

    @Option(names = "--coarse", defaultValue = "128", description = "Clusters in the coarse grouping (default ${DEFAULT-VALUE}).")
    int coarse;

    @Option(names = "--split", defaultValue = "8", description = "Parts each coarse cluster is split into for the fine grouping (default ${DEFAULT-VALUE}).")
    int split;

    @Option(names = "--contexts", defaultValue = "400", description = "Context words per offset (default ${DEFAULT-VALUE}).")
    int contexts;

    @Option(names = "--min-count", defaultValue = "4", description = "Least occurrences of a clustered word (default ${DEFAULT-VALUE}).")
    int minCount;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.isEmpty() && conll.isEmpty()) {
            err.println("mirsad ner clusters: give unlabelled INPUTs and/or --conll FILEs");
            return MirsadCli.USAGE;
        }
        ClusterTrainer trainer = new ClusterTrainer(minCount, contexts, coarse, split);
        for (Path c : conll) {
            for (ConllSentence s : ConllReader.read(c)) {
                trainer.add(s.tokens());
            }
        }
        int[] problems = new int[1];
        new InputReader(ReaderOptions.DEFAULT.withFetch(false)).read(inputs, new ItemSink() {
            @Override
            public void item(RawItem item) {
                if (item.text() != null) {
                    addText(trainer, item.text());
                }
            }

            @Override
            public void skipped(String origin, String reason) {
            }

            @Override
            public void failed(String origin, String problem) {
                problems[0]++;
                err.println("mirsad ner clusters: " + origin + ": " + problem);
            }
        });
        err.printf(Locale.ROOT, "mirsad ner clusters: %,d sentences, %,d tokens; clustering...%n",
                trainer.sentences(), trainer.tokens());
        long t0 = System.nanoTime();
        WordClusters clusters = trainer.train();
        ClusterTrainer.write(clusters, out);
        spec.commandLine().getOut().printf(Locale.ROOT, "%,d words clustered in %.1f s; written to %s%n",
                clusters.size(), (System.nanoTime() - t0) / 1e9, out);
        return problems[0] > 0 ? MirsadCli.SOME_FAILED : MirsadCli.OK;
    }

    private static void addText(ClusterTrainer trainer, String text) {
        for (Sentence s : SentenceSplitter.split(text)) {
            List<Token> toks = ArabicTokenizer.tokenize(text, s.span().start(), s.span().end());
            List<String> words = new ArrayList<>(toks.size());
            for (Token t : toks) {
                words.add(t.text(text));
            }
            if (!words.isEmpty()) {
                trainer.add(words);
            }
        }
    }
}
