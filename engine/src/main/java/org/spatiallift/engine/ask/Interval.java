package org.spatiallift.engine.ask;

/**
 * The range a measured value may lie in, given the measurement's uncertainty, in the value's own unit (metres for
 * lengths). lo ≤ value ≤ hi.
 */
public record Interval(double lo, double hi) {

    public Interval {
        if (!(lo <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("an interval needs finite lo <= hi, got [" + lo + ", " + hi + "]");
        }
    }

    public boolean contains(double v) {
        return v >= lo && v <= hi;
    }

    public double width() {
        return hi - lo;
    }
}
