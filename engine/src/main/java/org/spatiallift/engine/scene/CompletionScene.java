package org.spatiallift.engine.scene;

import java.util.List;
import java.util.Objects;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.PlaneFit;
import org.spatiallift.engine.image.LabelImage;

/**
 * What {@link ObjectCompletion} needs of a lift.
 *
 * @param cloudCamera    every lifted point, camera frame, with its source pixel
 * @param cloudCanonical the same points in the canonical frame, same order
 * @param voxelCamera    the voxel cloud the planes were fitted to (camera frame)
 * @param planes         the planes found on {@code voxelCamera} (camera frame; inliers index it)
 * @param frame          the canonical frame (its support plane: floor or table)
 * @param intrinsics     the camera (focal length in pixels; image width and height)
 * @param labels         the instance label map the objects came from (pixels of other instances never join an object)
 */
public record CompletionScene(PointCloud cloudCamera, PointCloud cloudCanonical, PointCloud voxelCamera,
                              List<PlaneFit> planes, CanonicalFrame frame, Intrinsics intrinsics, LabelImage labels) {

    public CompletionScene {
        Objects.requireNonNull(cloudCamera, "cloudCamera");
        Objects.requireNonNull(cloudCanonical, "cloudCanonical");
        Objects.requireNonNull(voxelCamera, "voxelCamera");
        planes = List.copyOf(planes);
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(intrinsics, "intrinsics");
        Objects.requireNonNull(labels, "labels");
        if (cloudCanonical.size() != cloudCamera.size()) {
            throw new IllegalArgumentException("the canonical cloud has " + cloudCanonical.size() + " points but the "
                    + "camera cloud " + cloudCamera.size() + ": pass the same points in both frames");
        }
    }

    public int width() {
        return labels.width();
    }

    public int height() {
        return labels.height();
    }
}
