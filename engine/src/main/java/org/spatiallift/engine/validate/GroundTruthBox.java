package org.spatiallift.engine.validate;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.RigidTransform;
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

    /**
     * Whether the camera-frame point (x, y, z) lies in the box: |aᵢ·(p − centre)| ≤ sizeᵢ/2 for each of its axes aᵢ
     * (the columns of {@code axesCamera}), the surface included. The one "point in box" rule: objects from annotations
     * take the cloud's points that pass it.
     */
    public boolean containsCamera(double x, double y, double z) {
        double dx = x - centreCamera.x();
        double dy = y - centreCamera.y();
        double dz = z - centreCamera.z();
        Mat3 a = axesCamera;
        return Math.abs(a.m00() * dx + a.m10() * dy + a.m20() * dz) <= sizeM.x() / 2
                && Math.abs(a.m01() * dx + a.m11() * dy + a.m21() * dz) <= sizeM.y() / 2
                && Math.abs(a.m02() * dx + a.m12() * dy + a.m22() * dz) <= sizeM.z() / 2;
    }

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

    /** How far the box reaches along {@code down} (camera frame): max over its corners c of c·down, metres. */
    public double bottomAlong(Vec3 down) {
        double bottom = Double.NaN;
        for (Vec3 c : cornersCamera()) {
            double h = c.dot(down);
            if (Double.isNaN(bottom) || h > bottom) {
                bottom = h;
            }
        }
        return bottom;
    }

    /**
     * The box of {@code boxes} whose bottom reaches farthest along {@code down} (camera frame; the first such in list
     * order), or null when there are none: "the lowest annotated box bottom" of the annotated frame and the ground truth.
     */
    public static GroundTruthBox lowest(List<GroundTruthBox> boxes, Vec3 down) {
        GroundTruthBox lowest = null;
        double bottom = Double.NaN;
        for (GroundTruthBox b : boxes) {
            double h = b.bottomAlong(down);
            if (lowest == null || h > bottom) {
                lowest = b;
                bottom = h;
            }
        }
        return lowest;
    }

    /** The lowest annotated box bottom along {@code down}, max over all boxes' corners c of c·down, or NaN for none. */
    public static double lowestBottom(List<GroundTruthBox> boxes, Vec3 down) {
        GroundTruthBox lowest = lowest(boxes, down);
        return lowest == null ? Double.NaN : lowest.bottomAlong(down);
    }

    /** The eight corners moved by {@code cameraToFrame}. */
    public List<Vec3> corners(RigidTransform cameraToFrame) {
        return cornersCamera().stream().map(cameraToFrame::apply).toList();
    }

    /** The axis-aligned box around the corners in the frame {@code cameraToFrame} leads to. */
    public Box3 aabb(RigidTransform cameraToFrame) {
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Vec3 c : corners(cameraToFrame)) {
            double[] a = c.toArray();
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.min(lo[k], a[k]);
                hi[k] = Math.max(hi[k], a[k]);
            }
        }
        return new Box3(new Vec3(lo[0], lo[1], lo[2]), new Vec3(hi[0], hi[1], hi[2]));
    }

    /**
     * The box as one rotated about z in a gravity-aligned frame ({@code cameraToFrame} leads to one): centre, extents
     * (length, width, height) and the yaw of its axis 0 from the frame's x axis, degrees.
     */
    public OrientedBox orientedBox(RigidTransform cameraToFrame) {
        Vec3 axis = cameraToFrame.applyToDirection(axesCamera.column(0));
        return new OrientedBox(cameraToFrame.apply(centreCamera), new Vec3(sizeM.x(), sizeM.z(), sizeM.y()),
                Math.toDegrees(Math.atan2(axis.y(), axis.x())));
    }
}
