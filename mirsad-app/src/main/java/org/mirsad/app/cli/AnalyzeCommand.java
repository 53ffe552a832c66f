package org.mirsad.app.cli;

import org.mirsad.app.ingest.BatchAnalysis;


import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.mirsad.app.Engine;
import org.mirsad.core.json.DocumentJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mirsad analyze}: one JSON object per input article on stdout. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Clean and analyze articles; print one JSON object per article (JSON Lines).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was analyzed", "1:at least one input failed (reported on stderr)",
                "2:usage error"})
public final class AnalyzeCommand implements Callable<Integer> {

    /** Output layouts. */
    enum Format { jsonl, pretty }

    @Spec
    private CommandSpec spec;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of the articles, used to resolve relative dates.")
    private LocalDate published;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "Output: jsonl (one object per line, default) or pretty (indented).")
    private Format format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Analysis threads (default: the number of cores); the output order is the input order either way.")
    private Integer threads;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Articles in any format ingest reads (text, HTML, feeds, WARC, JSON/JSONL dumps, archives) or folders.")
    private List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            err.println("mirsad analyze: --threads must be at least 1, got " + n);
            return MirsadCli.USAGE;
        }
        BatchAnalysis.Tally tally = BatchAnalysis.run(Engine.createDefault(), files, published, n, doc -> {
            out.println(format == Format.pretty ? DocumentJson.toPrettyJson(doc) : DocumentJson.toJsonLine(doc));
            out.flush();
        }, msg -> err.println("mirsad analyze: " + msg));
        err.flush();
        return tally.failed() > 0 ? MirsadCli.SOME_FAILED : MirsadCli.OK;
    }
}
