package org.spatiallift.cli;

import picocli.CommandLine.Command;

/** {@code spatiallift models}: obtain the models SpatialLift runs. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "Fetch and verify models.",
        subcommands = {FetchDetectorCommand.class})
final class ModelsCommand {
}
