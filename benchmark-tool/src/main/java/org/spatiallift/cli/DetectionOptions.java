package org.spatiallift.cli;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.perception.detect.DetectorOptions;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lift --detect [--model ID] [--models-dir DIR] [--threshold S] [--segmenter ID|grabcut]}: objects from the
 * detector, masked by a box-prompted segmenter or GrabCut.
 */
final class DetectionOptions {

    @Option(names = "--detect",
            description = "Objects from the object detector, masked by the installed box segmenter (else GrabCut) and "
                    + "depth, instead of a label map (not with --labels).")
    boolean detect;

    @Option(names = "--segmenter", paramLabel = "ID|JSON|grabcut",
            description = "With --detect: masks from this box-prompted segmenter, or from GrabCut (default: the first "
                    + "installed box segmenter, see models list, else GrabCut).")
    String segmenter;

    @Mixin
    ModelOptions models;

    @Option(names = "--threshold", paramLabel = "S",
            description = "With --detect: keep detections with score ≥ S, in [0, 1] (default 0.3).")
    Double threshold;

    DetectorOptions detectorOptions() throws InputException {
        return DetectOptionsCheck.options(threshold == null ? DetectorOptions.DEFAULT_THRESHOLD : threshold, 0);
    }
}
