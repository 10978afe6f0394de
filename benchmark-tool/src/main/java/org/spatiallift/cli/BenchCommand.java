package org.spatiallift.cli;

import picocli.CommandLine.Command;

/** {@code spatiallift bench}: timing harnesses whose figures go into the README. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Time SpatialLift's stages.",
        subcommands = {BenchLiftCommand.class, BenchDetectCommand.class, BenchQaCommand.class, BenchGenerateCommand.class,
                BenchAskCommand.class})
final class BenchCommand {
}
