package org.spatiallift.engine.ask.series;

/**
 * One frame's measured value, or why there is none.
 *
 * @param value      the value in {@code unit}; NaN when the frame could not be measured
 * @param unit       the unit of {@code value} and the bounds ("m", "ratio", "o'clock", "count")
 * @param lowerBound the interval's lower end in {@code unit}, NaN when the measure gives no interval
 * @param upperBound the interval's upper end in {@code unit}, NaN when the measure gives no interval
 * @param reason     why {@code value} is NaN (names the object or the rule); null when it is measured
 */
public record Measurement(double value, String unit, double lowerBound, double upperBound, String reason) {

    public Measurement {
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a measurement needs a unit");
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("a measured value must be finite or NaN, got " + value + " " + unit);
        }
        if (Double.isNaN(value) == (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(Double.isNaN(value)
                    ? "a missing value needs the reason it is missing"
                    : "a measured value (" + value + " " + unit + ") has no reason to be missing, got: " + reason);
        }
        boolean noInterval = Double.isNaN(lowerBound) && Double.isNaN(upperBound);
        if (!noInterval && (Double.isNaN(value) || !(lowerBound <= value && value <= upperBound)
                || Double.isInfinite(lowerBound) || Double.isInfinite(upperBound))) {
            throw new IllegalArgumentException("an interval must be finite and hold its measured value, got [" + lowerBound
                    + ", " + upperBound + "] " + unit + " for " + value);
        }
    }

    /** A measured value without an interval. */
    public static Measurement of(double value, String unit) {
        return new Measurement(value, unit, Double.NaN, Double.NaN, null);
    }

    /** A measured value with the interval [lower, upper] that holds it. */
    public static Measurement of(double value, String unit, double lower, double upper) {
        return new Measurement(value, unit, lower, upper, null);
    }

    /** No value, for {@code reason}. */
    public static Measurement missing(String unit, String reason) {
        return new Measurement(Double.NaN, unit, Double.NaN, Double.NaN, reason);
    }

    /** True when the frame was measured. */
    public boolean present() {
        return !Double.isNaN(value);
    }

    /** True when the measurement carries an interval. */
    public boolean hasInterval() {
        return !Double.isNaN(lowerBound);
    }
}
