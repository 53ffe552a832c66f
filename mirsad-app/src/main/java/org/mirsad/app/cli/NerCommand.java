package org.mirsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mirsad.extract.ner.ConllReader;
import org.mirsad.extract.ner.ConllSentence;
import org.mirsad.extract.ner.NerEvaluator;
import org.mirsad.extract.ner.NerModel;
import org.mirsad.extract.ner.NerTagger;
import org.mirsad.extract.ner.NerTrainer;
import org.mirsad.extract.ner.internal.DocumentModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad ner}: train, tag and evaluate the named-entity tagger on CoNLL files. */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Train, tag and evaluate the named-entity tagger.",
        subcommands = {NerCommand.Train.class, NerCommand.Tag.class, NerCommand.Eval.class, NerClustersCommand.class})
public final class NerCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static NerTagger tagger(Path model) throws IOException {
        long t0 = System.nanoTime();
        NerTagger t = new NerTagger(model == null ? NerModel.defaultModel() : NerModel.load(model));
        System.err.printf(Locale.ROOT, "mirsad ner: model loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        return t;
    }

    /** {@code mirsad ner train}. */
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Train the tagger on a CoNLL file (`token TAG` per line, blank line between sentences); same input and seed give the same model bytes.")
    public static final class Train implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Training data.")
        Path conll;

        @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write (.bin.gz).")
        Path out;

        @Option(names = "--seed", defaultValue = "42", description = "Shuffling seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--epochs", defaultValue = "20", description = "Passes over the data (default ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--word-dropout", defaultValue = "0.2",
                description = "Share of word-identity features dropped per token while training (default ${DEFAULT-VALUE}).")
        float wordDropout;

        @Option(names = "--prune", defaultValue = "1.0",
                description = "Averaged weights below this magnitude are dropped, and features left without weights (default ${DEFAULT-VALUE}; 0 keeps all).")
        float prune;

        @Option(names = "--bags", defaultValue = "8",
                description = "Models trained with seeds SEED, SEED+1, ... and averaged into one (default ${DEFAULT-VALUE}).")
        int bags;

        @Option(names = "--document-pass", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Also train the document-level second pass, written beside the model as X-document.tsv (default: on; --no-document-pass skips it).")
        boolean documentPass;

        @Option(names = "--document-pass-only",
                description = "Train only the document-level pass and write only its file (the model file is left as it is).")
        boolean documentPassOnly;

        @Option(names = "--doc-window", defaultValue = "20", paramLabel = "N",
                description = "Document pass: runs of N consecutive sentences are one document (default ${DEFAULT-VALUE}).")
        int docWindow;

        @Option(names = "--doc-folds", defaultValue = "5",
                description = "Document pass: cross-validation folds for its first-pass tags (default ${DEFAULT-VALUE}).")
        int docFolds;

        @Option(names = "--doc-epochs", defaultValue = "5",
                description = "Document pass: perceptron passes (default ${DEFAULT-VALUE}).")
        int docEpochs;

        @Option(names = "--doc-step", defaultValue = "5.0",
                description = "Document pass: perceptron update size (default ${DEFAULT-VALUE}).")
        float docStep;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter stdout = spec.commandLine().getOut();
            List<ConllSentence> data = ConllReader.read(conll);
            err.printf(Locale.ROOT, "mirsad ner train: %,d sentences from %s%n", data.size(), conll);
            long t0 = System.nanoTime();
            NerTrainer.Options options = new NerTrainer.Options(seed, epochs, wordDropout, prune, bags);
            NerModel model = null;
            if (!documentPassOnly) {
                model = NerTrainer.train(data, options, epoch -> {
                    err.printf(Locale.ROOT, "\repoch %d/%d", epoch, epochs);
                    err.flush();
                });
                err.println();
                stdout.printf(Locale.ROOT, "model trained in %.1f s; %,d features%n", (System.nanoTime() - t0) / 1e9,
                        model.features());
            }
            DocumentModel doc = null;
            if (documentPass || documentPassOnly) {
                long t1 = System.nanoTime();
                NerTrainer.DocumentOptions d = new NerTrainer.DocumentOptions(docWindow, docFolds, docEpochs, docStep, 1);
                doc = NerTrainer.trainDocumentPass(data, options, d, fold -> {
                    err.printf(Locale.ROOT, "\rdocument pass: fold %d/%d", fold, docFolds);
                    err.flush();
                });
                err.println();
                stdout.printf(Locale.ROOT, "document pass trained in %.1f s%n", (System.nanoTime() - t1) / 1e9);
            }
            if (model != null) {
                model.withDocumentPass(doc).save(out);
                stdout.printf(Locale.ROOT, "model written to %s%s%n", out, doc == null ? "" : " and " + NerModel.documentFile(out));
            } else {
                NerModel.saveDocumentPass(out, doc);
                stdout.printf(Locale.ROOT, "document pass written to %s%n", NerModel.documentFile(out));
            }
            return MirsadCli.OK;
        }
    }

    /** {@code mirsad ner tag}. */
    @Command(name = "tag", mixinStandardHelpOptions = true,
            description = "Tag a CoNLL file; prints `token gold predicted` per line, a blank line between sentences.")
    public static final class Tag implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL input.")
        Path conll;

        @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: the shipped model).")
        Path model;

        @Option(names = "--model-only", description = "Tags from the statistical model alone, without the lexicon and sentence rules.")
        boolean modelOnly;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<ConllSentence> data = ConllReader.read(conll);
            NerTagger t = tagger(model);
            for (ConllSentence s : data) {
                List<String> predicted = modelOnly ? t.tag(s.tokens()) : t.tagDocument(List.of(s.tokens())).get(0);
                for (int i = 0; i < s.size(); i++) {
                    out.println(s.tokens().get(i) + " " + s.tags().get(i) + " " + predicted.get(i));
                }
                out.println();
            }
            out.flush();
            return MirsadCli.OK;
        }
    }

    /** {@code mirsad ner eval}. */
    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Exact-span precision, recall and F1 per type and micro-averaged over PERSON/ORG/LOC, and tokens per second.")
    public static final class Eval implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL test data.")
        Path conll;

        @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: the shipped model).")
        Path model;

        @Option(names = "--model-only", description = "Score the statistical model alone, without the lexicon and sentence rules.")
        boolean modelOnly;

        @Option(names = "--stage", description = "Score the output of the whole entities stage as `mirsad analyze` runs it (text layer, tagger, rules, consistency, name extension) instead of the tagger's labels.")
        boolean stage;

        @Option(names = "--doc-window", defaultValue = "1", paramLabel = "N",
                description = "Runs of N consecutive sentences are tagged as one document (document-level consistency across them); default ${DEFAULT-VALUE}: every sentence alone.")
        int docWindow;

        @Option(names = "--rounds", defaultValue = "10",
                description = "Timed passes over the data after the warm-up; the median rate is reported (default ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--warmup", defaultValue = "4", paramLabel = "SECONDS",
                description = "Untimed passes, at least one, until this many seconds have passed, so that the timed passes run compiled code (default ${DEFAULT-VALUE}).")
        double warmup;

        @Override
        public Integer call() throws IOException {
            List<ConllSentence> data = ConllReader.read(conll);
            NerTagger t = tagger(model);
            org.mirsad.extract.ner.NerStage nerStage = new org.mirsad.extract.ner.NerStage(t);
            java.util.function.Supplier<NerEvaluator.Report> run = () -> modelOnly ? NerEvaluator.evaluate(data, t)
                    : stage ? NerEvaluator.evaluateStage(data, nerStage, docWindow) : NerEvaluator.evaluateHybrid(data, t, docWindow);
            long warmUntil = System.nanoTime() + (long) (warmup * 1e9);
            do {
                // warm-up, on the same path as the timed passes (cold word caches): the JIT compiles the hot code,
                // which one pass over a test file is too short for
                t.clearThreadCaches();
                run.get();
            } while (System.nanoTime() < warmUntil);
            NerEvaluator.Report r = null;
            double[] rates = new double[Math.max(1, rounds)];
            double[] cpuRates = new double[rates.length];
            for (int k = 0; k < rates.length; k++) {
                t.clearThreadCaches(); // every timed pass starts with cold per-word caches
                r = run.get();
                rates[k] = r.tokensPerSecond();
                cpuRates[k] = r.tokensPerCpuSecond();
            }
            java.util.Arrays.sort(rates);
            java.util.Arrays.sort(cpuRates);
            spec.commandLine().getOut().println((modelOnly ? "statistical model alone" : stage ? "entities stage as analyze runs it, runs of " + docWindow + " sentence(s) as documents" : docWindow <= 1 ? "hybrid recognizer (model + lexicons + rules), each sentence a document"
                    : "hybrid recognizer (model + lexicons + rules), runs of " + docWindow + " sentences as documents") + ":");
            spec.commandLine().getOut().println(r.format());
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "tokens/second over %d timed passes (cold word caches, warm JIT): median %.0f, min %.0f, max %.0f (wall clock); "
                            + "median %.0f per CPU-second of the tagging thread (one core)%n",
                    rates.length, rates[rates.length / 2], rates[0], rates[rates.length - 1], cpuRates[cpuRates.length / 2]);
            spec.commandLine().getOut().flush();
            return MirsadCli.OK;
        }
    }
}
