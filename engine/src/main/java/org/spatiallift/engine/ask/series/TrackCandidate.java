package org.spatiallift.engine.ask.series;

import java.util.Objects;

import org.spatiallift.engine.geom.Vec3;

/**
 * An object of a lifted frame that a tracked object may be.
 *
 * @param id           its instance id in that frame (label map id, or detection rank + 1)
 * @param label        its class name ("chair"); tracking matches only equal labels
 * @param centreCamera its box centre in the camera frame (x right, y down, z forward), m
 * @param sceneIndex   its index in the frame's {@link org.spatiallift.engine.qa.QaScene#objects()}, or -1 when it is
 *                     left out of QA there
 * @param leftOut      why it is left out of QA (ambiguous description, implausible box, too flat); null when usable
 */
public record TrackCandidate(int id, String label, Vec3 centreCamera, int sceneIndex, String leftOut) {

    public TrackCandidate {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(centreCamera, "centreCamera");
        if ((sceneIndex < 0) != (leftOut != null)) {
            throw new IllegalArgumentException("object " + id + " (" + label + ") is either usable (index >= 0) or left "
                    + "out with a reason, got index " + sceneIndex + " and reason " + leftOut);
        }
    }

    /** True when it can be measured (it is among the frame's QA objects). */
    public boolean usable() {
        return sceneIndex >= 0;
    }
}
