package org.spatiallift.engine.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.Vec3;

/**
 * A {@link SceneSpec} resolved into the canonical frame: each object's base height (0 on the floor, the top of its
 * support otherwise), its primitives, and the analytic axis-aligned box of the whole object.
 *
 * <p>A part with object-frame centre q and half edges (a, b, c) of an object at (x, y, z0) with yaw ψ has its
 * canonical centre (x + q'·cos ψ − q''·sin ψ, y + q'·sin ψ + q''·cos ψ, z0 + q_z), and its canonical half extents are
 * (|cos ψ|·a + |sin ψ|·b, |sin ψ|·a + |cos ψ|·b, c) for a box and (r, r, c) for a vertical cylinder or a sphere of
 * radius r; the object's box is the union over its parts.
 */
final class SceneLayout {

    private static final double CAMERA_CLEARANCE_M = 0.05;

    private final SceneSpec spec;
    private final List<Primitive> primitives;
    private final Box3[] boxes;

    private SceneLayout(SceneSpec spec, List<Primitive> primitives, Box3[] boxes) {
        this.spec = spec;
        this.primitives = List.copyOf(primitives);
        this.boxes = boxes;
    }

    /** Resolves {@code spec}; throws {@link IllegalArgumentException} naming the object when it leaves the room. */
    static SceneLayout of(SceneSpec spec) {
        List<ObjectSpec> objects = spec.objects();
        Box3[] boxes = new Box3[objects.size()];
        List<Primitive> primitives = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            ObjectSpec o = objects.get(i);
            double baseZ = 0;
            if (o.onName() != null) {
                Box3 support = boxes[indexOf(objects, o.onName())];
                if (o.xM() < support.min().x() || o.xM() > support.max().x()
                        || o.yM() < support.min().y() || o.yM() > support.max().y()) {
                    throw new IllegalArgumentException("object \"" + o.name() + "\" at (" + o.xM() + ", " + o.yM()
                            + ") m is not above \"" + o.onName() + "\", which it should stand on");
                }
                baseZ = support.max().z();
            }
            double yaw = Math.toRadians(o.yawDeg()), c = Math.cos(yaw), s = Math.sin(yaw);
            double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (PartSpec p : o.parts()) {
                Vec3 q = p.centerLocal();
                double px = o.xM() + c * q.x() - s * q.y(), py = o.yM() + s * q.x() + c * q.y(), pz = baseZ + q.z();
                double a = p.dims().x() / 2, b = p.dims().y() / 2, h = p.dims().z() / 2;
                double ex = p.shape() == Shape.BOX ? Math.abs(c) * a + Math.abs(s) * b : a;
                double ey = p.shape() == Shape.BOX ? Math.abs(s) * a + Math.abs(c) * b : a;
                double[] center = {px, py, pz}, half = {ex, ey, h};
                for (int k = 0; k < 3; k++) {
                    lo[k] = Math.min(lo[k], center[k] - half[k]);
                    hi[k] = Math.max(hi[k], center[k] + half[k]);
                }
                primitives.add(new Primitive(i, p.shape(), px, py, pz, a, b, h, yaw));
            }
            boxes[i] = new Box3(new Vec3(lo[0], lo[1], lo[2]), new Vec3(hi[0], hi[1], hi[2]));
            checkInsideRoom(o, boxes[i], spec);
        }
        return new SceneLayout(spec, primitives, boxes);
    }

    private static int indexOf(List<ObjectSpec> objects, String name) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no object called \"" + name + "\"");
    }

    private static void checkInsideRoom(ObjectSpec o, Box3 box, SceneSpec spec) {
        RoomSpec room = spec.room();
        if (!room.containsFootprint(box.min().x(), box.min().y()) || !room.containsFootprint(box.max().x(), box.max().y())
                || box.max().z() > room.wallHeightM()) {
            throw new IllegalArgumentException("object \"" + o.name() + "\" (box " + format(box.min()) + " to "
                    + format(box.max()) + " m) does not fit in the room (x from " + (-room.leftM()) + " to " + room.rightM()
                    + ", y from " + (-room.backM()) + " to " + room.frontM() + ", z up to " + room.wallHeightM() + " m)");
        }
        double h = spec.camera().heightM(), m = CAMERA_CLEARANCE_M;
        if (box.min().x() - m < 0 && box.max().x() + m > 0 && box.min().y() - m < 0 && box.max().y() + m > 0
                && box.min().z() - m < h && box.max().z() + m > h) {
            throw new IllegalArgumentException("object \"" + o.name() + "\" encloses the camera at (0, 0, " + h + ") m");
        }
    }

    private static String format(Vec3 p) {
        return String.format(Locale.ROOT, "(%.3f, %.3f, %.3f)", p.x(), p.y(), p.z());
    }

    SceneSpec spec() {
        return spec;
    }

    List<Primitive> primitives() {
        return primitives;
    }

    /** The canonical axis-aligned box of the whole object at {@code index}. */
    Box3 box(int index) {
        return boxes[index];
    }

    /** Ground truth of the object at {@code index}, given its visible fraction. */
    TruthObject truth(int index, double visibleFraction) {
        ObjectSpec o = spec.objects().get(index);
        return new TruthObject(SceneSpec.idOf(index), o.name(), o.rgb(), o.shape().key(), boxes[index], o.dims(),
                o.yawDeg(), visibleFraction);
    }
}
