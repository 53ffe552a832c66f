package org.mirsad.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mirsad.app.eval.HtmlEvaluation;
import org.mirsad.app.eval.corpus.EvalData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad eval html [DIR]}: main-content extraction on the article-extraction benchmark. */
@Command(name = "html", mixinStandardHelpOptions = true,
        description = {"Token-level P/R/F1 of HTML main-content extraction on a folder with ground-truth.json and",
            "html/<id>.html.gz (default ../shared/eval/article-extraction-benchmark), and the must-contain /",
            "must-not-contain snippets of trafilatura-eval."})
public final class EvalHtmlCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Benchmark folder (pages in DIR/html).")
    private Path dir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "GROUND_TRUTH",
            description = "Ground-truth JSON (default DIR/ground-truth.json).")
    private Path groundTruth;

    @picocli.CommandLine.Option(names = "--worst", defaultValue = "0", description = "List the N pages with the lowest F1.")
    private int worst;

    @picocli.CommandLine.Option(names = "--trafilatura", paramLabel = "DIR",
            description = "trafilatura-eval folder (default ../shared/eval/trafilatura-eval when present).")
    private Path trafilatura;

    @Override
    public Integer call() throws IOException {
        Optional<Path> d = dir != null ? Optional.of(dir) : EvalData.dir("article-extraction-benchmark");
        Optional<Path> t = trafilatura != null ? Optional.of(trafilatura) : dir == null ? EvalData.dir("trafilatura-eval")
                : Optional.empty();
        if (d.isEmpty() && t.isEmpty()) {
            spec.commandLine().getErr().println("mirsad eval html: no benchmark folder (give DIR or place ../shared/eval beside the project)");
            return MirsadCli.USAGE;
        }
        HtmlEvaluation eval = new HtmlEvaluation();
        if (d.isPresent()) {
            eval.run(d.get(), groundTruth, worst, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        if (t.isPresent()) {
            eval.snippets(t.get(), spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        return MirsadCli.OK;
    }
}
