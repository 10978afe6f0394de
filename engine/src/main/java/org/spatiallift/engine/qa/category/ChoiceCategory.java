package org.spatiallift.engine.qa.category;

import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.geometry.Relation;

/**
 * "Which is more …, A or B?": the object for which relation·sign = +1; skipped on a near-tie, or answered "about the
 * same" (no object chosen) when ties are answered and the relation has a tie ({@link Relation#tieAnswerable()}).
 */
final class ChoiceCategory extends Category {

    private final Relation relation;
    private final int sign;

    ChoiceCategory(String name, Relation relation, int sign, boolean needsGravity, String definition,
                   String marginRule) {
        super(name, QaKind.CHOICE, Arity.TWO, SwapRule.ANTISYMMETRIC, needsGravity, null, definition, marginRule,
                Rules.choice());
        this.relation = relation;
        this.sign = sign;
    }

    @Override
    public boolean evaluate(Draw d) {
        int a = d.objects[0], b = d.objects[1];
        int c = relation.compare(d.geometry, d.margins, a, b) * sign;
        d.tie = c == 0 && d.answerTies && relation.tieAnswerable() ? relation : null;
        if (d.tie != null) {
            return true;
        }
        d.chosen = c > 0 ? a : b;
        d.other = c > 0 ? b : a;
        return c != 0;
    }
}
