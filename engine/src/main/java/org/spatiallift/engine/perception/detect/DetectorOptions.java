package org.spatiallift.engine.perception.detect;

import java.util.Objects;

/**
 * How a detector runs.
 *
 * @param scoreThreshold keep detections with score ≥ this, in [0, 1]
 * @param maxDetections  keep at most this many peaks (before the threshold; never more than the manifest's top_k), at least 1
 * @param threads        ONNX Runtime intra-op threads (0 = one per available processor)
 * @param fit            how the image is fitted to the model's input ({@link InputFit}; AUTO by default)
 */
public record DetectorOptions(double scoreThreshold, int maxDetections, int threads, InputFit fit) {

    /** Options with the {@link InputFit#AUTO} fit. */
    public DetectorOptions(double scoreThreshold, int maxDetections, int threads) {
        this(scoreThreshold, maxDetections, threads, InputFit.AUTO);
    }

    public static final double DEFAULT_THRESHOLD = 0.3;

    /**
     * Detections down to this score are kept as shadows ({@link Detections#shadows()}) when the threshold is higher:
     * referring expressions must hold against them too (issue #10: "the rightmost bottle" was not the rightmost
     * bottle in the picture).
     */
    public static final double SHADOW_THRESHOLD = 0.15;

    public DetectorOptions {
        if (!(scoreThreshold >= 0 && scoreThreshold <= 1)) {
            throw new IllegalArgumentException("the score threshold must be in [0, 1], got " + scoreThreshold);
        }
        if (maxDetections < 1) {
            throw new IllegalArgumentException("max detections must be at least 1, got " + maxDetections);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (default) or more, got " + threads);
        }
        Objects.requireNonNull(fit, "fit");
    }

    public static DetectorOptions defaults() {
        return new DetectorOptions(DEFAULT_THRESHOLD, 100, 0);
    }

    public DetectorOptions withThreshold(double threshold) {
        return new DetectorOptions(threshold, maxDetections, threads, fit);
    }

    public DetectorOptions withFit(InputFit f) {
        return new DetectorOptions(scoreThreshold, maxDetections, threads, f);
    }
}
