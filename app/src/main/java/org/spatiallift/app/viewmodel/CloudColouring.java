package org.spatiallift.app.viewmodel;

import org.spatiallift.app.render.ColourMaps;
import org.spatiallift.engine.cloud.PointCloud;

/** Per drawn point colours of a scene in each {@link ColourMode}, with the mode's legend. Runs on the worker thread. */
final class CloudColouring {

    /** Points kept by no object, in instance mode. */
    static final int NO_INSTANCE = 0x4A4D55;

    private CloudColouring() {
    }

    static CloudColours colours(SceneModel scene, CloudData cloud, ColourMode mode) {
        int n = cloud.count();
        int[] rgb = new int[n];
        ColourLegend legend = null;
        switch (mode) {
            case RGB -> {
                int[] src = scene.result().cloudCanonical().rgb();
                for (int k = 0; k < n; k++) {
                    rgb[k] = src[scene.cloudIndexOfDrawn(k)];
                }
            }
            case INSTANCE -> {
                for (int k = 0; k < n; k++) {
                    int id = scene.objectOf(scene.cloudIndexOfDrawn(k));
                    rgb[k] = id == 0 ? NO_INSTANCE : ColourMaps.instance(id);
                }
            }
            case HEIGHT -> legend = byValue(scene.result().cloudCanonical(), 2, scene, n, rgb,
                    "height above the floor (m, canonical z)", true);
            case DEPTH -> legend = byValue(scene.result().cloudCamera(), 2, scene, n, rgb,
                    "depth along the optical axis (m, camera z)", false);
            default -> throw new IllegalArgumentException("no colouring for " + mode);
        }
        return CloudGeometry.colours(mode, rgb, cloud, legend);
    }

    /** Heat colours of coordinate {@code axis} of {@code cloud} over its 1–99 % range (from 0 when {@code fromZero}). */
    private static ColourLegend byValue(PointCloud cloud, int axis, SceneModel scene, int n, int[] rgb, String title,
                                        boolean fromZero) {
        double[] r = Legends.range(cloud.xyz(), axis, 3, cloud.size(), 0.01, 0.99);
        double lo = fromZero ? Math.min(0, r[0]) : r[0];
        double hi = r[1];
        double scale = 1.0 / Math.max(1e-6, hi - lo);
        float[] xyz = cloud.xyz();
        for (int k = 0; k < n; k++) {
            rgb[k] = ColourMaps.heat((xyz[3 * scene.cloudIndexOfDrawn(k) + axis] - lo) * scale);
        }
        return Legends.heat(title, lo, hi);
    }
}
