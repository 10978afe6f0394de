package org.spatiallift.app.viewmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spatiallift.app.render.ColourMaps;

/** Value ranges and legends for colour-coded quantities (depth, height). */
final class Legends {

    private Legends() {
    }

    /** A heat-map legend over [lo, hi] metres titled {@code title}, ticks on a 1-2-5 step. */
    static ColourLegend heat(String title, double lo, double hi) {
        double span = Math.max(1e-6, hi - lo);
        double step = niceStep(span / 5);
        List<LegendTick> ticks = new ArrayList<>();
        for (double t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) {
            ticks.add(new LegendTick((t - lo) / span, Formats.metresTick(t, step)));
        }
        return new ColourLegend(title, ColourMaps.heatTable(), ticks);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /**
     * The {@code lowFraction} and {@code highFraction} quantiles of {@code values[0..n)} (sampled at up to 20000
     * values), so a few outliers do not squash the colour scale; {0, 1} when n is 0.
     */
    static double[] range(float[] values, int offset, int stride, int n, double lowFraction, double highFraction) {
        if (n == 0) {
            return new double[] {0, 1};
        }
        int step = Math.max(1, n / 20_000);
        int m = (n + step - 1) / step;
        float[] s = new float[m];
        for (int k = 0, i = 0; k < m; k++, i += step) {
            s[k] = values[offset + stride * i];
        }
        Arrays.sort(s);
        double lo = s[(int) Math.floor(lowFraction * (m - 1))];
        double hi = s[(int) Math.ceil(highFraction * (m - 1))];
        return hi > lo ? new double[] {lo, hi} : new double[] {lo, lo + 1};
    }
}
