package org.spatiallift.app.viewmodel;

import java.util.Locale;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.SupportKind;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;

/** {@link FrameInfo} of a lifted scene. */
final class FrameInfos {

    private FrameInfos() {
    }

    static FrameInfo of(CanonicalFrame f, Intrinsics k) {
        RigidTransform t = f.cameraToCanonical();
        double d = FrameInfo.FRUSTUM_DEPTH_M;
        double[] frustum = new double[15];
        put(frustum, 0, t.apply(Vec3.ZERO));
        double[][] corners = {{0, 0}, {k.width() - 1, 0}, {k.width() - 1, k.height() - 1}, {0, k.height() - 1}};
        for (int c = 0; c < 4; c++) {
            Vec3 camera = new Vec3((corners[c][0] - k.cx()) * d / k.fx(), (corners[c][1] - k.cy()) * d / k.fy(), d);
            put(frustum, c + 1, t.apply(camera));
        }
        double vfov = Math.toDegrees(2 * Math.atan(k.height() / (2 * k.fy())));
        return new FrameInfo(describe(f), f.canonical(), f.cameraHeightM(), f.orientation().pitchDeg(),
                f.orientation().rollDeg(), frustum, vfov, k.horizontalFovDeg());
    }

    private static void put(double[] a, int slot, Vec3 v) {
        a[3 * slot] = v.x();
        a[3 * slot + 1] = v.y();
        a[3 * slot + 2] = v.z();
    }

    static String describe(CanonicalFrame f) {
        if (!f.canonical()) {
            return "Not canonical: " + f.reason();
        }
        return Formats.format(
                "%s found: camera %.2f m above it, pitch %.1f° (down +), roll %.1f° — canonical frame: z up, origin on the %s below the camera",
                f.support() == SupportKind.TABLE ? "Table top" : "Floor",
                f.cameraHeightM(), f.orientation().pitchDeg(), f.orientation().rollDeg(),
                f.support().name().toLowerCase(Locale.ROOT));
    }
}
