package org.spatiallift.engine.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.io.DepthFormat;
import org.spatiallift.engine.io.IntrinsicsSpec;
import org.spatiallift.engine.io.RgbdRequest;

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

    /**
     * The lift request for this frame: its colour and depth (png16 at its depth scale) with its own intrinsics, and
     * its instance masks as the label map when {@code instanceLabels} and it has them.
     */
    public RgbdRequest request(boolean instanceLabels) {
        return request(instanceLabels, false);
    }

    /**
     * As {@link #request(boolean)}, and with {@code boxes} its annotated boxes ({@code objects.json}) as the object
     * source: objects from annotations, narrowed by the instance masks when {@code instanceLabels} too.
     */
    public RgbdRequest request(boolean instanceLabels, boolean boxes) {
        RgbdRequest r = request0(instanceLabels);
        return boxes ? r.withObjects(folder.resolve("objects.json")) : r;
    }

    private RgbdRequest request0(boolean instanceLabels) {
        RgbdRequest r = RgbdRequest.of(colorFile, depthFile).withFormat(DepthFormat.PNG16, depthScale)
                .withIntrinsics(new IntrinsicsSpec(intrinsics.fx(), intrinsics.fy(), intrinsics.cx(), intrinsics.cy()));
        return instanceLabels && instanceMap != null ? r.withLabels(instanceMap, folder.resolve("instances.txt")) : r;
    }

    /** A short name for reports: the last two folders ("scannet_posed/scene0000_00_00086"). */
    public String name() {
        int n = folder.getNameCount();
        return n >= 2 ? folder.subpath(n - 2, n).toString().replace('\\', '/') : folder.toString();
    }
}
