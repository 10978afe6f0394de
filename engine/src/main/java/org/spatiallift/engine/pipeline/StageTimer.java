package org.spatiallift.engine.pipeline;

import java.util.EnumMap;
import java.util.Map;

/**
 * Times consecutive stages of one run, reports each as done (and long ones as they go), and stops the run when it is
 * cancelled.
 */
final class StageTimer {

    private final Map<Stage, Double> millis = new EnumMap<>(Stage.class);
    private final ProgressListener progress;
    private final Cancellation cancellation;
    private long start;

    StageTimer(ProgressListener progress, Cancellation cancellation) {
        this.progress = progress;
        this.cancellation = cancellation;
        cancellation.throwIfCancelled();
        start = System.nanoTime();
    }

    /** The stage that began at the last call (or at construction) ended now. */
    void done(Stage stage) {
        millis.put(stage, (System.nanoTime() - start) / 1e6);
        progress.progress(stage, 1.0);
        cancellation.throwIfCancelled();
        start = System.nanoTime();
    }

    /**
     * {@code fraction} of {@code stage}, which is running, is done: reports it (below 1 only: {@link #done} reports
     * the end) and stops the run when it is cancelled. For long stages, between their items.
     */
    void within(Stage stage, double fraction) {
        if (fraction < 1) {
            progress.progress(stage, Math.max(0, fraction));
        }
        cancellation.throwIfCancelled();
    }

    Map<Stage, Double> millis() {
        return millis;
    }
}
