package org.spatiallift.engine.ask.series;

/** Hears of each frame of a series as it is done; called on the working thread. */
@FunctionalInterface
public interface SeriesProgress {

    SeriesProgress NONE = (done, total, point) -> { };

    /** {@code done} of {@code total} frames are done, the last with {@code point}. */
    void frameDone(int done, int total, SeriesPoint point);
}
