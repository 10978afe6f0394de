package org.spatiallift.engine.qa.category;

import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.geometry.Relation;

/**
 * "Is A … B?" for an antisymmetric {@link Relation}: yes when relation(A, B)·sign = +1, no when −1, skipped when 0
 * (a near-tie), or answered "no, about the same" when ties are answered and the relation has a tie
 * ({@link Relation#tieAnswerable()}).
 * A category and its opposite (left_of / right_of) share the relation with opposite signs.
 */
final class PredicateCategory extends Category {

    private final Relation relation;
    private final int sign;

    PredicateCategory(String name, Relation relation, int sign, boolean needsGravity, String definition,
                      String marginRule) {
        super(name, QaKind.YES_NO, Arity.TWO, SwapRule.ANTISYMMETRIC, needsGravity, null, definition, marginRule,
                Rules.pairYesNo());
        this.relation = relation;
        this.sign = sign;
    }

    @Override
    public boolean evaluate(Draw d) {
        int c = relation.compare(d.geometry, d.margins, d.objects[0], d.objects[1]) * sign;
        d.yes = c > 0;
        d.tie = c == 0 && d.answerTies && relation.tieAnswerable() ? relation : null;
        return c != 0 || d.tie != null;
    }
}
