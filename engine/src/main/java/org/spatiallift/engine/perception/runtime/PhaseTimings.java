package org.spatiallift.engine.perception.runtime;

/** Wall-clock milliseconds of one model run: pre-processing, inference (the runtime), post-processing. */
public record PhaseTimings(double preprocessMs, double inferenceMs, double postprocessMs) {

    public double totalMs() {
        return preprocessMs + inferenceMs + postprocessMs;
    }

    /** Times from four {@code System.nanoTime()} readings: start, after pre-processing, after inference, end. */
    public static PhaseTimings of(long t0, long t1, long t2, long t3) {
        return new PhaseTimings((t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
    }
}
