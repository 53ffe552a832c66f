package org.mirsad.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mirsad} command line: analysis, evaluation and benchmarks. */
@Command(name = "mirsad", mixinStandardHelpOptions = true, version = "mirsad 0.1.0",
        description = "Arabic news intelligence: clean articles, extract who said what, search.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class,
                NerCommand.class, CorpusViewCommands.Duplicates.class, CorpusViewCommands.Stories.class, CorpusViewCommands.Quotes.class, DemoCommand.class, ServeCommand.class, ScreenshotsCommand.class, BenchCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class})
public final class MirsadCli implements Runnable {

    /** Exit code when every input was processed. */
    public static final int OK = 0;
    /** Exit code when at least one input failed. */
    public static final int SOME_FAILED = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with UTF-8 output streams. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MirsadCli());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(MirsadCli::reportFailure);
        return cl;
    }

    /**
     * Reports an exception that escaped a command as one line naming the command and the problem
     * (the stack trace only with {@code -Dmirsad.debug=true}) and returns {@link #SOME_FAILED}.
     */
    static int reportFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String what = e instanceof java.nio.file.NoSuchFileException ? "no such file or folder: " + e.getMessage()
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied: " + e.getMessage()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        err.println(cl.getCommandSpec().qualifiedName() + ": error: " + what);
        if (Boolean.getBoolean("mirsad.debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return SOME_FAILED;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
