package org.spatiallift.engine.ask.series;

import java.util.List;
import java.util.Objects;

/**
 * The same question answered in each frame of a sequence: the dense per-frame signal (a robot's reward, for one).
 *
 * @param question the question as asked ("distance between the gripper and the bottle")
 * @param quantity what was measured (the QA category, "centre_distance")
 * @param unit     the unit of every value and bound ("m", "ratio", "o'clock", "count")
 * @param objects  the tracked objects, as the first frame shows them
 * @param points   one point per frame, in sequence order
 */
public record Series(String question, String quantity, String unit, List<TrackedObject> objects,
                     List<SeriesPoint> points) {

    public Series {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(quantity, "quantity");
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a series needs a unit");
        }
        objects = List.copyOf(objects);
        points = List.copyOf(points);
        for (SeriesPoint p : points) {
            if (p.objectIds().size() != objects.size()) {
                throw new IllegalArgumentException("frame " + p.frame() + " names " + p.objectIds().size()
                        + " object ids for " + objects.size() + " tracked objects");
            }
        }
    }

    /** How many frames were measured. */
    public long measuredCount() {
        return points.stream().filter(SeriesPoint::present).count();
    }
}
