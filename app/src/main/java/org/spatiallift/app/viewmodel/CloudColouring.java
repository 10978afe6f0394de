package org.spatiallift.app.viewmodel;

import java.util.function.IntUnaryOperator;

import org.spatiallift.app.render.ColourMaps;
import org.spatiallift.engine.cloud.PointCloud;

/**
 * Per drawn point colours of a scene in each {@link ColourMode}, with the mode's legend, for the drawn cloud or the
 * voxel cloud (same legends, so switching between them keeps the colours' meaning). Runs on the worker thread.
 */
final class CloudColouring {

    /** Points kept by no object, in instance mode. */
    static final int NO_INSTANCE = 0x4A4D55;
    private static final String HEIGHT_TITLE = "height above the floor (m, canonical z)";
    private static final String DEPTH_TITLE = "depth along the optical axis (m, camera z)";

    private CloudColouring() {
    }

    /** Colours of the drawn points ({@code cloud}, a subset of the lifted cloud). */
    static CloudColours colours(SceneModel scene, CloudData cloud, ColourMode mode) {
        int n = cloud.count();
        int[] rgb = new int[n];
        IntUnaryOperator index = scene::cloudIndexOfDrawn;
        ColourLegend legend = null;
        switch (mode) {
            case RGB -> {
                int[] src = scene.result().cloudCanonical().rgb();
                for (int k = 0; k < n; k++) {
                    rgb[k] = src[index.applyAsInt(k)];
                }
            }
            case INSTANCE -> instances(scene, index, n, rgb);
            case HEIGHT -> legend = heat(scene.result().cloudCanonical(), scene.result().cloudCanonical().xyz(), index,
                    n, rgb, HEIGHT_TITLE, true);
            case DEPTH -> legend = heat(scene.result().cloudCamera(), scene.result().cloudCamera().xyz(), index, n, rgb,
                    DEPTH_TITLE, false);
            default -> throw new IllegalArgumentException("no colouring for " + mode);
        }
        return CloudGeometry.colours(mode, rgb, cloud, legend);
    }

    /**
     * Colours of the voxel cloud ({@code voxels}, in the order of the result's voxel cloud): its mean colours, the
     * object of each voxel's first point, or its height or depth on the drawn cloud's scale.
     */
    static CloudColours voxelColours(SceneModel scene, CloudData voxels, ColourMode mode) {
        PointCloud camera = scene.result().voxelCamera();
        int n = voxels.count();
        int[] rgb = new int[n];
        IntUnaryOperator own = k -> k;
        ColourLegend legend = null;
        switch (mode) {
            case RGB -> System.arraycopy(camera.rgb(), 0, rgb, 0, n);
            case INSTANCE -> instances(scene, k -> scene.pointOfPixel(camera.pixel()[k]), n, rgb);
            case HEIGHT -> legend = heat(scene.result().cloudCanonical(), voxels.xyz(), own, n, rgb, HEIGHT_TITLE, true);
            case DEPTH -> legend = heat(scene.result().cloudCamera(), camera.xyz(), own, n, rgb, DEPTH_TITLE, false);
            default -> throw new IllegalArgumentException("no colouring for " + mode);
        }
        return CloudGeometry.colours(mode, rgb, voxels, legend);
    }

    /** Instance colours of the objects that kept cloud points {@code index(k)}, k in [0, n). */
    private static void instances(SceneModel scene, IntUnaryOperator index, int n, int[] rgb) {
        for (int k = 0; k < n; k++) {
            int i = index.applyAsInt(k);
            int id = i < 0 ? 0 : scene.objectOf(i);
            rgb[k] = id == 0 ? NO_INSTANCE : ColourMaps.instance(id);
        }
    }

    /**
     * Heat colours of the z of points {@code index(k)} of {@code xyz}, k in [0, n), over the 1–99 % range of z in
     * {@code scale} (from 0 when {@code fromZero}).
     */
    private static ColourLegend heat(PointCloud scale, float[] xyz, IntUnaryOperator index, int n, int[] rgb,
                                     String title, boolean fromZero) {
        double[] r = Legends.range(scale.xyz(), 2, 3, scale.size(), 0.01, 0.99);
        double lo = fromZero ? Math.min(0, r[0]) : r[0];
        double hi = r[1];
        double inverse = 1.0 / Math.max(1e-6, hi - lo);
        for (int k = 0; k < n; k++) {
            rgb[k] = ColourMaps.heat((xyz[3 * index.applyAsInt(k) + 2] - lo) * inverse);
        }
        return Legends.heat(title, lo, hi);
    }
}
