package org.spatiallift.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spatiallift.app.render.ColourMaps;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.pipeline.LiftResult;

/** The 2D layers of a lifted scene (see {@link ImageLayers}); runs on the worker thread. */
final class ImageLayersBuilder {

    static final int MISSING_ARGB = 0xD0FF00FF;
    static final int FLOOR_RGB = 0x39D353;
    static final int MASK_ALPHA = 0x50;
    static final int OUTLINE_PX = 2;
    private static final int DROPPED_ALPHA = 0xE0;

    private ImageLayersBuilder() {
    }

    static ImageLayers build(SceneModel scene, List<ObjectMarker> markers) {
        LiftResult r = scene.result();
        int w = scene.width(), h = scene.height();
        List<Caption> captions = new ArrayList<>();
        for (ObjectMarker o : markers) {
            captions.add(new Caption(o.id(), o.name(), o.captionU(), o.captionV(), o.rgb()));
        }
        DepthImage depth = r.input().depth();
        double[] range = Legends.range(r.cloudCamera().xyz(), 2, 3, r.cloudCamera().size(), 0.01, 0.99);
        return new ImageLayers(w, h, rgb(r.input().color()), depthHeat(depth, range, r.parameters().minDepthM(),
                r.parameters().maxDepthM()), masks(scene), floor(r), missing(depth, r.parameters().minDepthM(),
                r.parameters().maxDepthM()), captions,
                Legends.heat("depth along the optical axis (m, camera z)", range[0], range[1]), floorDescription(r));
    }

    static ImagePixels rgb(ColorImage c) {
        int[] argb = new int[c.rgb().length];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | c.rgb()[i];
        }
        return new ImagePixels(c.width(), c.height(), argb);
    }

    /** Depths in (min, max] as heat colours over {@code range}; other pixels clear. */
    static ImagePixels depthHeat(DepthImage d, double[] range, double min, double max) {
        float[] m = d.metres();
        int[] argb = new int[m.length];
        double scale = 1.0 / Math.max(1e-6, range[1] - range[0]);
        for (int i = 0; i < m.length; i++) {
            float z = m[i];
            if (z > min && z <= max) {
                argb[i] = 0xFF000000 | ColourMaps.heat((z - range[0]) * scale);
            }
        }
        return new ImagePixels(d.width(), d.height(), argb);
    }

    /**
     * Label-map pixels in their instance colour: a translucent fill (alpha {@value #MASK_ALPHA}/255 ≈ 0.31, so the
     * object's own colour still dominates: a teal sofa stays teal) with an opaque outline {@value #OUTLINE_PX} px wide
     * along the mask's edge, and opaque diagonal stripes where the object dropped the pixel's point (mask bleeding
     * across a depth edge, or no depth), so bleeding shows at a glance.
     */
    static ImagePixels masks(SceneModel scene) {
        LiftResult r = scene.result();
        int w = scene.width(), h = scene.height();
        int[] argb = new int[w * h];
        if (r.input().labels() == null) {
            return new ImagePixels(w, h, argb);
        }
        int[] ids = r.input().labels().labels().ids();
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                int p = v * w + u;
                int id = ids[p];
                if (id == 0) {
                    continue;
                }
                int colour = ColourMaps.instance(id);
                if (onEdge(ids, w, h, u, v)) {
                    argb[p] = 0xFF000000 | colour;
                    continue;
                }
                int point = scene.pointAt(u, v);
                boolean kept = point >= 0 && scene.objectOf(point) == id;
                if (kept) {
                    argb[p] = MASK_ALPHA << 24 | colour;
                } else if (((u + v) / 3) % 2 == 0) {
                    argb[p] = DROPPED_ALPHA << 24 | colour;
                }
            }
        }
        return new ImagePixels(w, h, argb);
    }

    /**
     * Whether pixel (u, v) lies within {@value #OUTLINE_PX} px (along a row or column) of a pixel of another label,
     * inside the image: the outline is drawn inside the mask, so neighbouring masks each keep their own.
     */
    static boolean onEdge(int[] ids, int w, int h, int u, int v) {
        int id = ids[v * w + u];
        for (int d = 1; d <= OUTLINE_PX; d++) {
            if (u - d >= 0 && ids[v * w + u - d] != id || u + d < w && ids[v * w + u + d] != id
                    || v - d >= 0 && ids[(v - d) * w + u] != id || v + d < h && ids[(v + d) * w + u] != id) {
                return true;
            }
        }
        return false;
    }

    /** Pixels whose point lies within the RANSAC threshold of the support plane. */
    static ImagePixels floor(LiftResult r) {
        int w = r.input().depth().width(), h = r.input().depth().height();
        int[] argb = new int[w * h];
        Plane plane = r.frame().supportPlaneCamera();
        if (plane == null) {
            return new ImagePixels(w, h, argb);
        }
        PointCloud c = r.cloudCamera();
        double t = r.parameters().ransacThresholdM();
        float[] xyz = c.xyz();
        for (int i = 0; i < c.size(); i++) {
            if (Math.abs(plane.signedDistance(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2])) <= t) {
                argb[c.pixel()[i]] = 0xA0000000 | FLOOR_RGB;
            }
        }
        return new ImagePixels(w, h, argb);
    }

    /** Pixels without depth in (min, max]: no depth at all, or cut by the depth range. */
    static ImagePixels missing(DepthImage d, double min, double max) {
        float[] m = d.metres();
        int[] argb = new int[m.length];
        for (int i = 0; i < m.length; i++) {
            float z = m[i];
            if (!(z > min && z <= max)) {
                argb[i] = MISSING_ARGB;
            }
        }
        return new ImagePixels(d.width(), d.height(), argb);
    }

    static String floorDescription(LiftResult r) {
        if (r.frame().supportPlaneCamera() == null) {
            return "no floor found: " + r.frame().reason();
        }
        return Formats.format("%s-plane inliers: points within %.3f m of the plane",
                r.frame().support().name().toLowerCase(Locale.ROOT), r.parameters().ransacThresholdM());
    }
}
