package org.spatiallift.engine.qa.category;

import java.util.List;
import java.util.SplittableRandom;

import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.geometry.SceneGeometry;
import org.spatiallift.engine.qa.text.Phrases;

/**
 * Recomputes a generated QA on another scene (the ground truth) with the same objects (by id), and says how it
 * compares. The truth is evaluated with half the generation margins: a QA asked because the measured scene cleared
 * the full margin must be decided the same way on the truth unless the measurement was off by half a margin.
 */
public final class TruthCheck {

    /** The recomputed answer: decided, the short answer it gives, and its value (NaN for qualitative ones). */
    public record Truth(boolean decided, String shortAnswer, double value) {
    }

    private TruthCheck() {
    }

    public static Margins halved(Margins m) {
        return new Margins(m.floorM() / 2, m.positionRelative() / 2, m.sizeRelative() / 2, m.contactM() + 0.02,
                m.clockDeg() / 2);
    }

    /** {@code qa}'s category evaluated on {@code truth}, with the objects of {@code qa} found there by id. */
    public static Truth recompute(QaPair qa, QaScene truth, Margins margins) {
        Category c = Categories.byName(qa.category());
        SceneGeometry g = truth.geometry();
        List<QaObject> objects = truth.objects();
        int[] idx = new int[qa.objects().size()];
        for (int k = 0; k < idx.length; k++) {
            int id = qa.objects().get(k).id();
            idx[k] = -1;
            for (int i = 0; i < objects.size(); i++) {
                if (objects.get(i).id() == id) {
                    idx[k] = i;
                }
            }
            if (idx[k] < 0) {
                throw new IllegalArgumentException("object " + id + " of " + qa.id() + " is not in the truth scene");
            }
        }
        if (c instanceof NearCategory) {
            return near(qa, g, idx);
        }
        Draw d = new Draw(g, margins, Units.METRIC, new SplittableRandom(0), null).with(idx);
        if (!c.evaluate(d)) {
            return new Truth(false, null, Double.NaN);
        }
        String[] desc = objects.stream().map(QaObject::description).toArray(String[]::new);
        String answer;
        if (c.yesNoAnswers()) {
            answer = d.yes ? "yes" : "no";
        } else if (d.orderCount > 0) {
            String[] items = new String[d.orderCount];
            for (int k = 0; k < d.orderCount; k++) {
                items[k] = desc[d.order[k]];
            }
            answer = Phrases.list(items, 0, items.length);
        } else if (c.unit() != null) {
            answer = null;
        } else {
            answer = desc[d.chosen];
        }
        return new Truth(true, answer, c.unit() == null ? Double.NaN : d.value);
    }

    /** near: the threshold is the one named in the question; yes when the closest points are nearer than it. */
    private static Truth near(QaPair qa, SceneGeometry g, int[] idx) {
        for (int k = 0; k < NearCategory.METRIC_TEXT.length; k++) {
            if (qa.question().contains(NearCategory.METRIC_TEXT[k])) {
                double d = g.surfaceDistance(idx[0], idx[1]);
                return new Truth(true, d < NearCategory.METRIC_M[k] ? "yes" : "no", Double.NaN);
            }
        }
        throw new IllegalArgumentException("no metric threshold in \"" + qa.question() + "\"");
    }

    /** True for categories whose answer is a number compared within a relative tolerance (metres and ratios). */
    public static boolean relative(QaPair qa) {
        return Category.METRES.equals(qa.unit()) || Category.RATIO.equals(qa.unit());
    }

    public static boolean qualitative(QaPair qa) {
        return qa.kind() != QaKind.QUANTITATIVE && qa.unit() == null;
    }
}
