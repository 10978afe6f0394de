package org.spatiallift.engine.qa.category;

import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.Units;

/**
 * "Is A within T of B?" for a round distance T drawn from {@link #METRIC_M} or {@link #IMPERIAL_FT} (or given in
 * advance in {@link Draw#thresholdM}, to ask the same question of other boxes); d is the distance between the closest
 * points of the two boxes.
 */
final class NearCategory extends Category {

    static final double[] METRIC_M = {0.5, 1, 1.5, 2, 3};
    static final String[] METRIC_TEXT = {"half a meter", "1 meter", "1.5 meters", "2 meters", "3 meters"};
    static final double[] IMPERIAL_FT = {2, 3, 5, 6, 10};
    static final String[] IMPERIAL_TEXT = {"2 feet", "3 feet", "5 feet", "6 feet", "10 feet"};

    NearCategory() {
        super("near", QaKind.YES_NO, Arity.TWO, SwapRule.SYMMETRIC, false, null,
                "A is within T of B: d <= T, with d the distance between the closest points of the boxes, "
                        + "d = sqrt(g_x^2 + g_y^2 + g_z^2), g_k = max(0, lo_A.k - hi_B.k, lo_B.k - hi_A.k), and T a round "
                        + "distance stated in the question (0.5, 1, 1.5, 2, 3 m; or 2, 3, 5, 6, 10 ft)",
                "skipped when abs(d - T) < max(floor, size * max(d, T))", Rules.near());
    }

    @Override
    public boolean evaluate(Draw d) {
        if (Double.isNaN(d.thresholdM)) {
            boolean imperial = d.units == Units.IMPERIAL;
            int k = d.rng.nextInt(METRIC_M.length);
            d.thresholdM = imperial ? IMPERIAL_FT[k] * 0.3048 : METRIC_M[k];
            d.thresholdText = imperial ? IMPERIAL_TEXT[k] : METRIC_TEXT[k];
        }
        double dist = d.geometry.surfaceDistance(d.objects[0], d.objects[1]);
        double margin = d.margins.size(dist, d.thresholdM);
        if (Math.abs(dist - d.thresholdM) < margin) {
            return false;
        }
        d.yes = dist < d.thresholdM;
        return true;
    }
}
