package org.spatiallift.engine.sample;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;

/** Test helpers that read a rendered scene back: back-projection, hue and floor share, written independently of the renderer. */
final class ScenePixels {

    private ScenePixels() {
    }

    /** Pixel (u, v) with its depth z back-projected, x = (u − cx)·z/fx, y = (v − cy)·z/fy, camera frame. */
    static Vec3 camera(SampleScene scene, int u, int v) {
        Intrinsics k = scene.intrinsics();
        double z = scene.depth().at(u, v);
        return new Vec3((u - k.cx()) * z / k.fx(), (v - k.cy()) * z / k.fy(), z);
    }

    /** The same point in the canonical frame of the scene's ground truth. */
    static Vec3 canonical(SampleScene scene, int u, int v) {
        return toCanonical(scene).apply(camera(scene, u, v));
    }

    static RigidTransform toCanonical(SampleScene scene) {
        return scene.truth().orientation().cameraToCanonical(scene.truth().cameraHeightM());
    }

    /** Share of all pixels that are room (label 0) with depth whose canonical z is within 5 mm of the floor. */
    static double floorShare(SampleScene scene) {
        RigidTransform t = toCanonical(scene);
        int w = scene.depth().width(), h = scene.depth().height(), floor = 0;
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                if (scene.labels().at(u, v) == 0 && scene.depth().at(u, v) > 0
                        && Math.abs(t.apply(camera(scene, u, v)).z()) < 0.005) {
                    floor++;
                }
            }
        }
        return floor / (double) (w * h);
    }

    /** Hue of 0xRRGGBB in degrees [0, 360) (HSV); NaN for grey. */
    static double hueDeg(int rgb) {
        double r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        double max = Math.max(r, Math.max(g, b)), min = Math.min(r, Math.min(g, b)), c = max - min;
        if (c == 0) {
            return Double.NaN;
        }
        double h = max == r ? ((g - b) / c) % 6 : max == g ? (b - r) / c + 2 : (r - g) / c + 4;
        return (h * 60 + 360) % 360;
    }

    /** Smallest angle between two hues in degrees. */
    static double hueDistance(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }
}
