package org.spatiallift.engine.sample;

import java.util.List;

import org.spatiallift.engine.frame.CameraOrientation;

/** What a generated scene really is: camera height (m) above the floor, its pitch and roll, and the objects. */
public record GroundTruth(double cameraHeightM, CameraOrientation orientation, List<TruthObject> objects) {

    public GroundTruth {
        objects = List.copyOf(objects);
    }
}
