package org.spatiallift.engine.qa.category;

import org.spatiallift.engine.qa.QaKind;

/**
 * A length in metres of one object or between two ({@link Measure}). With a {@code skipped} rule, values below the
 * margin floor are not asked about (two boxes that touch have no distance worth stating); without, it is always asked.
 */
final class LengthCategory extends Category {

    private final Measure measure;
    private final boolean stateFromFloor;

    /** {@code skipped}: when a value below floor is not asked about ("the boxes touch"), or null to always ask. */
    LengthCategory(String name, Arity arity, boolean needsGravity, String skipped, String definition, Measure measure) {
        super(name, QaKind.QUANTITATIVE, arity, arity == Arity.ONE ? SwapRule.NONE : SwapRule.SYMMETRIC,
                needsGravity, METRES, definition,
                skipped != null ? "skipped when " + skipped : "always asked (no comparison)",
                arity == Arity.ONE ? Rules.singleQuantity() : Rules.pairQuantity());
        this.measure = measure;
        this.stateFromFloor = skipped != null;
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
