package org.spatiallift.cli;

import java.nio.file.Path;

import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;

import picocli.CommandLine.Option;

/** Which model and which model cache: shared by {@code detect}, {@code bench detect} and {@code models}. */
final class ModelOptions {

    @Option(names = "--model", paramLabel = "ID|JSON", defaultValue = ModelManifests.DEFAULT_DETECTOR,
            description = "Built-in model id or a manifest JSON (default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--models-dir", paramLabel = "DIR",
            description = "Model cache (default: $" + ModelStore.ENV + ", else ~/.cache/spatiallift/models).")
    Path modelsDir;

    ModelStore store() {
        return modelsDir != null ? new ModelStore(modelsDir) : ModelStore.configured();
    }

    ModelManifest manifest() throws ModelException {
        return ModelManifests.resolve(model);
    }

    /** The model's verified files; a missing model names the fetch command. */
    LocatedModel locate() throws ModelException {
        return store().locate(manifest());
    }
}
