package org.spatiallift.engine.perception.mask;

/** Told how many boxes of a {@link MaskSource} call are masked; may stop the work by throwing (a cancelled lift). */
@FunctionalInterface
public interface MaskProgress {

    MaskProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} boxes are masked. */
    void boxesDone(int done, int total);
}
