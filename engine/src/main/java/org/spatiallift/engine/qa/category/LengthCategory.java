package org.spatiallift.engine.qa.category;

import org.spatiallift.engine.qa.QaKind;

/**
 * A length in metres of one object or between two ({@link Measure}). With {@code stateFromFloor}, values below the
 * margin floor are not asked about (two boxes that touch have no distance worth stating).
 */
final class LengthCategory extends Category {

    private final Measure measure;
    private final boolean stateFromFloor;

    LengthCategory(String name, Arity arity, boolean needsGravity, boolean stateFromFloor, String definition,
                   Measure measure) {
        super(name, QaKind.QUANTITATIVE, arity, arity == Arity.ONE ? SwapRule.NONE : SwapRule.SYMMETRIC,
                needsGravity, METRES, definition,
                stateFromFloor ? "skipped when the value is below floor (the objects touch or overlap)"
                        : "always asked (no comparison)",
                arity == Arity.ONE ? Rules.singleQuantity() : Rules.pairQuantity());
        this.measure = measure;
        this.stateFromFloor = stateFromFloor;
    }

    @Override
    public boolean evaluate(Draw d) {
        double v = measure.of(d.geometry, d.objects[0], d.count > 1 ? d.objects[1] : -1);
        if (!(v >= 0) || (stateFromFloor && v < d.margins.floorM())) {
            return false;
        }
        d.value = v;
        return true;
    }
}
