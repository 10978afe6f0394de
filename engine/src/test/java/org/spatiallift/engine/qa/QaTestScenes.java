package org.spatiallift.engine.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;

/** Hand-built QA scenes: boxes given by their bounds in the canonical frame, no lift involved. */
public final class QaTestScenes {

    private QaTestScenes() {
    }

    /** An object named {@code name} ("the {name}") with the axis-aligned box min..max (oriented box = the same). */
    public static QaObject box(int id, String name, double x0, double y0, double z0, double x1, double y1, double z1) {
        Box3 b = new Box3(new Vec3(x0, y0, z0), new Vec3(x1, y1, z1));
        return new QaObject(id, name, "the " + name, b, new OrientedBox(b.center(), b.extents(), 0));
    }

    /** An object standing on the floor, centred at (x, y), with width w (x), depth d (y) and height h (z). */
    public static QaObject standing(int id, String name, double x, double y, double w, double d, double h) {
        return box(id, name, x - w / 2, y - d / 2, 0, x + w / 2, y + d / 2, h);
    }

    public static QaScene scene(List<QaObject> objects) {
        return QaScene.ofObjects("test", objects, true, 1.5, SceneSource.SYNTHETIC);
    }

    /** {@code n} random boxes (some lifted off the floor) in front of a camera 1.5 m high; names "obj i". */
    public static List<QaObject> randomObjects(SplittableRandom rng, int n) {
        List<QaObject> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            double w = rng.nextDouble(0.1, 1.2), d = rng.nextDouble(0.1, 1.2), h = rng.nextDouble(0.1, 1.5);
            double x = rng.nextDouble(-3, 3), y = rng.nextDouble(0.5, 6);
            double z = rng.nextInt(3) == 0 ? rng.nextDouble(0.2, 1.5) : 0;
            out.add(box(i, "obj " + i, x - w / 2, y - d / 2, z, x + w / 2, y + d / 2, z + h));
        }
        return out;
    }
}
