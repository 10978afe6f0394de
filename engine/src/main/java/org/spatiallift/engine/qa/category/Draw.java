package org.spatiallift.engine.qa.category;

import java.util.List;
import java.util.SplittableRandom;

import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaStep;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.geometry.Relation;
import org.spatiallift.engine.qa.geometry.SceneGeometry;

/**
 * One evaluation of a category: the scene, the objects drawn (indices into the scene), and the answer the category
 * computes. Mutable scratch reused from draw to draw by one generator thread; not thread-safe.
 */
public final class Draw {

    /** Evaluates a direct category for a chain-of-thought step and records it. */
    @FunctionalInterface
    public interface StepWriter {
        /** Asks {@code direct} about objects {@code a} (and {@code b}); false when it has no clear answer. */
        boolean step(Category direct, int a, int b);
    }

    public final SceneGeometry geometry;
    public final Margins margins;
    public final Units units;
    public final SplittableRandom rng;
    /** Drawn object indices; {@link #count} of them are valid. */
    public final int[] objects;
    public int count;

    /** Yes/no answers. */
    public boolean yes;
    /** The chosen and the other object (indices), for choice answers. */
    public int chosen;
    public int other;
    /** The measured value, in the category's unit. */
    public double value;
    /** Which of the category's direction words applies. */
    public int side;
    /** A distance the question asks about (m) and its words. */
    public double thresholdM;
    public String thresholdText;
    /** Objects in answer order; {@link #orderCount} of them are valid. */
    public final int[] order;
    public int orderCount;

    /**
     * True when a near-tie of a comparison is answered ("They are about the same height.") instead of skipped; set by
     * the generator from {@link org.spatiallift.engine.qa.QaSettings#tiesAnswered()}, never for reasoning steps.
     */
    public boolean answerTies;
    /** The relation whose near-tie the evaluation answers as one (only with {@link #answerTies}), else null. */
    public Relation tie;

    /** Where chain-of-thought steps go; null when none are wanted. */
    public List<QaStep> steps;
    private final StepWriter stepWriter;

    public Draw(SceneGeometry geometry, Margins margins, Units units, SplittableRandom rng, StepWriter stepWriter) {
        this.geometry = geometry;
        this.margins = margins;
        this.units = units;
        this.rng = rng;
        this.stepWriter = stepWriter;
        int n = Math.max(geometry.count(), 5);
        objects = new int[n];
        order = new int[n];
        reset();
    }

    /** Clears the answer before an evaluation. */
    public void reset() {
        yes = false;
        tie = null;
        chosen = -1;
        other = -1;
        value = Double.NaN;
        side = 0;
        thresholdM = Double.NaN;
        thresholdText = null;
        orderCount = 0;
        if (steps != null) {
            steps.clear();
        }
    }

    /** True when chain-of-thought steps are wanted. */
    public boolean wantsSteps() {
        return steps != null && stepWriter != null;
    }

    /** Records a direct question about {@code a} (and {@code b}) as a step; false when it has no clear answer. */
    public boolean step(Category direct, int a, int b) {
        return stepWriter.step(direct, a, b);
    }

    /**
     * Evaluates {@code c} afresh on object {@code a} (and {@code b} when not negative): a direct question, as a
     * reasoning step or an answer asks it. False when it has no clear answer.
     */
    public boolean evaluate(Category c, int a, int b) {
        reset();
        if (b < 0) {
            with(a);
        } else {
            with(a, b);
        }
        return c.evaluate(this);
    }

    /** Sets {@link #objects} to the given indices (for tests and steps). */
    public Draw with(int... indices) {
        System.arraycopy(indices, 0, objects, 0, indices.length);
        count = indices.length;
        return this;
    }
}
