package org.spatiallift.cli;

import java.nio.file.Path;

import org.spatiallift.engine.perception.model.ModelStore;

import picocli.CommandLine.Option;

/** The model cache folder option of the {@code models} commands and {@code lift}. */
final class CacheOption {

    @Option(names = "--models-dir", paramLabel = "DIR",
            description = "Model cache (default: $" + ModelStore.ENV + ", else ~/.cache/spatiallift/models).")
    Path modelsDir;

    ModelStore store() {
        return modelsDir != null ? new ModelStore(modelsDir) : ModelStore.configured();
    }
}
