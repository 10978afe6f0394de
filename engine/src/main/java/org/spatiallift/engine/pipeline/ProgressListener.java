package org.spatiallift.engine.pipeline;

/** Receives per-stage progress from long work; called on the working thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (stage, fraction) -> { };

    /** {@code fraction} in [0, 1] of {@code stage} is done. */
    void progress(Stage stage, double fraction);
}
