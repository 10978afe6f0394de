package org.spatiallift.engine.pipeline;

import org.spatiallift.engine.perception.mask.DetectionSource;
import org.spatiallift.engine.perception.mask.MaskSource;

/**
 * Objects from a detector instead of a label map: boxes from {@code detector}, masks from {@code masks}
 * (for example {@code Detector::detect} and {@code GrabCutMaskSource.defaults()}). The detector is called on the
 * lift's thread; a {@code Detector} is not thread-safe, so a pipeline holding one must not run two lifts at once.
 */
public record ObjectDetection(DetectionSource detector, MaskSource masks) {

    public ObjectDetection {
        if (detector == null || masks == null) {
            throw new IllegalArgumentException("object detection needs a detector and a mask source");
        }
    }
}
