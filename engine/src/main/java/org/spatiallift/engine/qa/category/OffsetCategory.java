package org.spatiallift.engine.qa.category;

import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.geometry.Relation;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/**
 * How far A is to one side of B along one canonical axis: value = abs(c_A.k − c_B.k), direction word from the sign.
 * Asked only when the matching {@link Relation} is decided, so the direction is never a guess.
 */
final class OffsetCategory extends Category {

    private final int axis;
    private final Relation relation;
    private final String[] words;

    /** {@code words[0]} when relation(A, B) = +1 (A left of / in front of B), {@code words[1]} when −1. */
    OffsetCategory(String name, int axis, Relation relation, String[] words, String definition) {
        super(name, QaKind.QUANTITATIVE, Arity.TWO, SwapRule.ANTISYMMETRIC, false, METRES, definition,
                "skipped when the matching left/right or front/behind comparison is a near-tie", Rules.offset());
        this.axis = axis;
        this.relation = relation;
        this.words = words.clone();
    }

    @Override
    public boolean evaluate(Draw d) {
        SceneGeometry g = d.geometry;
        int a = d.objects[0], b = d.objects[1];
        int c = relation.compare(g, d.margins, a, b);
        if (c == 0) {
            return false;
        }
        d.side = c > 0 ? 0 : 1;
        d.value = Math.abs(g.centre(a, axis) - g.centre(b, axis));
        return true;
    }

    @Override
    public String sideWord(int side) {
        return words[side];
    }
}
