package org.spatiallift.engine.perception.depth;

import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.runtime.PhaseTimings;

/**
 * A depth model's output resized back to the image (width × height, row-major), with its kind, the timings and
 * the model's provenance. Metric values ≤ 0 are "no depth" (0).
 */
public record DepthPrediction(DepthKind kind, int width, int height, float[] values, PhaseTimings timings,
        ModelProvenance provenance) {

    public DepthPrediction {
        if (values.length != (long) width * height) {
            throw new IllegalArgumentException("depth has " + values.length + " values for " + width + "x" + height);
        }
    }

    /** The metric depth image; relative depth must go through {@link DepthScaleFit} first. */
    public DepthImage toDepthImage() {
        if (kind != DepthKind.METRIC_METRES) {
            throw new IllegalStateException("relative depth has no metric scale: fit one with DepthScaleFit");
        }
        return new DepthImage(width, height, values.clone());
    }
}
