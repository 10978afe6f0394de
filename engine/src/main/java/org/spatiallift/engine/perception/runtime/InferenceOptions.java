package org.spatiallift.engine.perception.runtime;

/**
 * Typed ONNX Runtime session options (CPU).
 *
 * @param intraOpThreads threads inside one operator; 0 = one per available processor
 * @param optimisation   graph optimisation level
 */
public record InferenceOptions(int intraOpThreads, Optimisation optimisation) {

    /** ONNX Runtime graph optimisation levels. */
    public enum Optimisation { NONE, BASIC, EXTENDED, ALL }

    public InferenceOptions {
        if (intraOpThreads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per processor) or more, got " + intraOpThreads);
        }
        if (optimisation == null) {
            throw new IllegalArgumentException("optimisation level is required");
        }
    }

    public static InferenceOptions defaults() {
        return new InferenceOptions(0, Optimisation.ALL);
    }

    /** The thread count actually used. */
    public int threads() {
        return intraOpThreads > 0 ? intraOpThreads : Runtime.getRuntime().availableProcessors();
    }
}
