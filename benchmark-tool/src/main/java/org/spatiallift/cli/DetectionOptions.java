package org.spatiallift.cli;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.perception.detect.DetectorOptions;
import org.spatiallift.engine.perception.filter.SceneFilters;
import org.spatiallift.engine.perception.mask.MaskParameters;
import org.spatiallift.engine.perception.mask.MaskSources;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.runtime.InferenceOptions;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lift|qa|generate --detect [--model ID] [--models-dir DIR] [--threshold S] [--segmenter ID|grabcut]}: objects
 * from the detector, masked by a box-prompted segmenter or GrabCut.
 */
final class DetectionOptions {

    @Option(names = "--detect",
            description = "Objects from the object detector, masked by the installed box segmenter (else GrabCut) and "
                    + "depth, instead of label maps (not with --labels; generate ignores label maps beside the images).")
    boolean detect;

    @Option(names = "--labels-complete",
            description = "The label maps name every object in view, so QA may count objects (count_left_of); without "
                    + "it, and always with --detect, counting questions are not asked.")
    boolean labelsComplete;

    @Option(names = "--segmenter", paramLabel = "ID|JSON|grabcut",
            description = "With --detect: masks from this box-prompted segmenter, or from GrabCut (default: the first "
                    + "installed box segmenter, see models list, else GrabCut).")
    String segmenter;

    @Option(names = "--scene-filter", paramLabel = "ID|JSON|rules",
            description = "Judge each scene with this CLIP-style model, or by the rules (default: the first installed "
                    + "CLIP model, see models list, else the rules).")
    String sceneFilter;

    @Mixin
    ModelOptions models;

    @Option(names = "--threshold", paramLabel = "S",
            description = "With --detect: keep detections with score ≥ S, in [0, 1] (default 0.3).")
    Double threshold;

    @Option(names = "--detector-fit", paramLabel = "auto|stretch|letterbox|tiles",
            description = "With --detect: how the image is fitted to the detector's input: auto (stretch, but tiles for frames over twice as wide as the input, e.g. KITTI), stretch, letterbox (aspect ratio kept, padded) or tiles (overlapping windows plus a letterboxed pass, merged).")
    String fit;

    DetectorOptions detectorOptions() throws InputException {
        return detectorOptions(0);
    }

    /** @param threads intra-op threads of each detector (0: one per available processor) */
    DetectorOptions detectorOptions(int threads) throws InputException {
        return DetectOptionsCheck.options(threshold == null ? DetectorOptions.DEFAULT_THRESHOLD : threshold, threads, fit);
    }

    /**
     * Objects from the detector ({@code workers} detectors sharing the processors) with --detect, else from label
     * maps. A missing model names the fetch command.
     */
    ObjectSource objectSource(int workers) throws InputException, ModelException {
        var store = models.store();
        ObjectSource.FilterOpener filters = () -> SceneFilters.choose(store, sceneFilter, SceneFilters.defaultTokenizer(),
                InferenceOptions.defaults());
        if (!detect) {
            return ObjectSource.labels(workers, filters, labelsComplete);
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / workers);
        return ObjectSource.detector(models.locate(), detectorOptions(workers == 1 ? 0 : threads), workers,
                () -> MaskSources.choose(store, segmenter, MaskParameters.defaults(), InferenceOptions.defaults()),
                filters);
    }

    /**
     * Objects come from the detector or from a label map, not both; the detector's options need --detect
     * (--models-dir also serves --depth-model where a command has it).
     */
    void checkUsage(CommandSpec spec, boolean labels) {
        checkUsage(spec, labels, false);
    }

    /** As {@link #checkUsage(CommandSpec, boolean)}, and annotated objects ({@code --objects}) exclude the detector. */
    void checkUsage(CommandSpec spec, boolean labels, boolean objects) {
        ParseResult parsed = spec.commandLine().getParseResult();
        if (detect && objects) {
            throw new ParameterException(spec.commandLine(), "--objects and --detect are mutually exclusive: objects "
                    + "come from the annotated boxes or from the detector, not both. Drop one of them");
        }
        if (detect && labels) {
            throw new ParameterException(spec.commandLine(), "--detect and --labels are mutually exclusive: objects come "
                    + "from the detector or from a label map, not both. Drop one of them");
        }
        if (detect && labelsComplete) {
            throw new ParameterException(spec.commandLine(), "--labels-complete declares that label maps name every "
                    + "object in view; a detector's objects never are all of them. Drop --labels-complete or --detect");
        }
        for (String option : new String[] {"--model", "--threshold", "--segmenter", "--detector-fit"}) {
            if (!detect && parsed.hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option + " chooses how objects are detected and needs "
                        + "--detect. Add --detect, or drop " + option);
            }
        }
    }
}
