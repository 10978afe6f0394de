package org.spatiallift.engine.qa.category;

import org.spatiallift.engine.qa.QaKind;

/**
 * "Order A, B and C by …": the three objects sorted by a measure, every neighbour pair apart by the size margin;
 * chain of thought: the measure of each object (its direct category).
 */
final class OrderCategory extends Category {

    private final Measure measure;
    private final boolean descending;
    private final Category direct;

    OrderCategory(String name, boolean needsGravity, String definition, Measure measure, boolean descending,
                  Category direct) {
        super(name, QaKind.MULTI_OBJECT, Arity.THREE, SwapRule.NONE, needsGravity, null, definition,
                "skipped when two neighbours in the order differ by less than max(floor, size * the larger)",
                Rules.order());
        this.measure = measure;
        this.descending = descending;
        this.direct = direct;
    }

    @Override
    public boolean evaluate(Draw d) {
        int n = d.count;
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            d.order[k] = d.objects[k];
            v[k] = measure.of(d.geometry, d.objects[k], -1);
        }
        for (int i = 1; i < n; i++) {
            for (int j = i; j > 0 && before(v[j], v[j - 1]); j--) {
                double t = v[j];
                v[j] = v[j - 1];
                v[j - 1] = t;
                int o = d.order[j];
                d.order[j] = d.order[j - 1];
                d.order[j - 1] = o;
            }
        }
        for (int k = 1; k < n; k++) {
            if (Math.abs(v[k] - v[k - 1]) < d.margins.size(v[k], v[k - 1])) {
                return false;
            }
        }
        d.orderCount = n;
        if (d.wantsSteps()) {
            for (int k = 0; k < n; k++) {
                if (!d.step(direct, d.objects[k], -1)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean before(double a, double b) {
        return descending ? a > b : a < b;
    }
}
