package org.spatiallift.engine.ask.measure;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.spatiallift.engine.ask.Interval;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.Units;
import org.spatiallift.engine.qa.category.Category;
import org.spatiallift.engine.qa.geometry.SceneGeometry;
import org.spatiallift.engine.qa.category.Draw;

/**
 * Propagates a scene's measurement uncertainty to one answer: the same category, objects and stated distance
 * evaluated on each plausible other measurement of the scene ({@link PerturbedScenes}, 200 samples drawn once per
 * scene), by the category's own code. A quantity's interval is the 2.5th to 97.5th percentile of the decided samples'
 * values (clock hours unwrapped to the nearest turn of the answer's hour), widened to hold the answer's value; it
 * needs at least {@link #MIN_DECIDED} decided samples. Thread-safe: each call uses its own scratch.
 */
public final class IntervalEstimator {

    /** Decided samples an interval needs. */
    public static final int MIN_DECIDED = 20;
    private final List<SceneGeometry> samples;
    private final Margins margins;

    public IntervalEstimator(PerturbedScenes scenes, Margins margins) {
        this.samples = scenes.samples();
        this.margins = margins;
    }

    /** The spread of {@code answered} (category {@code c} on its objects, evaluated and decided) over the samples. */
    public Spread spread(Category c, Draw answered) {
        double[] values = new double[samples.size()];
        int n = 0, same = 0;
        int[] idx = Arrays.copyOf(answered.objects, answered.count);
        for (SceneGeometry g : samples) {
            Draw d = new Draw(g, margins, Units.METRIC, new SplittableRandom(0), null);
            d.answerTies = answered.answerTies;
            d.reset();
            d.with(idx);
            d.thresholdM = answered.thresholdM;
            d.thresholdText = answered.thresholdText;
            if (!c.evaluate(d)) {
                continue;
            }
            if (c.unit() != null) {
                values[n++] = Category.CLOCK.equals(c.unit()) ? nearestTurn(d.value, answered.value) : d.value;
                same++;
            } else if (sameAnswer(answered, d)) {
                same++;
            }
        }
        double agreeing = (double) same / samples.size();
        if (c.unit() == null || n < MIN_DECIDED) {
            return new Spread(null, agreeing);
        }
        double[] v = Arrays.copyOf(values, n);
        Arrays.sort(v);
        double lo = Math.min(answered.value, percentile(v, 0.025));
        double hi = Math.max(answered.value, percentile(v, 0.975));
        return new Spread(new Interval(lo, hi), agreeing);
    }

    /**
     * How many of {@code others} lie within {@code thresholdM} of {@code x} (closest points of the boxes) across the
     * samples: the 2.5th to 97.5th percentile of the per-sample counts, widened to hold {@code count}.
     */
    public Interval countWithin(int x, List<Integer> others, double thresholdM, double count) {
        double[] counts = new double[samples.size()];
        for (int s = 0; s < samples.size(); s++) {
            SceneGeometry g = samples.get(s);
            int n = 0;
            for (int k : others) {
                if (g.surfaceDistance(k, x) <= thresholdM) {
                    n++;
                }
            }
            counts[s] = n;
        }
        Arrays.sort(counts);
        return new Interval(Math.min(count, percentile(counts, 0.025)), Math.max(count, percentile(counts, 0.975)));
    }

    private static boolean sameAnswer(Draw a, Draw b) {
        if (a.tie != b.tie || a.yes != b.yes || a.chosen != b.chosen || a.side != b.side || a.orderCount != b.orderCount) {
            return false;
        }
        for (int k = 0; k < a.orderCount; k++) {
            if (a.order[k] != b.order[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@code hour} + 12·k nearest to {@code reference}. */
    static double nearestTurn(double hour, double reference) {
        return hour + 12 * Math.rint((reference - hour) / 12);
    }

    /** Linear interpolation between order statistics of sorted {@code v}. */
    static double percentile(double[] v, double q) {
        double pos = q * (v.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(v.length - 1, i + 1);
        return v[i] + (pos - i) * (v[j] - v[i]);
    }
}
