package org.spatiallift.cli;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.perception.detect.DetectorOptions;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lift --detect [--model ID] [--models-dir DIR] [--threshold S]}: objects from the detector. */
final class DetectionOptions {

    @Option(names = "--detect",
            description = "Objects from the object detector, masked by GrabCut and depth, instead of a label map "
                    + "(not with --labels).")
    boolean detect;

    @Mixin
    ModelOptions models;

    @Option(names = "--threshold", paramLabel = "S",
            description = "With --detect: keep detections with score ≥ S, in [0, 1] (default 0.3).")
    Double threshold;

    DetectorOptions detectorOptions() throws InputException {
        return DetectOptionsCheck.options(threshold == null ? DetectorOptions.DEFAULT_THRESHOLD : threshold, 0);
    }
}
