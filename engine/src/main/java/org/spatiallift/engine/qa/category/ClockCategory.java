package org.spatiallift.engine.qa.category;

import static org.spatiallift.engine.qa.geometry.SceneGeometry.X;
import static org.spatiallift.engine.qa.geometry.SceneGeometry.Y;

import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/** The clock direction of B seen from A, facing the camera's forward direction; see the definition. */
final class ClockCategory extends Category {

    ClockCategory() {
        super("clock_direction", QaKind.QUANTITATIVE, Arity.TWO, SwapRule.OPPOSITE_HOUR, true, CLOCK,
                "standing at A facing the camera's forward direction (+y), B is at hour h = round(theta / 30 deg) mod "
                        + "12 (0 read as 12), theta = atan2(c_B.x - c_A.x, c_B.y - c_A.y): 12 o'clock ahead (+y), 3 "
                        + "o'clock to the right (+x); swapping A and B turns the hour by 6",
                "skipped when the floor distance r between the centres is below floor, or theta is within "
                        + "max(clock margin, atan(floor / r)) of the boundary between two hours", Rules.pairQuantity());
    }

    @Override
    public boolean evaluate(Draw d) {
        SceneGeometry g = d.geometry;
        int a = d.objects[0], b = d.objects[1];
        double dx = g.centre(b, X) - g.centre(a, X), dy = g.centre(b, Y) - g.centre(a, Y);
        double r = Math.sqrt(dx * dx + dy * dy);
        if (r < d.margins.floorM()) {
            return false;
        }
        double hours = Math.toDegrees(Math.atan2(dx, dy)) / 30;
        double nearest = Math.rint(hours);
        double toBoundaryDeg = 15 - Math.abs(hours - nearest) * 30;
        if (toBoundaryDeg < Math.max(d.margins.clockDeg(), Math.toDegrees(Math.atan(d.margins.floorM() / r)))) {
            return false;
        }
        int hour = Math.floorMod((int) nearest, 12);
        d.value = hour == 0 ? 12 : hour;
        return true;
    }
}
