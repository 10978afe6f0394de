package org.spatiallift.engine.qa.category;

import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/** "Which of K1..Kn is closest to X?" by centre distance; chain of thought: the distance of each from X. */
final class ClosestToCategory extends Category {

    private final Category centreDistance;

    ClosestToCategory(Category centreDistance) {
        super("closest_to", QaKind.MULTI_OBJECT, Arity.TARGET_AND_CANDIDATES, SwapRule.NONE, false, null,
                "the candidate K with the smallest centre distance abs(c_K - c_X) to the reference X "
                        + "(2 to 4 candidates); reasoning: the centre distance of each candidate from X",
                "skipped when the second smallest distance exceeds the smallest by less than "
                        + "max(floor, size * second)", Rules.pickAmong());
        this.centreDistance = centreDistance;
    }

    @Override
    public boolean evaluate(Draw d) {
        SceneGeometry g = d.geometry;
        int x = d.objects[0];
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY, secondD = Double.POSITIVE_INFINITY;
        for (int k = 1; k < d.count; k++) {
            double dist = g.centreDistance(d.objects[k], x);
            if (dist < bestD) {
                secondD = bestD;
                bestD = dist;
                best = d.objects[k];
            } else if (dist < secondD) {
                secondD = dist;
            }
        }
        if (secondD - bestD < d.margins.size(bestD, secondD)) {
            return false;
        }
        d.chosen = best;
        if (d.wantsSteps()) {
            for (int k = 1; k < d.count; k++) {
                if (!d.step(centreDistance, d.objects[k], x)) {
                    return false;
                }
            }
        }
        return true;
    }
}
