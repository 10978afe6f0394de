package org.spatiallift.engine.annotation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.CameraOrientation;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.SupportKind;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.validate.GroundTruthBox;

/**
 * The canonical frame of an image whose annotations give its gravity: the annotated direction g ("down", camera frame)
 * replaces the one the lift estimated, so boxes stand upright exactly as annotated and heights are measured along
 * true gravity (docs/decisions/0019-objects-from-annotations.md).
 *
 * <p>Camera height h along g, from the lift's voxel cloud: the heights p·g of its points in {@value #BIN_M} m bins;
 * the lowest bin holding at least {@value #MIN_LEVEL_POINTS} points starts the lowest level (the floor, or the bottom
 * of whatever stands on it); the fullest bin within {@value #LEVEL_SPAN_M} m above that is the level's peak; h is the
 * median of the points within {@value #BIN_M} m of the peak. Unless the annotated boxes reach more than
 * {@value #BELOW_LEVEL_M} m below that level (it is a bed or a table top, not the floor): then h is the lowest
 * annotated box bottom, max over corners c of c·g, as validate's ground truth does without a floor instance. Without
 * either, the lift's own height.
 */
public final class AnnotatedFrame {

    /** Height bin, metres. */
    static final double BIN_M = 0.02;
    /** Points a bin needs to count as a level (2 cm voxels: about 0.04 m² of horizontal surface). */
    static final int MIN_LEVEL_POINTS = 100;
    /** How far above its first bin a level's peak is sought, metres (depth noise spreads a far floor). */
    static final double LEVEL_SPAN_M = 0.10;
    /** Boxes reaching this far below the lowest level show it is not the floor, metres. */
    static final double BELOW_LEVEL_M = 0.10;
    /** Levels closer than this to the camera along gravity are not the floor, metres. */
    static final double MIN_HEIGHT_M = 0.1;

    private AnnotatedFrame() {
    }

    /**
     * @param downCamera  annotated unit gravity, camera frame
     * @param voxels      the lift's down-sampled cloud, camera frame
     * @param boxes       the annotated boxes, camera frame
     * @param estimated   the lift's own frame (its height is the last resort)
     */
    public static CanonicalFrame of(Vec3 downCamera, PointCloud voxels, List<GroundTruthBox> boxes,
                                    CanonicalFrame estimated) {
        Vec3 down = downCamera.normalized();
        double level = lowestLevel(voxels, down);
        double boxBottom = GroundTruthBox.lowestBottom(boxes, down);
        double height;
        String from;
        SupportKind support = SupportKind.FLOOR;
        if (!Double.isNaN(level) && (Double.isNaN(boxBottom) || boxBottom <= level + BELOW_LEVEL_M)) {
            height = level;
            from = "the lowest level of the cloud along that gravity";
        } else if (!Double.isNaN(boxBottom) && boxBottom > MIN_HEIGHT_M) {
            height = boxBottom;
            from = Double.isNaN(level) ? "the lowest annotated box bottom (no level of points below the camera)"
                    : String.format(Locale.ROOT, "the lowest annotated box bottom (the lowest level of the cloud, "
                            + "%.2f m below the camera, has boxes reaching below it: not the floor)", level);
        } else if (!estimated.canonical()) {
            return estimated; // no height to stand on: the lift's own frame and reason, not an assumed height as measured
        } else {
            height = estimated.cameraHeightM();
            support = estimated.support();
            from = "the lift's own " + support.name().toLowerCase(Locale.ROOT)
                    + " (no level of points and no box below the camera)";
        }
        String reason = String.format(Locale.ROOT, "gravity from the annotations; camera height %.2f m from %s",
                height, from);
        return new CanonicalFrame(true, support, reason, new Plane(down, -height), down,
                CameraOrientation.cameraToCanonical(down, height), height, CameraOrientation.fromDown(down));
    }

    /** The lowest level's height along {@code down} (see the class comment), or NaN when there is none. */
    static double lowestLevel(PointCloud cloud, Vec3 down) {
        int n = cloud.size();
        double[] h = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            h[i] = cloud.x(i) * down.x() + cloud.y(i) * down.y() + cloud.z(i) * down.z();
            max = Math.max(max, h[i]);
        }
        if (n == 0 || max < MIN_HEIGHT_M) {
            return Double.NaN;
        }
        int bins = (int) Math.ceil((max - MIN_HEIGHT_M) / BIN_M) + 1;
        int[] count = new int[bins];
        for (double v : h) {
            if (v >= MIN_HEIGHT_M) {
                count[(int) ((v - MIN_HEIGHT_M) / BIN_M)]++;
            }
        }
        int first = -1;
        for (int b = bins - 1; b >= 0; b--) {
            if (count[b] >= MIN_LEVEL_POINTS) {
                first = b;
                break;
            }
        }
        if (first < 0) {
            return Double.NaN;
        }
        int peak = first;
        int span = (int) Math.round(LEVEL_SPAN_M / BIN_M);
        for (int b = first; b >= Math.max(0, first - span); b--) {
            if (count[b] > count[peak]) {
                peak = b;
            }
        }
        double centre = MIN_HEIGHT_M + (peak + 0.5) * BIN_M;
        double[] near = Arrays.stream(h).filter(v -> Math.abs(v - centre) <= BIN_M).sorted().toArray();
        return near[near.length / 2];
    }
}
