package org.spatiallift.engine.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.geom.Vec3;

/**
 * One annotated RGB-D frame (docs/ground-truth-format.md).
 *
 * @param folder            where it was read from
 * @param colorFile         the colour image
 * @param depthFile         uint16 depth, {@code depthScale} units per metre, 0 = no measurement
 * @param depthScale        depth units per metre
 * @param intrinsics        pinhole intrinsics of the (registered) colour and depth images
 * @param boxes             the annotated objects; the list may be incomplete
 * @param downCamera        unit gravity direction in the camera frame
 * @param instanceMap       uint16 instance ids (0 = none), or null
 * @param instanceNames     id → class name for {@code instanceMap} (empty without one)
 */
public record GroundTruthFrame(Path folder, Path colorFile, Path depthFile, double depthScale, Intrinsics intrinsics,
                               List<GroundTruthBox> boxes, Vec3 downCamera, Path instanceMap,
                               Map<Integer, String> instanceNames) {

    public GroundTruthFrame {
        boxes = List.copyOf(boxes);
        instanceNames = Map.copyOf(instanceNames);
    }

    /** A short name for reports: the last two folders ("scannet_posed/scene0000_00_00086"). */
    public String name() {
        int n = folder.getNameCount();
        return n >= 2 ? folder.subpath(n - 2, n).toString().replace('\\', '/') : folder.toString();
    }
}
