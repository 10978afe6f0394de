package org.spatiallift.cli;

import picocli.CommandLine.Command;

/** {@code spatiallift models}: obtain the models SpatialLift runs. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List, install and verify models.",
        subcommands = {ModelsListCommand.class, ModelsInstallCommand.class, ModelsVerifyCommand.class, FetchDetectorCommand.class})
final class ModelsCommand {
}
