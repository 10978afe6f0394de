package org.spatiallift.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.scene.SceneObject;

/** Turns an engine {@link LiftResult} into a {@link SceneSnapshot} for the views. */
final class SceneSnapshots {

    /** Above this many points the 3D view draws an even subset (level of detail comes with the inspection app). */
    static final int MAX_DRAWN_POINTS = 250_000;

    private SceneSnapshots() {
    }

    static SceneSnapshot from(String title, LiftResult result) {
        List<ObjectMarker> markers = new ArrayList<>();
        for (SceneObject o : result.objects()) {
            markers.add(marker(o, result.cloudCanonical()));
        }
        return new SceneSnapshot(title, pixels(result.input().color()), cloud(result.cloudCanonical()), markers,
                describe(result.frame()), result.warnings());
    }

    static String describe(CanonicalFrame f) {
        if (!f.canonical()) {
            return "Not canonical: " + f.reason();
        }
        return String.format(Locale.ROOT,
                "%s found: camera %.2f m above it, pitch %.1f° (down +), roll %.1f° — canonical frame: z up, origin on the %s below the camera",
                f.support() == org.spatiallift.engine.frame.SupportKind.TABLE ? "Table top" : "Floor",
                f.cameraHeightM(), f.orientation().pitchDeg(), f.orientation().rollDeg(),
                f.support().name().toLowerCase(Locale.ROOT));
    }

    private static ImagePixels pixels(ColorImage c) {
        int[] argb = new int[c.rgb().length];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | c.rgb()[i];
        }
        return new ImagePixels(c.width(), c.height(), argb);
    }

    private static CloudData cloud(PointCloud pc) {
        int stride = Math.max(1, (pc.size() + MAX_DRAWN_POINTS - 1) / MAX_DRAWN_POINTS);
        int n = (pc.size() + stride - 1) / stride;
        float[] xyz = new float[3 * n];
        int[] rgb = new int[n];
        for (int k = 0, i = 0; k < n; k++, i += stride) {
            System.arraycopy(pc.xyz(), 3 * i, xyz, 3 * k, 3);
            rgb[k] = pc.rgb()[i];
        }
        return new CloudData(n, xyz, rgb, pc.size());
    }

    private static ObjectMarker marker(SceneObject o, PointCloud canonical) {
        long r = 0, g = 0, b = 0;
        for (int i : o.cloudIndices()) {
            int c = canonical.rgb()[i];
            r += (c >> 16) & 0xFF;
            g += (c >> 8) & 0xFF;
            b += c & 0xFF;
        }
        int n = Math.max(1, o.cloudIndices().length);
        int mean = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
        int samples = Math.min(ObjectMarker.SAMPLES, o.cloudIndices().length);
        float[] sample = new float[3 * samples];
        for (int k = 0; k < samples; k++) {
            int i = o.cloudIndices()[(int) ((long) k * o.cloudIndices().length / samples)];
            System.arraycopy(canonical.xyz(), 3 * i, sample, 3 * k, 3);
        }
        var e = o.boxCanonical().extents();
        return new ObjectMarker(o.id(), o.name(), mean, o.centroidCanonical().toArray(),
                new double[] {e.x(), e.y(), e.z()}, o.pointCount(), sample);
    }
}
