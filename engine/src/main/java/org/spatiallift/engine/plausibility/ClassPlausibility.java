package org.spatiallift.engine.plausibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.SupportKind;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Holds each detected object's measured box against its label's typical size and support ({@link ClassSizeTable}):
 * what a 3-D pipeline can check and a 2-D detector cannot. An implausible object stays in the scene, marked
 * {@link SceneObject#rejection() rejected} with the reason, and is left out of QA. Objects from a label map or from
 * annotations are never judged: their labels are the user's.
 *
 * <p>Extents are the oriented box's (canonical frame, gravity-up): height = z extent, length = longer footprint side,
 * thin = the smallest of the three. A mask may lose part of an object (a chair's legs, its seat) and a single view
 * sees only the near surfaces, so a measured box is often smaller than the object and seldom larger. The rules weigh
 * the evidence accordingly, in this order:
 * <ol>
 *   <li>too large (strong): height, length or thin above the range's max by more than {@value #ABOVE_SHARE} of it plus
 *       {@value #ABOVE_M} m (depth noise and voxels);</li>
 *   <li>top above the floor (strong) — for a class that stands on the floor, in a frame whose support is the floor:
 *       the box's top, which a missing lower part does not move, must lie in the height range (a 0.47 m
 *       "refrigerator", a 0.2 m "toilet", a "toilet" whose top is 1.6 m up on a shelf), with {@value #ABOVE_M} m
 *       slack below and the rule-1 slack above;</li>
 *   <li>far too small (weak, so a margin of two): height or length below {@value #BELOW_SHARE} of the range's min: a
 *       wrong label, or a mask so partial that every size and height QA of it would be wrong anyway;</li>
 *   <li>too thin for a whole object: thin below {@value #BELOW_SHARE} of its min while height and length lie in their
 *       ranges (the object looks whole, so its thinness is its shape, not a lost part): a 6 cm thick "chair" is a
 *       panel. When the height or length is below range the mask is partial and thinness proves nothing (the TUM
 *       yellow chair's lone backrest survives).</li>
 * </ol>
 * An object not seen whole (cut by the image border or partly hidden behind a nearer surface, {@link
 * org.spatiallift.engine.scene.ObjectCompletion}) is judged by rule 1 only: what is missing proves nothing.
 * Without a gravity-aligned frame (upright camera assumed) heights mean nothing: only the largest of the three
 * extents is held against the largest size the class reaches (rule 1). A label without an entry is not judged.
 */
public final class ClassPlausibility {

    /** Rule 1 slack: relative share of the max and absolute metres. */
    static final double ABOVE_SHARE = 0.10;
    static final double ABOVE_M = 0.03;
    /** Rules 3 and 4: a below-range measurement counts only under this share of the min. */
    static final double BELOW_SHARE = 0.5;

    private static final String CANONICAL = "canonical, gravity-up";

    private final ClassSizeTable table;

    public ClassPlausibility(ClassSizeTable table) {
        this.table = table;
    }

    /** The rules with the shipped table. */
    public static ClassPlausibility defaults() {
        return new ClassPlausibility(ClassSizeTable.builtIn());
    }

    /** {@code objects} with each implausible detected object marked rejected, and one warning per rejection. */
    public CheckedObjects apply(List<SceneObject> objects, CanonicalFrame frame) {
        List<SceneObject> out = new ArrayList<>(objects.size());
        List<String> warnings = new ArrayList<>();
        for (SceneObject o : objects) {
            PlausibilityVerdict v = judge(o, frame);
            if (v.plausible()) {
                out.add(o);
            } else {
                out.add(o.withRejection(v.reason()));
                warnings.add(String.format(Locale.ROOT, "object %d (%s, score %.2f) left out of QA: %s", o.id(),
                        o.name(), o.detectorScore(), v.reason()));
            }
        }
        return new CheckedObjects(out, warnings);
    }

    /** Whether {@code o}'s measured box fits its label, and why. */
    public PlausibilityVerdict judge(SceneObject o, CanonicalFrame frame) {
        if (!o.detected()) {
            return PlausibilityVerdict.plausible("not judged: the label comes from a label map or annotations");
        }
        ClassSize size = table.find(o.name());
        if (size == null) {
            return PlausibilityVerdict.plausible("not judged: no typical size for \"" + o.name() + "\"");
        }
        Vec3 e = o.orientedBoxCanonical().extents();
        double length = Math.max(e.x(), e.y());
        double height = e.z();
        double thin = Math.min(Math.min(e.x(), e.y()), e.z());
        String name = size.label();
        if (!frame.canonical()) {
            double largest = Math.max(length, height);
            double allowed = Math.max(size.height().maxM(), size.length().maxM());
            if (above(largest, allowed)) {
                return PlausibilityVerdict.implausible(String.format(Locale.ROOT, "measured largest extent %.2f m "
                        + "(upright camera assumed, no gravity) is above the %.2f m the largest %s reaches", largest,
                        allowed, name));
            }
            return PlausibilityVerdict.plausible("only the largest extent judged: no gravity-aligned frame");
        }
        if (above(height, size.height().maxM())) {
            return tooLarge("height", height, size.height(), name);
        }
        if (above(length, size.length().maxM())) {
            return tooLarge("largest horizontal extent", length, size.length(), name);
        }
        if (above(thin, size.thin().maxM())) {
            return tooLarge("smallest extent", thin, size.thin(), name);
        }
        if (!o.complete()) { // cut by the border or partly hidden: smallness proves nothing
            return PlausibilityVerdict.plausible("only too large judged: the object is not seen whole ("
                    + String.join(", ", o.completeness().words()) + ")");
        }
        if (size.support() == Support.FLOOR && frame.support() == SupportKind.FLOOR) {
            double top = o.boxCanonical().max().z();
            if (top < size.height().minM() - ABOVE_M || above(top, size.height().maxM())) {
                return PlausibilityVerdict.implausible(String.format(Locale.ROOT, "measured height %.2f m, top %.2f m "
                        + "above the floor (%s), is %s the %s of %s standing on the floor", height, top, CANONICAL,
                        top < size.height().minM() ? "below" : "above", size.height(), article(name)));
            }
        }
        if (height < BELOW_SHARE * size.height().minM()) {
            return farTooSmall("height", height, size.height(), name);
        }
        if (length < BELOW_SHARE * size.length().minM()) {
            return farTooSmall("largest horizontal extent", length, size.length(), name);
        }
        if (thin < BELOW_SHARE * size.thin().minM() && size.height().contains(height) && size.length().contains(length)) {
            return PlausibilityVerdict.implausible(String.format(Locale.ROOT, "measured smallest extent %.2f m (%s) "
                    + "is less than half the %.2f m minimum of %s, whose height %.2f m and largest horizontal extent "
                    + "%.2f m are in range: something flat, not %s", thin, CANONICAL, size.thin().minM(),
                    article(name), height, length, article(name)));
        }
        return PlausibilityVerdict.plausible("height, extents and support fit " + article(name));
    }

    private static boolean above(double measured, double max) {
        return measured > max * (1 + ABOVE_SHARE) + ABOVE_M;
    }

    private static PlausibilityVerdict tooLarge(String what, double measured, SizeRange range, String name) {
        return PlausibilityVerdict.implausible(String.format(Locale.ROOT, "measured %s %.2f m (%s) is above the %s of "
                + "%s", what, measured, CANONICAL, range, article(name)));
    }

    private static PlausibilityVerdict farTooSmall(String what, double measured, SizeRange range, String name) {
        return PlausibilityVerdict.implausible(String.format(Locale.ROOT, "measured %s %.2f m (%s) is less than half "
                + "the %s of %s: a wrong label, or a mask too partial to measure", what, measured, CANONICAL, range,
                article(name)));
    }

    /** "a chair", "an oven". */
    private static String article(String name) {
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
