package org.spatiallift.engine.annotation;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.validate.GroundTruthBox;

/**
 * Annotated objects of one image, read from a file in the ground-truth format (docs/ground-truth-format.md), used as
 * the lift's object source: each box gives an object's class and extent.
 *
 * @param file       the file they were read from
 * @param sha256     hex SHA-256 of that file's bytes, for provenance
 * @param boxes      the annotated boxes, camera frame (x right, y down, z forward, metres)
 * @param downCamera the annotated unit gravity direction in the camera frame, or null when the file gives none
 * @param complete   the file says its list is exhaustive ({@code "complete": true}): every object in view is annotated
 */
public record Annotations(Path file, String sha256, List<GroundTruthBox> boxes, Vec3 downCamera, boolean complete) {

    public Annotations {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        boxes = List.copyOf(boxes);
    }
}
