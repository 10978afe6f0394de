package org.spatiallift.engine.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Checks a QA against a lift's own objects, written from the definitions in docs/qa-categories.md and nothing else:
 * it does not call the category classes, the scene geometry or the describer, so a wrong formula there shows up as
 * a disagreement here. Each object of a QA is found in the lift by id; its box is the lift's canonical
 * axis-aligned box, its size {@code s} the cube root of its oriented box's volume, the camera at (0, 0, h).
 *
 * <p>The QA's answer must be what the definition gives: yes/no, the chosen object's referring expression, the order,
 * and the measured value (to 1e-6, boxes being single precision), for counts and hours exactly. Where a category asks
 * only past a margin (near-ties are skipped), a "yes" must satisfy the yes-condition and a "no" the no-condition of
 * the definition. The objects must carry the lift's referring expressions (or one of its alternatives), and those
 * must be unique in the lift.
 */
final class DefinitionCheck {

    private static final double EPS = 1e-6;
    private static final Pattern NEAR_T = Pattern.compile("(half a meter|\\d+(?:\\.\\d+)? (?:meters?|feet))");

    private final Map<Integer, SceneObject> byId;
    private final double h;
    private final Margins margins;

    DefinitionCheck(LiftResult lift, Margins margins) {
        this.byId = lift.objects().stream().collect(Collectors.toMap(SceneObject::id, Function.identity()));
        this.h = lift.frame().cameraHeightM();
        this.margins = margins;
    }

    /** The expression the QA being checked names each object by (its referring expression or an alternative). */
    private final Map<Integer, String> used = new HashMap<>();

    /** What is wrong with {@code qa} (empty when it agrees with the lift's geometry). */
    List<String> problems(QaPair qa) {
        List<String> out = new ArrayList<>();
        used.clear();
        List<SceneObject> o = new ArrayList<>();
        for (QaObject q : qa.objects()) {
            SceneObject s = byId.get(q.id());
            if (s == null) {
                out.add("object " + q.id() + " is not in the lift");
                return out;
            }
            if (s.description() == null || s.description().ambiguous()) {
                out.add("object " + q.id() + " is ambiguous in the lift but was asked about");
            } else if (!s.description().referringExpression().equals(q.description())
                    && !s.description().alternatives().contains(q.description())) {
                out.add("object " + q.id() + " is \"" + q.description() + "\", the lift calls it \""
                        + s.description().referringExpression() + "\" or " + s.description().alternatives());
            }
            used.put(q.id(), q.description());
            o.add(s);
        }
        String wrong = check(qa, o);
        if (wrong != null) {
            out.add(wrong);
        }
        return out;
    }

    private String check(QaPair qa, List<SceneObject> o) {
        SceneObject a = o.get(0);
        SceneObject b = o.size() > 1 ? o.get(1) : null;
        String c = qa.category();
        return switch (c) {
            case "left_of" -> yes(qa, c(a).x() < c(b).x());
            case "right_of" -> yes(qa, c(a).x() > c(b).x());
            case "above" -> apart(a, b) ? yes(qa, c(a).z() > c(b).z()) : "height ranges overlap beyond contact";
            case "below" -> apart(a, b) ? yes(qa, c(a).z() < c(b).z()) : "height ranges overlap beyond contact";
            case "in_front_of" -> yes(qa, c(a).y() < c(b).y());
            case "behind" -> yes(qa, c(a).y() > c(b).y());
            case "wider" -> yes(qa, e(a).x() > e(b).x());
            case "thinner" -> yes(qa, e(a).x() < e(b).x());
            case "taller" -> yes(qa, e(a).z() > e(b).z());
            case "shorter" -> yes(qa, e(a).z() < e(b).z());
            case "bigger" -> yes(qa, s(a) > s(b));
            case "smaller" -> yes(qa, s(a) < s(b));
            case "on_top_of" -> onTopOf(qa, a, b);
            case "near" -> near(qa, a, b);
            case "choose_left" -> chosen(qa, c(a).x() < c(b).x() ? a : b);
            case "choose_right" -> chosen(qa, c(a).x() > c(b).x() ? a : b);
            case "choose_above" -> apart(a, b) ? chosen(qa, c(a).z() > c(b).z() ? a : b) : "height ranges overlap";
            case "choose_below" -> apart(a, b) ? chosen(qa, c(a).z() < c(b).z() ? a : b) : "height ranges overlap";
            case "choose_front" -> chosen(qa, c(a).y() < c(b).y() ? a : b);
            case "choose_behind" -> chosen(qa, c(a).y() > c(b).y() ? a : b);
            case "choose_taller" -> chosen(qa, e(a).z() > e(b).z() ? a : b);
            case "choose_shorter" -> chosen(qa, e(a).z() < e(b).z() ? a : b);
            case "choose_wider" -> chosen(qa, e(a).x() > e(b).x() ? a : b);
            case "choose_thinner" -> chosen(qa, e(a).x() < e(b).x() ? a : b);
            case "choose_bigger" -> chosen(qa, s(a) > s(b) ? a : b);
            case "choose_smaller" -> chosen(qa, s(a) < s(b) ? a : b);
            case "centre_distance" -> value(qa, c(a).minus(c(b)).norm());
            case "surface_distance" -> value(qa, gap(a, b, true));
            case "horizontal_distance" -> value(qa, floorDistance(a, b));
            case "vertical_distance" -> value(qa, Math.abs(c(a).z() - c(b).z()));
            case "width" -> value(qa, e(a).x());
            case "height" -> value(qa, e(a).z());
            case "depth" -> value(qa, e(a).y());
            case "distance_from_camera" -> value(qa, c(a).minus(new Vec3(0, 0, h)).norm());
            case "elevation" -> value(qa, a.boxCanonical().min().z());
            case "left_right_offset" -> offset(qa, c(a).x() - c(b).x(), c(a).x() < c(b).x() ? "left" : "right");
            case "front_back_offset" -> offset(qa, c(a).y() - c(b).y(), c(a).y() < c(b).y() ? "in front" : "behind");
            case "height_ratio" -> value(qa, e(a).z() / e(b).z());
            case "clock_direction" -> value(qa, hour(a, b));
            case "gap" -> value(qa, gap(a, b, false));
            case "closest_to" -> chosen(qa, o.subList(1, o.size()).stream()
                    .min(Comparator.comparingDouble(k -> c(k).minus(c(a)).norm())).orElseThrow());
            case "order_by_height" -> order(qa, o, Comparator.comparingDouble((SceneObject k) -> -e(k).z()));
            case "order_by_distance" -> order(qa, o, Comparator.comparingDouble(k -> c(k).minus(new Vec3(0, 0, h)).norm()));
            case "count_left_of" -> value(qa, o.subList(1, o.size()).stream().filter(k -> c(k).x() < c(a).x()).count());
            case "equilateral_triangle" -> triangle(qa, o);
            case "aligned" -> aligned(qa, o);
            default -> "no independent check for category " + c;
        };
    }

    private static Vec3 c(SceneObject o) {
        return o.boxCanonical().min().plus(o.boxCanonical().max()).times(0.5);
    }

    private static Vec3 e(SceneObject o) {
        return o.boxCanonical().max().minus(o.boxCanonical().min());
    }

    private static double s(SceneObject o) {
        Vec3 x = o.orientedBoxCanonical().extents();
        return Math.cbrt(x.x() * x.y() * x.z());
    }

    /** Height ranges that do not overlap by more than contact. */
    private boolean apart(SceneObject a, SceneObject b) {
        double overlap = Math.min(a.boxCanonical().max().z(), b.boxCanonical().max().z())
                - Math.max(a.boxCanonical().min().z(), b.boxCanonical().min().z());
        return overlap <= margins.contactM() + EPS;
    }

    private static double axisGap(SceneObject a, SceneObject b, int axis) {
        double loA = get(a.boxCanonical().min(), axis), hiA = get(a.boxCanonical().max(), axis);
        double loB = get(b.boxCanonical().min(), axis), hiB = get(b.boxCanonical().max(), axis);
        return Math.max(0, Math.max(loA - hiB, loB - hiA));
    }

    private static double get(Vec3 v, int axis) {
        return axis == 0 ? v.x() : axis == 1 ? v.y() : v.z();
    }

    private static double gap(SceneObject a, SceneObject b, boolean withZ) {
        double gx = axisGap(a, b, 0), gy = axisGap(a, b, 1), gz = withZ ? axisGap(a, b, 2) : 0;
        return Math.sqrt(gx * gx + gy * gy + gz * gz);
    }

    private static double floorDistance(SceneObject a, SceneObject b) {
        return Math.hypot(c(a).x() - c(b).x(), c(a).y() - c(b).y());
    }

    private static double hour(SceneObject a, SceneObject b) {
        double theta = Math.toDegrees(Math.atan2(c(b).x() - c(a).x(), c(b).y() - c(a).y()));
        long hr = Math.floorMod(Math.round(theta / 30), 12);
        return hr == 0 ? 12 : hr;
    }

    private static String yes(QaPair qa, boolean truth) {
        String want = truth ? "yes" : "no";
        return want.equals(qa.shortAnswer()) ? null : "answered " + qa.shortAnswer() + ", the definition gives " + want;
    }

    private String chosen(QaPair qa, SceneObject truth) {
        String want = used.get(truth.id());
        return want.equals(qa.shortAnswer()) ? null : "chose \"" + qa.shortAnswer() + "\", the definition gives \"" + want + "\"";
    }

    private static String value(QaPair qa, double truth) {
        if (qa.value() == null) {
            return "no value";
        }
        return Math.abs(qa.value() - truth) <= EPS * Math.max(1, Math.abs(truth)) ? null
                : String.format(Locale.ROOT, "value %.6f %s, the definition gives %.6f", qa.value(), qa.unit(), truth);
    }

    private static String offset(QaPair qa, double signed, String direction) {
        String v = value(qa, Math.abs(signed));
        if (v != null) {
            return v;
        }
        return qa.answer().contains(direction) ? null : "the answer does not say \"" + direction + "\"";
    }

    private String onTopOf(QaPair qa, SceneObject a, SceneObject b) {
        double t = Math.abs(a.boxCanonical().min().z() - b.boxCanonical().max().z());
        Vec3 ca = c(a);
        boolean inside = ca.x() >= b.boxCanonical().min().x() && ca.x() <= b.boxCanonical().max().x()
                && ca.y() >= b.boxCanonical().min().y() && ca.y() <= b.boxCanonical().max().y();
        double footprintGap = gap(a, b, false);
        boolean yes = t <= margins.contactM() + EPS && inside;
        boolean no = t >= margins.contactM() + margins.floorM() - EPS || footprintGap >= margins.floorM() - EPS;
        if (qa.shortAnswer().equals("yes")) {
            return yes ? null : "answered yes, but t = " + t + " m, centre inside B's footprint: " + inside;
        }
        return no ? null : "answered no, but t = " + t + " m and the footprints are " + footprintGap + " m apart";
    }

    private String near(QaPair qa, SceneObject a, SceneObject b) {
        Matcher m = NEAR_T.matcher(qa.question());
        if (!m.find()) {
            return "no distance threshold in the question";
        }
        String text = m.group(1);
        double t = text.equals("half a meter") ? 0.5
                : Double.parseDouble(text.substring(0, text.indexOf(' '))) * (text.endsWith("feet") ? 0.3048 : 1);
        return yes(qa, gap(a, b, true) <= t);
    }

    private String order(QaPair qa, List<SceneObject> o, Comparator<SceneObject> by) {
        List<String> names = o.stream().sorted(by).map(k -> used.get(k.id())).toList();
        String want = names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1))
                + " and " + names.get(names.size() - 1);
        return want.equals(qa.shortAnswer()) ? null : "ordered \"" + qa.shortAnswer() + "\", the definition gives \"" + want + "\"";
    }

    private String triangle(QaPair qa, List<SceneObject> o) {
        double[] s = {floorDistance(o.get(0), o.get(1)), floorDistance(o.get(1), o.get(2)), floorDistance(o.get(0), o.get(2))};
        double q = Math.max(s[0], Math.max(s[1], s[2])) / Math.min(s[0], Math.min(s[1], s[2]));
        if (qa.shortAnswer().equals("yes")) {
            return q <= 1.15 + EPS ? null : "answered yes, but max/min side = " + q;
        }
        return q >= 1.35 - EPS ? null : "answered no, but max/min side = " + q;
    }

    private String aligned(QaPair qa, List<SceneObject> o) {
        double best = -1;
        double e = 0;
        for (int i = 0; i < 3; i++) {
            Vec3 p = c(o.get(i)), r = c(o.get((i + 1) % 3)), third = c(o.get((i + 2) % 3));
            double len = Math.hypot(r.x() - p.x(), r.y() - p.y());
            if (len > best) {
                best = len;
                // distance of the third centre from the line through p and r, seen from above
                e = Math.abs((r.x() - p.x()) * (third.y() - p.y()) - (r.y() - p.y()) * (third.x() - p.x())) / len;
            }
        }
        if (qa.shortAnswer().equals("yes")) {
            return e <= 0.05 * best + EPS ? null : "answered yes, but the third centre is " + e + " m off a " + best + " m line";
        }
        return e >= 0.15 * best - EPS && e >= margins.floorM() - EPS ? null
                : "answered no, but the third centre is " + e + " m off a " + best + " m line";
    }
}
