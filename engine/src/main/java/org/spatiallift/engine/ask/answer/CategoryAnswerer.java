package org.spatiallift.engine.ask.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.spatiallift.engine.ask.Answer;
import org.spatiallift.engine.ask.AnswerObject;
import org.spatiallift.engine.ask.AnswerStep;
import org.spatiallift.engine.ask.Interval;
import org.spatiallift.engine.ask.measure.IntervalEstimator;
import org.spatiallift.engine.ask.measure.MeasurementNoise;
import org.spatiallift.engine.ask.measure.Spread;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaCatalog;
import org.spatiallift.engine.qa.QaKind;
import org.spatiallift.engine.qa.QaObject;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.QaStep;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Categories;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.category.Draw;
import org.spatiallift.engine.qa.geometry.SceneGeometry;
import org.spatiallift.engine.qa.text.QuantityFormat;
import org.spatiallift.engine.qa.text.TiePhrases;

/**
 * Answers a category question about grounded objects with the category's own code ({@link Category#evaluate} on the
 * scene's {@link SceneGeometry}, as generation does), so the same question about the same scene always gives the
 * same value as its generated QA. The same {@link Category#canAsk} rule (a truncated object's size is not stated),
 * gravity categories only in a gravity-aligned frame, near-ties of comparisons answered as ties ("about the same
 * height") and other undecided cases said plainly ({@link Undecided}). Multi-object categories come with their
 * chain of direct questions. Quantities get the interval of {@link IntervalEstimator}; qualitative answers that
 * plausible re-measurements often contradict say so. Not thread-safe (one per chat).
 */
public final class CategoryAnswerer {

    /** Below this share of agreeing re-measurements a qualitative answer says it is a close call. */
    public static final double CLOSE_CALL = 0.9;
    private final QaScene scene;
    private final SceneGeometry g;
    private final Margins margins;
    private final IntervalEstimator intervals;
    private final MeasurementNoise noise;
    private final TemplateText text;

    public CategoryAnswerer(QaScene scene, Margins margins, IntervalEstimator intervals, MeasurementNoise noise) {
        this.scene = scene;
        this.g = scene.geometry();
        this.margins = margins;
        this.intervals = intervals;
        this.noise = noise;
        String[] descriptions = scene.objects().stream().map(QaObject::description).toArray(String[]::new);
        this.text = new TemplateText(QaCatalog.standard(), descriptions);
    }

    /**
     * Category {@code c} about the objects {@code idx} (indices into the scene's usable objects, in the category's
     * order), lengths in {@code units}; {@code thresholdM} is the distance a "near" question states (NaN: none).
     */
    public Answered answer(Category c, int[] idx, Units units, double thresholdM) {
        List<AnswerObject> objects = objects(idx);
        List<Integer> about = indices(idx);
        if (c.needsGravity() && !scene.canonical()) {
            return new Answered(Answer.text(c.name(), objects, "No floor or table top was found in this picture, so "
                    + "gravity is not known: I can't answer questions about heights, above or below, or distances along "
                    + "the floor. I can answer about left and right, distances between objects and from the camera."),
                    about);
        }
        for (int i : idx) {
            QaObject o = scene.objects().get(i);
            if (!c.canAsk(o)) {
                return new Answered(Answer.text(c.name(), objects, cap(o.description()) + " is cut by the image border "
                        + "or partly hidden, so its box measures only the part in view: I can't answer this about it. "
                        + "I can say where it is (left or right, in front or behind, its distance from the camera)."),
                        about);
            }
        }
        if (c.name().equals("near") && Double.isNaN(thresholdM)) {
            return nearWithoutDistance(idx, units, objects, about);
        }
        List<QaStep> steps = new ArrayList<>();
        Draw stepDraw = new Draw(g, margins, units, new SplittableRandom(0), null);
        Draw d = new Draw(g, margins, units, new SplittableRandom(0), (direct, a, b) -> step(direct, a, b, stepDraw,
                units, steps));
        d.answerTies = true;
        d.reset();
        d.with(idx);
        d.steps = c.kind() == QaKind.MULTI_OBJECT ? steps : null;
        if (!Double.isNaN(thresholdM)) {
            d.thresholdM = thresholdM;
            d.thresholdText = QuantityFormat.length(thresholdM, units);
        }
        if (!c.evaluate(d)) {
            return new Answered(new Answer(c.name(), objects, Undecided.explain(c, g, idx, margins, units, text), null,
                    null, null, null, steps(steps), null, HowMeasured.of(c), null), about);
        }
        Spread spread = intervals.spread(c, d);
        String how = HowMeasured.of(c) + " Uncertainty: " + noise.describe(farthest(idx)) + ".";
        if (d.tie != null) {
            String t = Undecided.tie(d.tie, g, idx[0], idx[1], margins, units, c.yesNoAnswers());
            return new Answered(new Answer(c.name(), objects, t + closeCall(spread), c.yesNoAnswers() ? "no"
                    : TiePhrases.CHOICE_SHORT_ANSWER, null, null, null, List.of(), null, how, null), about);
        }
        String answer = text.answer(c, d, units);
        String shortAnswer;
        Double value = null;
        Interval interval = null;
        if (c.unit() != null) {
            value = d.value;
            interval = spread.interval();
            shortAnswer = TemplateText.value(c.unit(), d.value, units);
            if (interval != null) {
                answer += " Likely range: " + IntervalText.of(interval, c.unit(), units) + ".";
            } else {
                answer += " No likely range: too few re-measurements within the noise give a value, so this one is "
                        + "uncertain.";
            }
        } else {
            shortAnswer = c.yesNoAnswers() ? (d.yes ? "yes" : "no")
                    : d.orderCount > 0 ? text.list(d.order, 0, d.orderCount, "and") : text.description(d.chosen);
            answer += closeCall(spread);
        }
        List<Integer> focus = d.chosen >= 0 ? List.of(d.chosen) : about;
        return new Answered(new Answer(c.name(), objects, answer, shortAnswer, value, value == null ? null : c.unit(),
                interval, steps(steps), null, how, null), focus);
    }

    /** "Is A near B?" with no distance: the distance between their closest points, and how to ask for a yes or no. */
    private Answered nearWithoutDistance(int[] idx, Units units, List<AnswerObject> objects, List<Integer> about) {
        Category surface = Categories.byName("surface_distance");
        Answered a = answer(surface, idx, units, Double.NaN);
        Answer s = a.answer();
        String t = s.answer() + " Give a distance (\"within 1 meter?\") for a yes or no.";
        return new Answered(new Answer(surface.name(), objects, t, s.shortAnswer(), s.value(), s.unit(), s.interval(),
                s.steps(), null, s.howMeasured(), null), about);
    }

    private boolean step(Category direct, int a, int b, Draw stepDraw, Units units, List<QaStep> steps) {
        if (!stepDraw.evaluate(direct, a, b)) {
            return false;
        }
        boolean numeric = direct.unit() != null;
        steps.add(new QaStep(direct.name(), text.question(direct, stepDraw, units), text.answer(direct, stepDraw, units),
                numeric ? stepDraw.value : null, numeric ? direct.unit() : null));
        return true;
    }

    private static String closeCall(Spread s) {
        if (s.agreeing() >= CLOSE_CALL) {
            return "";
        }
        return " (A close call: " + Math.round(100 * (1 - s.agreeing())) + " % of plausible re-measurements give a "
                + "different or no clear answer.)";
    }

    /** The range of the farthest of the objects from the camera, m. */
    double farthest(int[] idx) {
        double r = 0;
        for (int i : idx) {
            r = Math.max(r, g.cameraDistance(i));
        }
        return r;
    }

    List<AnswerObject> objects(int[] idx) {
        List<AnswerObject> out = new ArrayList<>();
        for (int i : idx) {
            QaObject o = scene.objects().get(i);
            out.add(new AnswerObject(o.id(), o.description()));
        }
        return out;
    }

    private static List<Integer> indices(int[] idx) {
        List<Integer> out = new ArrayList<>();
        for (int i : idx) {
            out.add(i);
        }
        return out;
    }

    private static List<AnswerStep> steps(List<QaStep> steps) {
        return steps.stream().map(s -> new AnswerStep(s.question(), s.answer(), s.value(), s.unit())).toList();
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
