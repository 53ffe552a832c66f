package org.mirsad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mirsad.app.eval.SpanScore;
import org.mirsad.app.eval.devset.DevSet;
import org.mirsad.app.eval.devset.DevSetReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the evaluations against the hand-annotated development set. */
final class DevsetOptions {

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "Development-set folder (NN-*.txt + NN-*.json); default: devset/ in the project root.")
    Path dir;

    @Option(names = {"-v", "--verbose"}, description = "List every miss and false positive.")
    boolean verbose;

    /** The folder to read: the one given, else {@code devset/} under {@code mirsad.home}, else ./devset. */
    Path folder() {
        if (dir != null) {
            return dir;
        }
        String home = System.getProperty("mirsad.home");
        return home != null ? Path.of(home, "devset") : Path.of("devset");
    }

    /** Reads the set, reporting unreadable articles on {@code err}; null when the folder is missing. */
    DevSet read(String command, PrintWriter err) {
        Path d = folder();
        if (!Files.isDirectory(d)) {
            err.println("mirsad eval " + command + ": development-set folder not found: " + d);
            return null;
        }
        DevSet set = DevSetReader.read(d);
        for (String p : set.problems()) {
            err.println("mirsad eval " + command + ": skipped " + p);
        }
        return set;
    }

    /** Prints the miss and false-positive lists of a score when verbose. */
    void details(PrintWriter out, SpanScore score) {
        if (!verbose) {
            return;
        }
        score.misses().forEach(out::println);
        score.falsePositives().forEach(out::println);
    }
}
