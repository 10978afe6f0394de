package org.spatiallift.engine.annotation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.CameraOrientation;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.PlaneFit;
import org.spatiallift.engine.frame.SupportKind;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.validate.GroundTruthBox;

/**
 * The canonical frame of an image whose annotations give its gravity: the annotated direction g ("down", camera frame)
 * replaces the one the lift estimated, so boxes stand upright exactly as annotated and heights are measured along
 * true gravity (docs/decisions/0018-annot-objects-from-annotations.md).
 *
 * <p>Camera height h along g: the lowest of the lift's planes whose normal is within {@value #HORIZONTAL_DEG}° of g,
 * at the median of its inliers' p·g — unless the annotated boxes reach more than {@value #BELOW_PLANE_M} m below it
 * (that plane is a bed or a table top, not the floor): then the lowest annotated box bottom, max over corners c of
 * c·g, as validate's ground truth does without a floor instance. Without either, the lift's own height.
 */
public final class AnnotatedFrame {

    /** A plane is horizontal when its normal is within this of the annotated gravity, degrees. */
    static final double HORIZONTAL_DEG = 5.0;
    /** Boxes reaching this far below the lowest horizontal plane show it is not the floor, metres. */
    static final double BELOW_PLANE_M = 0.10;
    /** Planes closer than this to the camera along gravity are not the floor, metres. */
    static final double MIN_HEIGHT_M = 0.1;

    private AnnotatedFrame() {
    }

    /**
     * @param downCamera  annotated unit gravity, camera frame
     * @param voxels      the cloud the planes were fitted to (camera frame; the planes' inlier indices point into it)
     * @param planes      the lift's planes
     * @param boxes       the annotated boxes, camera frame
     * @param estimated   the lift's own frame (its height is the last resort)
     */
    public static CanonicalFrame of(Vec3 downCamera, PointCloud voxels, List<PlaneFit> planes,
                                    List<GroundTruthBox> boxes, CanonicalFrame estimated) {
        Vec3 down = downCamera.normalized();
        double planeHeight = Double.NaN;
        for (PlaneFit fit : planes) {
            Vec3 n = fit.plane().normal();
            if (Math.min(n.angleDegTo(down), n.angleDegTo(down.times(-1))) > HORIZONTAL_DEG || fit.inlierCount() == 0) {
                continue;
            }
            double h = medianHeight(voxels, fit.inliers(), down);
            if (h >= MIN_HEIGHT_M && (Double.isNaN(planeHeight) || h > planeHeight)) {
                planeHeight = h;
            }
        }
        double boxBottom = Double.NaN;
        for (GroundTruthBox b : boxes) {
            for (Vec3 c : b.cornersCamera()) {
                boxBottom = Double.isNaN(boxBottom) ? c.dot(down) : Math.max(boxBottom, c.dot(down));
            }
        }
        double height;
        String from;
        if (!Double.isNaN(planeHeight) && (Double.isNaN(boxBottom) || boxBottom <= planeHeight + BELOW_PLANE_M)) {
            height = planeHeight;
            from = "the lowest horizontal plane";
        } else if (!Double.isNaN(boxBottom) && boxBottom > MIN_HEIGHT_M) {
            height = boxBottom;
            from = Double.isNaN(planeHeight) ? "the lowest annotated box bottom (no horizontal plane found)"
                    : String.format(Locale.ROOT, "the lowest annotated box bottom (the lowest horizontal plane, %.2f m"
                            + " below the camera, has boxes reaching below it: not the floor)", planeHeight);
        } else {
            height = estimated.cameraHeightM();
            from = "the lift's own estimate (no horizontal plane and no box below the camera)";
        }
        String reason = String.format(Locale.ROOT, "gravity from the annotations; camera height %.2f m from %s",
                height, from);
        return new CanonicalFrame(true, SupportKind.FLOOR, reason, new Plane(down, -height), down,
                CameraOrientation.cameraToCanonical(down, height), height, CameraOrientation.fromDown(down));
    }

    private static double medianHeight(PointCloud cloud, int[] indices, Vec3 down) {
        double[] h = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            h[k] = cloud.x(i) * down.x() + cloud.y(i) * down.y() + cloud.z(i) * down.z();
        }
        Arrays.sort(h);
        return h[h.length / 2];
    }
}
