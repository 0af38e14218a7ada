package org.paperkg.cli;

import org.paperkg.store.NoStoreException;
import org.paperkg.store.StoreLockedException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code paperkg} command and its subcommands. */
@Command(name = "paperkg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a knowledge graph of methods, datasets, metrics, tasks and claimed results"
                + " from paper abstracts, stores it in Apache Jena TDB2 and answers SPARQL.",
        subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, StatsCommand.class,
                ExtractCommand.class, EvaluateCommand.class, ServeCommand.class, LoadTestCommand.class,
                ValidateCommand.class, BenchCommand.class, EntitiesCommand.class, TrainCommand.class, LoadCommand.class,
                CommandLine.HelpCommand.class},
        footer = ExitCodes.FOOTER)
public final class PaperKgCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line in-process and returns its exit status (for tests and the Java API). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The whole command line model, as {@code execute} runs it: also the source of the completion script, the
     * manual pages and the README synopsis test, so none of them can drift from the options.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PaperKgCommand());
        ExportCommand.describeFormats(cli.getSubcommands().get("export"));
        // picocli's own generator of bash/zsh completion from this model; shown in the help (picocli hides it).
        CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
        completion.getCommandSpec().name("completion").usageMessage().hidden(false)
                .description("Prints a bash/zsh completion script for paperkg: source <(paperkg completion)");
        cli.addSubcommand("completion", completion);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("paperkg: " + message(e));
            if (Boolean.getBoolean("paperkg.debug")) {
                e.printStackTrace(cmd.getErr());
            }
            if (e instanceof StoreLockedException || e instanceof NoStoreException) {
                return ExitCodes.STORE_UNAVAILABLE;
            }
            if (e instanceof IllegalArgumentException) {
                return ExitCodes.USAGE;
            }
            return ExitCodes.FAILURE;
        });
        return cli;
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
