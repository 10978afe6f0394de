package org.spatiallift.engine.qa;

/**
 * How clear a comparison must be before a question about it is asked. Near-ties are skipped, never guessed.
 * All in metres or as shares; see docs/qa-categories.md for where each applies.
 *
 * @param floorM           the smallest difference ever taken as decided, m (default 0.05)
 * @param positionRelative positions: centres must differ by at least this share of the two objects' mean extent
 *                         along the axis compared (default 0.25)
 * @param sizeRelative     sizes and distances: values must differ by at least this share of the larger one
 *                         (default 0.10)
 * @param contactM         two boxes touch when the gap between them is at most this, m (default 0.05)
 * @param clockDeg         clock directions: the bearing must be at least this far from the boundary between two
 *                         hours, degrees (default 5)
 */
public record Margins(double floorM, double positionRelative, double sizeRelative, double contactM, double clockDeg) {

    public Margins {
        if (!(floorM >= 0) || !(positionRelative >= 0) || !(sizeRelative >= 0) || !(contactM >= 0)
                || !Double.isFinite(floorM + positionRelative + sizeRelative + contactM)) {
            throw new IllegalArgumentException("margins must be finite and non-negative, got floor " + floorM
                    + " m, position " + positionRelative + ", size " + sizeRelative + ", contact " + contactM + " m");
        }
        if (!(clockDeg >= 0 && clockDeg < 15)) {
            throw new IllegalArgumentException("the clock margin must lie in [0, 15)°, got " + clockDeg + "°");
        }
    }

    public static Margins defaults() {
        return new Margins(0.05, 0.25, 0.10, 0.05, 5.0);
    }

    /** max(floorM, positionRelative · (e_a + e_b) / 2): the margin for comparing two centres, m. */
    public double position(double extentA, double extentB) {
        return Math.max(floorM, positionRelative * 0.5 * (extentA + extentB));
    }

    /** max(floorM, sizeRelative · max(a, b)): the margin for comparing two sizes or distances, m. */
    public double size(double a, double b) {
        return Math.max(floorM, sizeRelative * Math.max(a, b));
    }
}
