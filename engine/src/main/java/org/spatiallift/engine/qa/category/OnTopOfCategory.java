package org.spatiallift.engine.qa.category;

import static org.spatiallift.engine.qa.geometry.SceneGeometry.X;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Y;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Z;

import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/** "Is A on top of B?" (A rests on B); see {@link #DEFINITION}. */
final class OnTopOfCategory extends Category {

    static final String DEFINITION = "A rests on B: t = abs(lo_A.z - hi_B.z) <= contact and A's centre (c_A.x, c_A.y) "
            + "lies inside B's footprint [lo_B.x, hi_B.x] x [lo_B.y, hi_B.y]. No when t >= contact + floor, or when the "
            + "footprints are at least floor apart (footprint gap = sqrt(g_x^2 + g_y^2)).";

    OnTopOfCategory() {
        super("on_top_of", QaKind.YES_NO, Arity.TWO, SwapRule.ONE_WAY, true, null, DEFINITION,
                "skipped between the yes and no conditions (touching the top but off-centre, or a bottom within "
                        + "contact + floor of B's top)", Rules.pairYesNo());
    }

    @Override
    public boolean evaluate(Draw d) {
        SceneGeometry g = d.geometry;
        int a = d.objects[0], b = d.objects[1];
        double t = Math.abs(g.lo(a, Z) - g.hi(b, Z));
        double cx = g.centre(a, X), cy = g.centre(a, Y);
        boolean inside = cx >= g.lo(b, X) && cx <= g.hi(b, X) && cy >= g.lo(b, Y) && cy <= g.hi(b, Y);
        if (t <= d.margins.contactM() && inside) {
            d.yes = true;
            return true;
        }
        if (t >= d.margins.contactM() + d.margins.floorM() || g.footprintGap(a, b) >= d.margins.floorM()) {
            d.yes = false;
            return true;
        }
        return false;
    }
}
