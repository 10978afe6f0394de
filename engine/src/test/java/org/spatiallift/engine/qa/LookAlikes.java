package org.spatiallift.engine.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.spatiallift.engine.frame.CameraOrientation;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.SupportKind;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.scene.SceneObject;

/** Random scenes where most objects share one of two names, so descriptions need positions and sizes. */
final class LookAlikes {

    /** A gravity-aligned frame, camera 1.5 m above the floor. */
    static final CanonicalFrame FRAME = new CanonicalFrame(true, SupportKind.FLOOR, "test", null, new Vec3(0, 1, 0),
            null, 1.5, new CameraOrientation(0, 0));

    private LookAlikes() {
    }

    /** {@code n} boxes standing on the floor (or lifted), named "chair", "chair", "cup", ... and one "table". */
    static List<SceneObject> objects(SplittableRandom rng, int n) {
        List<SceneObject> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            double w = rng.nextDouble(0.1, 1.2), d = rng.nextDouble(0.1, 1.2), h = rng.nextDouble(0.1, 1.5);
            double x = rng.nextDouble(-3, 3), y = rng.nextDouble(0.5, 6);
            double z = rng.nextInt(3) == 0 ? rng.nextDouble(0.2, 1.5) : 0;
            Box3 b = new Box3(new Vec3(x - w / 2, y - d / 2, z), new Vec3(x + w / 2, y + d / 2, z + h));
            String name = i == n ? "table" : i % 2 == 0 ? "chair" : "cup";
            out.add(new SceneObject(i, name, 100, 0, b.center(), b, new OrientedBox(b.center(), b.extents(), 0), 0,
                    true, new int[0]));
        }
        return out;
    }
}
