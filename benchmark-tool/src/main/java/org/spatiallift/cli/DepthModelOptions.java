package org.spatiallift.cli;

import java.nio.file.Path;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LoadedInput;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.io.RgbdRequest;
import org.spatiallift.engine.perception.depth.DepthSource;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.qa.ModelRef;

import picocli.CommandLine.Option;

/**
 * {@code lift|qa|generate [--depth-model ID|JSON]}: where depth comes from for an image without a depth file — the
 * engine's {@link DepthSource} (the model named, else the first installed metric depth model, else a refusal naming
 * the install command) — and how that model is named in the QA provenance.
 */
final class DepthModelOptions {

    @Option(names = "--depth-model", paramLabel = "ID|JSON",
            description = "Metric depth model for images without a depth file (default: the first installed one, see "
                    + "models list; e.g. " + DepthSource.SUGGESTED_MODEL + "). Such depth is estimated, not measured, "
                    + "and the QA provenance says so.")
    String depthModel;

    /** The depth source of images without a depth file, from the models in {@code store}; close it after use. */
    DepthSource source(ModelStore store) {
        return new DepthSource(store, depthModel, InferenceOptions.defaults());
    }

    /** --depth-model makes no sense beside a depth file given for the one image. */
    void requireNoDepthFile(Path depthFile) throws InputException {
        if (depthFile != null && depthModel != null) {
            throw InputException.forValue("--depth-model", "given together with --depth " + depthFile,
                    "Give one of them: --depth for measured depth, --depth-model to estimate it from the photo");
        }
    }

    /**
     * Loads one image: depth from {@code depthFile} when given, else estimated by the depth model ({@link #source}),
     * which is closed afterwards. --depth-model beside a depth file is refused.
     */
    LoadedDepth load(RgbdRequest request, Path depthFile, ModelStore store) throws InputException {
        requireNoDepthFile(depthFile);
        if (depthFile != null) {
            return new LoadedDepth(RgbdLoader.load(request), null, null);
        }
        try (DepthSource depth = source(store)) {
            LoadedInput loaded = RgbdLoader.load(request, depth);
            return new LoadedDepth(loaded, usedModel(depth),
                    depth.lastPrediction().provenance().sessionOptions().get("focal_rescale"));
        }
    }

    /**
     * The provenance reference of the model {@code source} took depth from (id, revision, SHA-256 of its graph), or
     * null when it has given none yet.
     */
    static ModelRef usedModel(DepthSource source) {
        return ModelRef.ofDepthModel(source.usedModel());
    }
}
