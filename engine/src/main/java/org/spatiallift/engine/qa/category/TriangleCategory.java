package org.spatiallift.engine.qa.category;

import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/**
 * The paper's chain-of-thought example: do three objects form a roughly equilateral triangle on the floor?
 * q = longest / shortest of the three floor distances between centres.
 */
final class TriangleCategory extends Category {

    static final double YES_AT_MOST = 1.15;
    static final double NO_AT_LEAST = 1.35;
    private final Category horizontalDistance;

    TriangleCategory(Category horizontalDistance) {
        super("equilateral_triangle", QaKind.MULTI_OBJECT, Arity.THREE, SwapRule.NONE, true, null,
                "seen from above, the centres form a roughly equilateral triangle: q = max(s) / min(s) <= "
                        + YES_AT_MOST + " for the three floor distances s = sqrt(dx^2 + dy^2) between centres; no when q >= "
                        + NO_AT_LEAST + "; reasoning: the three floor distances",
                "skipped when " + YES_AT_MOST + " < q < " + NO_AT_LEAST + " or the shortest side is below floor",
                Rules.listYesNo());
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
        double min = Math.min(ab, Math.min(bc, ca)), max = Math.max(ab, Math.max(bc, ca));
        if (min < d.margins.floorM()) {
            return false;
        }
        double q = max / min;
        if (q > YES_AT_MOST && q < NO_AT_LEAST) {
            return false;
        }
        d.yes = q <= YES_AT_MOST;
        return !d.wantsSteps() || (d.step(horizontalDistance, a, b) && d.step(horizontalDistance, b, c)
                && d.step(horizontalDistance, c, a));
    }
}
