package org.spatiallift.engine.qa.category;

import static org.spatiallift.engine.qa.geometry.SceneGeometry.X;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Y;

import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/**
 * Are three objects lined up, seen from above? The two centres farthest apart span L; the third centre's distance
 * from the line through them is the deviation e.
 */
final class AlignedCategory extends Category {

    static final double YES_AT_MOST = 0.05;
    static final double NO_AT_LEAST = 0.15;
    private final Category horizontalDistance;

    AlignedCategory(Category horizontalDistance) {
        super("aligned", QaKind.MULTI_OBJECT, Arity.THREE, SwapRule.NONE, true, null,
                "seen from above, the three centres lie on one line: e <= " + YES_AT_MOST + " * L, with L the largest "
                        + "floor distance between two centres and e the distance of the third centre from the line through "
                        + "those two; no when e >= " + NO_AT_LEAST + " * L and e >= floor; reasoning: the three floor distances",
                "skipped between the two conditions, or when L < 2 * floor", Rules.listYesNo());
        this.horizontalDistance = horizontalDistance;
    }

    @Override
    public boolean yesNoAnswers() {
        return true;
    }

    @Override
    public boolean evaluate(Draw d) {
        SceneGeometry g = d.geometry;
        int a = d.objects[0], b = d.objects[1], c = d.objects[2];
        double ab = g.horizontalDistance(a, b), bc = g.horizontalDistance(b, c), ca = g.horizontalDistance(c, a);
        int p, q, r;
        double l;
        if (ab >= bc && ab >= ca) {
            p = a; q = b; r = c; l = ab;
        } else if (bc >= ca) {
            p = b; q = c; r = a; l = bc;
        } else {
            p = c; q = a; r = b; l = ca;
        }
        if (l < 2 * d.margins.floorM()) {
            return false;
        }
        double ux = (g.centre(q, X) - g.centre(p, X)) / l, uy = (g.centre(q, Y) - g.centre(p, Y)) / l;
        double e = Math.abs((g.centre(r, X) - g.centre(p, X)) * uy - (g.centre(r, Y) - g.centre(p, Y)) * ux);
        if (e <= YES_AT_MOST * l) {
            d.yes = true;
        } else if (e >= NO_AT_LEAST * l && e >= d.margins.floorM()) {
            d.yes = false;
        } else {
            return false;
        }
        return !d.wantsSteps() || (d.step(horizontalDistance, a, b) && d.step(horizontalDistance, b, c)
                && d.step(horizontalDistance, c, a));
    }
}
