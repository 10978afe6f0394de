package org.spatiallift.app.viewmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spatiallift.app.render.ColourMaps;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.scene.ObjectDescription;
import org.spatiallift.engine.scene.SceneObject;

/** {@link ObjectMarker}s of a lifted scene; runs on the worker thread. */
final class ObjectMarkers {

    private ObjectMarkers() {
    }

    static List<ObjectMarker> of(LiftResult result) {
        List<ObjectMarker> markers = new ArrayList<>();
        for (SceneObject o : result.objects()) {
            markers.add(marker(o, result.cloudCanonical(), result.input().depth().width()));
        }
        return markers;
    }

    static ObjectMarker marker(SceneObject o, PointCloud canonical, int imageWidth) {
        int[] idx = o.cloudIndices();
        long r = 0, g = 0, b = 0;
        int[] us = new int[idx.length];
        int[] vs = new int[idx.length];
        for (int k = 0; k < idx.length; k++) {
            int c = canonical.rgb()[idx[k]];
            r += (c >> 16) & 0xFF;
            g += (c >> 8) & 0xFF;
            b += c & 0xFF;
            int pixel = canonical.pixel()[idx[k]];
            us[k] = pixel % imageWidth;
            vs[k] = pixel / imageWidth;
        }
        int n = Math.max(1, idx.length);
        int mean = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
        Arrays.sort(us);
        Arrays.sort(vs);
        double captionU = idx.length == 0 ? 0 : us[idx.length / 2];
        double captionV = idx.length == 0 ? 0 : vs[idx.length / 2];
        var box = o.boxCanonical();
        var e = box.extents();
        return new ObjectMarker(o.id(), o.name(), ColourMaps.instance(o.id()), mean, o.centroidCanonical().toArray(),
                box.min().toArray(), box.max().toArray(), new double[] {e.x(), e.y(), e.z()}, o.bottomAboveFloorM(),
                o.onFloor(), o.pointCount(), o.droppedPoints(), sample(idx, canonical, ObjectMarker.SAMPLES),
                sample(idx, canonical, ObjectMarker.HIGHLIGHT_POINTS), captionU, captionV,
                o.completeness().words(), words(o));
    }

    static ObjectWords words(SceneObject o) {
        ObjectDescription d = o.description();
        if (d == null) {
            return new ObjectWords(o.detectorScore(), null, 0, null, null, null, o.rejection());
        }
        return new ObjectWords(o.detectorScore(), d.color(), d.colorShare(), d.caption(), d.referringExpression(),
                d.ambiguityReason(), o.rejection());
    }

    /** Up to {@code max} of the points, evenly spread over the list, xyz interleaved. */
    private static float[] sample(int[] idx, PointCloud cloud, int max) {
        int n = Math.min(max, idx.length);
        float[] out = new float[3 * n];
        for (int k = 0; k < n; k++) {
            int i = idx[(int) ((long) k * idx.length / n)];
            System.arraycopy(cloud.xyz(), 3 * i, out, 3 * k, 3);
        }
        return out;
    }
}
