package org.spatiallift.app.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaPair;

/**
 * The marks of what a QA measured, in the canonical frame (metres; c = box centre, lo/hi = box bounds), following
 * docs/qa-categories.md: distances as a line (centre to centre; closest points for surface distance and gap),
 * heights and elevations as a vertical bar, offsets and directions as an arrow from B towards A along the axis
 * compared. Image pixels come from the pinhole model: p_camera = R⁻¹·(p − t), u = fx·x/z + cx, v = fy·y/z + cy.
 */
final class QaOverlays {

    /** Categories whose marks need only the first object. */
    private static final Set<String> ONE_OBJECT = Set.of("width", "depth", "height", "elevation",
            "distance_from_camera", "taller", "shorter", "choose_taller", "choose_shorter", "height_ratio",
            "order_by_height");
    private final RigidTransform canonicalToCamera;
    private final Intrinsics intrinsics;
    private final double cameraHeightM;
    private final LengthUnit unit;

    QaOverlays(LiftResult lift, LengthUnit unit) {
        this.canonicalToCamera = lift.frame().cameraToCanonical().inverse();
        this.intrinsics = lift.input().intrinsics();
        this.cameraHeightM = lift.frame().cameraHeightM();
        this.unit = unit;
    }

    List<OverlaySegment> of(QaPair qa) {
        return of(qa.category(), qa.objects());
    }

    /**
     * The marks of what {@code category} measured on {@code o} (in the category's object order); none for a category
     * drawn by the highlight alone, or for no category (null: a summary, a list of objects within a distance).
     */
    List<OverlaySegment> of(String category, List<QaObject> o) {
        List<OverlaySegment> out = new ArrayList<>();
        if (category == null || o.isEmpty()) {
            return out;
        }
        Box3 a = o.get(0).boxCanonical();
        Box3 b = o.size() > 1 ? o.get(1).boxCanonical() : null;
        if (b == null && !ONE_OBJECT.contains(category)) {
            return out; // a two-object category named one object only (an unanswered question): nothing measured
        }
        Vec3 ca = a.center();
        switch (category) {
            case "centre_distance" -> out.add(line(ca, b.center(), "centre distance"));
            case "horizontal_distance" -> {
                double z = (ca.z() + b.center().z()) / 2;
                out.add(line(new Vec3(ca.x(), ca.y(), z), new Vec3(b.center().x(), b.center().y(), z),
                        "horizontal distance"));
            }
            case "surface_distance" -> {
                Vec3 pa = closest(a, b.center());
                out.add(line(pa, closest(b, pa), "surface distance"));
            }
            case "gap" -> {
                Vec3 pa = closest(a, b.center());
                Vec3 pb = closest(b, pa);
                out.add(line(new Vec3(pa.x(), pa.y(), 0), new Vec3(pb.x(), pb.y(), 0), "gap on the floor"));
            }
            case "distance_from_camera" -> out.add(line(new Vec3(0, 0, cameraHeightM), ca, "distance from the camera"));
            case "width" -> out.add(line(new Vec3(a.min().x(), ca.y(), ca.z()), new Vec3(a.max().x(), ca.y(), ca.z()),
                    "width (x)"));
            case "depth" -> out.add(line(new Vec3(ca.x(), a.min().y(), ca.z()), new Vec3(ca.x(), a.max().y(), ca.z()),
                    "depth (y)"));
            case "height", "taller", "shorter", "choose_taller", "choose_shorter", "height_ratio", "order_by_height" ->
                    o.forEach(x -> out.add(heightBar(x.boxCanonical())));
            case "elevation" -> out.add(segment(OverlaySegment.Shape.BAR, new Vec3(ca.x(), ca.y(), 0),
                    new Vec3(ca.x(), ca.y(), a.min().z()), "elevation above the floor"));
            case "vertical_distance" -> out.add(segment(OverlaySegment.Shape.BAR, ca,
                    new Vec3(ca.x(), ca.y(), b.center().z()), "vertical distance"));
            case "left_right_offset", "left_of", "right_of", "choose_left", "choose_right" -> out.add(arrow(b, ca, 0));
            case "front_back_offset", "in_front_of", "behind", "choose_front", "choose_behind" -> out.add(arrow(b, ca, 1));
            case "above", "below", "choose_above", "choose_below" -> out.add(arrow(b, ca, 2));
            default -> {
                // relations shown by the highlighted objects alone
            }
        }
        return out;
    }

    /** An arrow from B's centre to A's coordinate along {@code axis} (0 x, 1 y, 2 z), the rest kept at B's centre. */
    private OverlaySegment arrow(Box3 b, Vec3 ca, int axis) {
        double[] from = b.center().toArray();
        double[] to = from.clone();
        to[axis] = ca.toArray()[axis];
        String name = switch (axis) {
            case 0 -> "offset along x";
            case 1 -> "offset along y";
            default -> "offset along z";
        };
        return segment(OverlaySegment.Shape.ARROW, vec(from), vec(to), name);
    }

    private OverlaySegment heightBar(Box3 box) {
        Vec3 c = box.center();
        return segment(OverlaySegment.Shape.BAR, new Vec3(c.x(), c.y(), box.min().z()),
                new Vec3(c.x(), c.y(), box.max().z()), "height");
    }

    private OverlaySegment line(Vec3 a, Vec3 b, String what) {
        return segment(OverlaySegment.Shape.LINE, a, b, what);
    }

    private OverlaySegment segment(OverlaySegment.Shape shape, Vec3 a, Vec3 b, String what) {
        String label = what + " " + Formats.length(a.distanceTo(b), unit) + ", canonical frame";
        return new OverlaySegment(shape, a.toArray(), b.toArray(), pixel(a), pixel(b), label);
    }

    /** Image pixel (u, v) of a canonical point, or null when it lies behind the camera. */
    double[] pixel(Vec3 canonical) {
        Vec3 p = canonicalToCamera.apply(canonical);
        if (p.z() <= 1e-6) {
            return null;
        }
        return new double[] {intrinsics.fx() * p.x() / p.z() + intrinsics.cx(),
            intrinsics.fy() * p.y() / p.z() + intrinsics.cy()};
    }

    /** The point of {@code box} nearest {@code p} (p clamped to the box). */
    static Vec3 closest(Box3 box, Vec3 p) {
        return new Vec3(clamp(p.x(), box.min().x(), box.max().x()), clamp(p.y(), box.min().y(), box.max().y()),
                clamp(p.z(), box.min().z(), box.max().z()));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static Vec3 vec(double[] p) {
        return new Vec3(p[0], p[1], p[2]);
    }

    /** "1.234 m", "2 o'clock", "0.62 ratio", "3 count": the QA's measured value with its unit. */
    static String value(QaPair qa, LengthUnit unit) {
        if (qa.value() == null) {
            return "";
        }
        return switch (qa.unit()) {
            case "m" -> Formats.length(qa.value(), unit);
            case "count" -> Formats.format("%.0f (count)", qa.value());
            case "o'clock" -> Formats.format("%.1f o'clock", qa.value());
            default -> Formats.format("%.3f (%s)", qa.value(), qa.unit());
        };
    }
}
