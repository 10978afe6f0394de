package org.spatiallift.engine.perception.detect;

/** Wall-clock milliseconds of one detection: pre-processing (resize, tensor), inference (the runtime), post-processing (decode). */
public record DetectionTimings(double preprocessMs, double inferenceMs, double postprocessMs) {

    public double totalMs() {
        return preprocessMs + inferenceMs + postprocessMs;
    }
}
