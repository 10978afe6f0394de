package org.spatiallift.engine.ask.series;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One frame of a series.
 *
 * @param index      the frame's position in the sequence, from 0
 * @param frame      the frame's name
 * @param value      the measured value in the series' unit; NaN when missing
 * @param lowerBound the interval's lower end in the series' unit, NaN without an interval
 * @param upperBound the interval's upper end, NaN without an interval
 * @param objectIds  the instance id in this frame of each tracked object, in the series' object order; null for an
 *                   object lost in this frame
 * @param reason     why the value is missing (the object lost, or the rule that gives no value); null when measured
 */
public record SeriesPoint(int index, String frame, double value, double lowerBound, double upperBound,
                          List<Integer> objectIds, String reason) {

    public SeriesPoint {
        if (index < 0) {
            throw new IllegalArgumentException("a frame index is at least 0, got " + index);
        }
        Objects.requireNonNull(frame, "frame");
        if (Double.isNaN(value) == (reason == null)) {
            throw new IllegalArgumentException("frame " + frame + ": a value is either measured or missing with a "
                    + "reason, got " + value + " and " + reason);
        }
        objectIds = Collections.unmodifiableList(new ArrayList<>(objectIds));
    }

    /** The point of frame {@code index} for {@code m}. */
    public static SeriesPoint of(int index, String frame, Measurement m, List<Integer> objectIds) {
        return new SeriesPoint(index, frame, m.value(), m.lowerBound(), m.upperBound(), objectIds, m.reason());
    }

    /** True when this frame was measured. */
    public boolean present() {
        return !Double.isNaN(value);
    }

    public boolean hasInterval() {
        return !Double.isNaN(lowerBound);
    }
}
