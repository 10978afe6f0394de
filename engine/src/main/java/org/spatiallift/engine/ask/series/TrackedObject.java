package org.spatiallift.engine.ask.series;

import java.util.Objects;

/**
 * An object a series follows, as the first frame shows it.
 *
 * @param firstFrameId its instance id in the first frame (ids of later frames are per frame, see
 *                     {@link SeriesPoint#objectIds()})
 * @param label        its class name, which it keeps in every frame
 * @param description  its referring expression in the first frame ("the chair on the left")
 */
public record TrackedObject(int firstFrameId, String label, String description) {

    public TrackedObject {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
    }
}
