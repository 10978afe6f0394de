package org.spatiallift.engine.qa;

import java.util.SplittableRandom;

import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.Draw;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/**
 * Asks a QA again of other boxes of the same objects (ground truth, in its own gravity-aligned frame) and says whether
 * its answer still holds: the category evaluated on both geometries with the same objects (and the same stated
 * distance), then compared — a near-tie answered as one (with ties answered) and yes/no, the chosen object, the direction word and the order must be equal; a length or
 * ratio stated by the QA must lie within [{@value #LOW}×, {@value #HIGH}×] of the true one (the band of
 * issue #10, after SpatialRGPT-Bench's ±25 %); a count must be equal; a clock hour within one hour.
 */
public final class QaTruth {

    static final double LOW = 0.75;
    static final double HIGH = 1.33;

    private QaTruth() {
    }

    /**
     * {@code pair}, generated from {@code scene}, asked of {@code truth} (one box per object of {@code scene}, in the
     * same order).
     *
     * @throws IllegalArgumentException if the pair names an object that is not in the scene
     */
    public static TruthOutcome check(QaPair pair, QaScene scene, SceneGeometry truth, Margins margins, Units units) {
        Category c = Categories.byName(pair.category());
        int[] idx = new int[pair.objects().size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = indexOf(scene, pair.objects().get(k).id(), pair);
        }
        Draw ours = draw(scene.geometry(), margins, units, idx, pair);
        Draw real = draw(truth, margins, units, idx, pair);
        if (!c.evaluate(ours)) {
            throw new IllegalArgumentException("QA " + pair.id() + " (" + pair.category() + ") has no answer on the"
                    + " scene it was generated from");
        }
        if (!c.evaluate(real)) {
            return TruthOutcome.UNCLEAR;
        }
        boolean same = ours.tie == real.tie && ours.yes == real.yes && ours.chosen == real.chosen && ours.side == real.side
                && ours.orderCount == real.orderCount;
        for (int k = 0; same && k < ours.orderCount; k++) {
            same = ours.order[k] == real.order[k];
        }
        if (same && c.unit() != null) {
            double stated = pair.statedValue() != null ? pair.statedValue() : ours.value;
            same = switch (c.unit()) {
                case Category.COUNT -> Math.round(stated) == Math.round(real.value);
                case Category.CLOCK -> clockHours(stated, real.value) <= 1;
                default -> real.value > 0 ? stated / real.value >= LOW && stated / real.value <= HIGH
                        : stated == real.value;
            };
        }
        return same ? TruthOutcome.AGREES : TruthOutcome.DISAGREES;
    }

    private static Draw draw(SceneGeometry g, Margins margins, Units units, int[] idx, QaPair pair) {
        Draw d = new Draw(g, margins, units, new SplittableRandom(0), null);
        d.answerTies = pair.provenance().settings().tiesAnswered();
        d.reset();
        d.with(idx);
        if (pair.thresholdM() != null) {
            d.thresholdM = pair.thresholdM();
            d.thresholdText = "";
        }
        return d;
    }

    private static double clockHours(double a, double b) {
        double diff = Math.abs(a - b) % 12;
        return Math.min(diff, 12 - diff);
    }

    private static int indexOf(QaScene scene, int id, QaPair pair) {
        for (int i = 0; i < scene.objects().size(); i++) {
            if (scene.objects().get(i).id() == id) {
                return i;
            }
        }
        throw new IllegalArgumentException("QA " + pair.id() + " names object " + id + ", which is not in scene "
                + scene.key());
    }
}
