package org.spatiallift.engine.ask.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.spatiallift.engine.ask.Answer;
import org.spatiallift.engine.ask.AnswerObject;
import org.spatiallift.engine.ask.AnswerStep;
import org.spatiallift.engine.ask.Interval;
import org.spatiallift.engine.ask.measure.IntervalEstimator;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.Draw;
import org.spatiallift.engine.qa.geometry.SceneGeometry;
import org.spatiallift.engine.qa.text.Phrases;
import org.spatiallift.engine.qa.text.QuantityFormat;

/**
 * "Which objects are within d of X?", decomposed into one {@code near} question per other object (the distance
 * between the closest points of the two boxes against d, skipped near d by near's own margin): the steps, then the
 * objects within d, and those too close to d to call. The value is how many are within d, with the range of that
 * count over the scene's re-measured copies ({@link IntervalEstimator#countWithin}). Objects cut by the image border
 * or partly hidden are left out of the comparison and named.
 */
public final class WithinAnswerer {

    private final QaScene scene;
    private final SceneGeometry g;
    private final Margins margins;
    private final Category near = Categories.byName("near");
    private final IntervalEstimator intervals;

    public WithinAnswerer(QaScene scene, Margins margins, IntervalEstimator intervals) {
        this.scene = scene;
        this.g = scene.geometry();
        this.margins = margins;
        this.intervals = intervals;
    }

    /** {@code x} and the objects to check ({@code others}; empty: every other usable object), indices. */
    public Answered answer(int x, List<Integer> others, double thresholdM, Units units) {
        List<Integer> check = new ArrayList<>(others);
        if (check.isEmpty()) {
            for (int i = 0; i < scene.objects().size(); i++) {
                if (i != x) {
                    check.add(i);
                }
            }
        }
        check.remove(Integer.valueOf(x));
        String xd = scene.objects().get(x).description();
        List<AnswerObject> objects = new ArrayList<>();
        objects.add(object(x));
        check.forEach(i -> objects.add(object(i)));
        List<Integer> about = new ArrayList<>();
        about.add(x);
        about.addAll(check);
        if (Double.isNaN(thresholdM)) {
            return new Answered(Answer.text("within", objects, "Within what distance of " + xd + "? Ask, for example, "
                    + "\"which objects are within 1 meter of " + xd + "?\""), about);
        }
        if (!near.canAsk(scene.objects().get(x))) {
            return new Answered(Answer.text("within", objects, CategoryAnswerer.cap(xd) + " is cut by the image border "
                    + "or partly hidden, so where its box ends is not known: I can't say what is within a distance of it."),
                    about);
        }
        String t = QuantityFormat.length(thresholdM, units);
        Draw d = new Draw(g, margins, units, new SplittableRandom(0), null);
        List<AnswerStep> steps = new ArrayList<>();
        List<String> within = new ArrayList<>(), close = new ArrayList<>(), skipped = new ArrayList<>();
        List<Integer> inside = new ArrayList<>(), checked = new ArrayList<>();
        for (int k : check) {
            QaObject o = scene.objects().get(k);
            if (!near.canAsk(o)) {
                skipped.add(o.description());
                continue;
            }
            checked.add(k);
            d.reset();
            d.with(k, x);
            d.thresholdM = thresholdM;
            d.thresholdText = t;
            double dist = g.surfaceDistance(k, x);
            String q = "Is " + o.description() + " within " + t + " of " + xd + "?";
            String apart = QuantityFormat.length(dist, units) + " apart at their closest points";
            if (!near.evaluate(d)) {
                close.add(o.description());
                steps.add(new AnswerStep(q, "Too close to call: about " + apart + ".", dist, Category.METRES));
            } else {
                steps.add(new AnswerStep(q, (d.yes ? "Yes" : "No") + ", about " + apart + ".", dist, Category.METRES));
                if (d.yes) {
                    within.add(o.description());
                    inside.add(k);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean all = scene.objectsComplete();
        sb.append(within.isEmpty() ? (all ? "Nothing I measured is within " : "None of the objects I found is within ")
                + t + " of " + xd + "." : (all ? "Within " : "Of the objects I found, within ") + t + " of " + xd + ": "
                + list(within) + ".");
        if (!close.isEmpty()) {
            sb.append(" Too close to " + t + " to call: ").append(list(close)).append('.');
        }
        if (!skipped.isEmpty()) {
            sb.append(" Not checked (cut by the image border or partly hidden): ").append(list(skipped)).append('.');
        }
        Interval interval = intervals.countWithin(x, checked, thresholdM, within.size());
        if (interval.width() > 0) {
            sb.append(" Likely count: ").append(IntervalText.of(interval, Category.COUNT, units)).append('.');
        }
        String how = HowMeasured.of("within", near.definition());
        if (!all) {
            // the objects found may not be every object in view: the list is true of them, a count of the room is not
            return new Answered(new Answer("within", objects, sb.toString(), within.isEmpty() ? "none" : list(within),
                    null, null, null, steps, null, how, null), inside.isEmpty() ? about : inside);
        }
        return new Answered(new Answer("within", objects, sb.toString(), within.isEmpty() ? "none" : list(within),
                (double) within.size(), Category.COUNT, interval, steps, null, how, null),
                inside.isEmpty() ? about : inside);
    }

    private AnswerObject object(int i) {
        QaObject o = scene.objects().get(i);
        return new AnswerObject(o.id(), o.description());
    }

    private static String list(List<String> items) {
        return Phrases.list(items.toArray(String[]::new), 0, items.size(), "and");
    }
}
