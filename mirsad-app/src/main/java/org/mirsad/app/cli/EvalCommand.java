package org.mirsad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mirsad eval}: quality measurements against evaluation data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure extraction quality against evaluation data.",
        subcommands = {EvalAttributionCommand.class, EvalCleaningCommand.class, EvalHtmlCommand.class, EvalDuplicatesCommand.class, EvalQuantitiesCommand.class,
                EvalDatesCommand.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
