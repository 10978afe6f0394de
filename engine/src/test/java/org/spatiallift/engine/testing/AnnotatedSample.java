package org.spatiallift.engine.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.spatiallift.engine.frame.CameraOrientation;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.sample.GroundTruth;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.TruthObject;

/**
 * Annotations of a generated scene in the ground-truth format (docs/ground-truth-format.md): each object's whole
 * axis-aligned canonical box moved into the camera frame (axis 0 = canonical x, axis 1 = down, axis 2 = canonical y),
 * and the true gravity. For tests of objects from annotations without the shared data.
 */
public final class AnnotatedSample {

    private AnnotatedSample() {
    }

    /** Writes {@code file} with the annotations of {@code scene}; {@code complete} sets the "complete" flag. */
    public static Path write(SampleScene scene, Path file, boolean complete) throws IOException {
        GroundTruth t = scene.truth();
        Vec3 down = t.orientation().downCamera();
        RigidTransform toCamera = CameraOrientation.cameraToCanonical(down, t.cameraHeightM()).inverse();
        Vec3 a0 = toCamera.applyToDirection(Vec3.UNIT_X);
        Vec3 a1 = toCamera.applyToDirection(new Vec3(0, 0, -1));
        Vec3 a2 = a0.cross(a1);
        StringBuilder json = new StringBuilder();
        json.append("{\"complete\": ").append(complete).append(", \"gravity_down_in_camera\": ").append(list(down))
                .append(", \"objects\": [");
        for (int i = 0; i < t.objects().size(); i++) {
            TruthObject o = t.objects().get(i);
            Box3 b = o.boxCanonical();
            Vec3 e = b.extents();
            json.append(i == 0 ? "" : ", ").append("{\"name\": \"").append(o.name()).append("\", \"centre\": ")
                    .append(list(toCamera.apply(b.center()))).append(", \"size\": ")
                    .append(list(new Vec3(e.x(), e.z(), e.y()))).append(", \"R_cam\": [")
                    .append(list(new Vec3(a0.x(), a1.x(), a2.x()))).append(", ")
                    .append(list(new Vec3(a0.y(), a1.y(), a2.y()))).append(", ")
                    .append(list(new Vec3(a0.z(), a1.z(), a2.z()))).append("]}");
        }
        json.append("]}");
        return Files.writeString(file, json.toString());
    }

    private static String list(Vec3 v) {
        return String.format(Locale.ROOT, "[%.9f, %.9f, %.9f]", v.x(), v.y(), v.z());
    }
}
