package org.spatiallift.engine.validate;

import java.util.Arrays;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.image.LabelImage;
import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.DepthReader;
import org.spatiallift.engine.io.ImageLimits;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.LabelMapReader;

/**
 * The true camera height above the floor of an annotated frame, along its true gravity.
 *
 * <p>With an instance map that has a "floor" instance: the median over the floor's pixels with depth of
 * p·down, p = ((u − cx)·z / fx, (v − cy)·z / fy, z) (at least {@value #MIN_FLOOR_PIXELS} pixels). Otherwise the lowest
 * annotated box bottom, max over corners c of c·down — objects that stand on the floor reach it; a frame whose boxes
 * all hang above the floor would read too low, so the source says which was used.
 *
 * @param heightM the camera height above the floor, metres, or NaN when neither source exists
 * @param source  "floor instance (N px)", "lowest box bottom (NAME)" or "none"
 */
public record FrameTruth(double heightM, String source) {

    static final int MIN_FLOOR_PIXELS = 500;

    /** The true camera height of {@code frame}. */
    public static FrameTruth of(GroundTruthFrame frame) throws InputException {
        if (frame.instanceMap() != null) {
            var floorIds = frame.instanceNames().entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase("floor"))
                    .mapToInt(e -> e.getKey()).toArray();
            if (floorIds.length > 0) {
                FrameTruth fromFloor = fromFloor(frame, floorIds);
                if (fromFloor != null) {
                    return fromFloor;
                }
            }
        }
        GroundTruthBox lowest = GroundTruthBox.lowest(frame.boxes(), frame.downCamera());
        return lowest == null ? new FrameTruth(Double.NaN, "none")
                : new FrameTruth(lowest.bottomAlong(frame.downCamera()), "lowest box bottom (" + lowest.name() + ")");
    }

    private static FrameTruth fromFloor(GroundTruthFrame frame, int[] floorIds) throws InputException {
        DepthImage depth = DepthReader.read(frame.depthFile(), DepthFormat.PNG16, frame.depthScale(), ImageLimits.defaults());
        LabelImage labels = LabelMapReader.readLabels(frame.instanceMap(), ImageLimits.defaults());
        if (labels.width() != depth.width() || labels.height() != depth.height()) {
            throw new InputException(frame.instanceMap(), "is " + labels.width() + "×" + labels.height()
                    + " px but the depth is " + depth.width() + "×" + depth.height(),
                    "The instance map must be registered to the depth; see docs/ground-truth-format.md");
        }
        Intrinsics k = frame.intrinsics();
        Vec3 down = frame.downCamera();
        double[] h = new double[depth.width() * depth.height()];
        int n = 0;
        for (int v = 0; v < depth.height(); v++) {
            for (int u = 0; u < depth.width(); u++) {
                float z = depth.at(u, v);
                if (!(z > 0) || !contains(floorIds, labels.at(u, v))) {
                    continue;
                }
                h[n++] = ((u - k.cx()) * z / k.fx()) * down.x() + ((v - k.cy()) * z / k.fy()) * down.y() + z * down.z();
            }
        }
        if (n < MIN_FLOOR_PIXELS) {
            return null;
        }
        double[] s = Arrays.copyOf(h, n);
        Arrays.sort(s);
        return new FrameTruth(s[n / 2], "floor instance (" + n + " px)");
    }

    private static boolean contains(int[] ids, int id) {
        for (int i : ids) {
            if (i == id) {
                return true;
            }
        }
        return false;
    }
}
