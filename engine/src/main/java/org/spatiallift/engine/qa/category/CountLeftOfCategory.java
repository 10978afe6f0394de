package org.spatiallift.engine.qa.category;

import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.geometry.Relation;

/** "How many objects are to the left of X?" over every other usable object; chain of thought: left_of for each. */
final class CountLeftOfCategory extends Category {

    private final Category leftOf;

    CountLeftOfCategory(Category leftOf) {
        super("count_left_of", QaKind.MULTI_OBJECT, Arity.TARGET_AND_ALL, SwapRule.NONE, false, COUNT,
                "the number of other usable objects K for which left_of(K, X) is yes, i.e. c_X.x - c_K.x >= the "
                        + "position margin; reasoning: left_of(K, X) for every K",
                "skipped when left_of(K, X) is a near-tie for any K", Rules.count());
        this.leftOf = leftOf;
    }

    @Override
    public boolean evaluate(Draw d) {
        int x = d.objects[0];
        int count = 0;
        for (int k = 1; k < d.count; k++) {
            int c = Relation.LEFT.compare(d.geometry, d.margins, d.objects[k], x);
            if (c == 0) {
                return false;
            }
            if (c > 0) {
                count++;
            }
        }
        d.value = count;
        if (d.wantsSteps()) {
            for (int k = 1; k < d.count; k++) {
                if (!d.step(leftOf, d.objects[k], x)) {
                    return false;
                }
            }
        }
        return true;
    }
}
