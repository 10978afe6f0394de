package org.spatiallift.app.viewmodel;

import java.util.List;

import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.pipeline.LiftResult;

/** Turns a {@link SceneModel} into a {@link SceneSnapshot} for the views; runs on the worker thread. */
final class SceneSnapshots {

    private static final float MIN_POINT_M = 0.003f;
    private static final float MAX_POINT_M = 0.04f;

    private SceneSnapshots() {
    }

    static SceneSnapshot from(SceneModel scene) {
        LiftResult r = scene.result();
        List<ObjectMarker> markers = ObjectMarkers.of(r);
        return new SceneSnapshot(scene.title(), ImageLayersBuilder.build(scene, markers), cloud(scene), markers,
                FrameInfos.of(r.frame(), r.input().intrinsics()), r.warnings().stream().map(AppAdvice::inAppTerms).toList(), voxels(scene));
    }

    /**
     * The voxel cloud in the canonical frame (the camera-frame voxels moved as the full cloud was), each point drawn one
     * voxel edge across.
     */
    static CloudData voxels(SceneModel scene) {
        PointCloud v = voxelsCanonical(scene.result());
        return CloudGeometry.build(v.xyz(), v.size(), v.size(), (float) scene.result().parameters().voxelM());
    }

    static PointCloud voxelsCanonical(LiftResult r) {
        return r.voxelCamera().transformed(r.frame().cameraToCanonical(), CoordinateFrame.CANONICAL);
    }

    static CloudData cloud(SceneModel scene) {
        PointCloud pc = scene.result().cloudCanonical();
        int[] subset = scene.drawnToCloud();
        int n = subset == null ? pc.size() : subset.length;
        float[] xyz;
        if (subset == null) {
            xyz = pc.xyz();
        } else {
            xyz = new float[3 * n];
            for (int k = 0; k < n; k++) {
                System.arraycopy(pc.xyz(), 3 * subset[k], xyz, 3 * k, 3);
            }
        }
        return CloudGeometry.build(xyz, n, pc.size(), pointSize(scene.result(), pc.size(), n));
    }

    /**
     * Size of the drawn points in metres: about three times the spacing of neighbouring pixels' points at the median depth
     * (z̃ / fx), widened by the square root of the thinning when only a subset is drawn.
     */
    static float pointSize(LiftResult r, int total, int drawn) {
        double[] median = Legends.range(r.cloudCamera().xyz(), 2, 3, r.cloudCamera().size(), 0.5, 0.5);
        double spacing = median[0] / r.input().intrinsics().fx() * Math.sqrt((double) total / Math.max(1, drawn));
        return (float) Math.max(MIN_POINT_M, Math.min(MAX_POINT_M, 3.0 * spacing));
    }
}
