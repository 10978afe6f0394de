package org.spatiallift.engine.validate;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.Vec3;

/**
 * One annotated object: an oriented box in the camera frame (x right, y down, z forward, metres), as in
 * docs/ground-truth-format.md.
 *
 * @param name          the dataset's class name ("bed", "garbagebin")
 * @param centreCamera  box centre, camera frame, metres
 * @param sizeM         edge lengths along the box's own axes: (length along axis 0, height along axis 1 = gravity,
 *                      width along axis 2), metres
 * @param axesCamera    columns are the box's axes in camera coordinates; a corner is centre + axes·(±size/2)
 */
public record GroundTruthBox(String name, Vec3 centreCamera, Vec3 sizeM, Mat3 axesCamera) {

    /** The eight corners, camera frame. */
    public List<Vec3> cornersCamera() {
        List<Vec3> corners = new ArrayList<>(8);
        for (int i = 0; i < 8; i++) {
            Vec3 local = new Vec3(((i & 1) == 0 ? -0.5 : 0.5) * sizeM.x(), ((i & 2) == 0 ? -0.5 : 0.5) * sizeM.y(),
                    ((i & 4) == 0 ? -0.5 : 0.5) * sizeM.z());
            corners.add(centreCamera.plus(axesCamera.times(local)));
        }
        return corners;
    }
}
