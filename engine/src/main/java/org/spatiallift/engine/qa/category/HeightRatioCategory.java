package org.spatiallift.engine.qa.category;

import static org.spatiallift.engine.qa.geometry.SceneGeometry.Z;

import org.spatiallift.engine.qa.QaKind;

/** How many times as tall as B A is: e_A.z / e_B.z. */
final class HeightRatioCategory extends Category {

    HeightRatioCategory() {
        super("height_ratio", QaKind.QUANTITATIVE, Arity.TWO, SwapRule.RECIPROCAL, true, RATIO,
                "r = e_A.z / e_B.z, the ratio of the box heights (unitless); swapping A and B gives 1 / r",
                "skipped when B's height is below floor", Rules.pairQuantity());
    }

    @Override
    public boolean evaluate(Draw d) {
        double hb = d.geometry.extent(d.objects[1], Z);
        if (hb < d.margins.floorM()) {
            return false;
        }
        d.value = d.geometry.extent(d.objects[0], Z) / hb;
        return true;
    }
}
