package org.spatiallift.engine.ask.series;

import java.util.List;

/**
 * A run of consecutive measured frames, drawn as one line; a missing frame ends it (a gap).
 *
 * @param line  the values, one per frame, in pixels
 * @param lower the interval's lower ends, same frames, or empty when a frame of the run has no interval
 * @param upper the interval's upper ends, likewise
 */
public record PlotSegment(List<PlotPoint> line, List<PlotPoint> lower, List<PlotPoint> upper) {

    public PlotSegment {
        line = List.copyOf(line);
        lower = List.copyOf(lower);
        upper = List.copyOf(upper);
    }

    public boolean hasBand() {
        return !lower.isEmpty();
    }
}
