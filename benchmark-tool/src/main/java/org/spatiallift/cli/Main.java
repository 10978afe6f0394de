package org.spatiallift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * bin/spatiallift: the command-line tool. Exit codes: 0 ok, 1 bad input (a wrong option value or file), 2 bad usage
 * (a command line of the wrong shape: unknown, missing or conflicting options), 3 internal error.
 */
@Command(name = "spatiallift", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns photos with depth into metric 3D scenes in a gravity-aligned frame, and those into spatial QA.",
        subcommands = {LiftCommand.class, DetectCommand.class, QaCommand.class, AskCommand.class, GenerateCommand.class,
                ValidateCommand.class, CategoriesCommand.class, ExportCommand.class, BenchCommand.class, SampleCommand.class,
                ModelsCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static final int EXIT_BAD_INPUT = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    public static void main(String[] args) {
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        CommandLine cl = commandLine();
        cl.setOut(StdoutWriter.open());
        System.exit(cl.execute(args));
    }

    /** The configured command line (also used by tests, which call {@code execute} without exiting). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new UsageErrorHandler());
        cl.setExecutionStrategy(new OutputCheck(new MemoryGuard(new CommandLine.RunLast())));
        return cl;
    }
}
