package org.spatiallift.engine.lift;

/**
 * How far a depth value may be off at a range: σ(z), one standard deviation in metres, for the kinds of depth the
 * engine lifts. The one depth-noise model of the engine (answers' intervals use it).
 * <ul>
 *   <li>{@link #SENSOR}: a structured-light or time-of-flight sensor, axial noise σ(z) = a + b·(z − c)² with
 *       a = 1.2 mm, b = 1.9 mm/m², c = 0.4 m (Nguyen, Izadi and Lovell 2012, Kinect; the Redwood and TUM frames come
 *       from such sensors);</li>
 *   <li>{@link #ESTIMATED}: depth estimated from one photo by a metric depth model, σ(z) = r·z with r = 0.10 (the
 *       absolute relative error such models reach indoors is 5–10 %);</li>
 * </ul>
 *
 * @param name      what kind of depth ("sensor", "estimated")
 * @param offsetM   a, m
 * @param quadratic b, 1/m (multiplies (z − c)² in m²)
 * @param minRangeM c, m
 * @param relative  r, the share of the range added as r·z
 */
public record DepthNoise(String name, double offsetM, double quadratic, double minRangeM, double relative) {

    public static final DepthNoise SENSOR = new DepthNoise("sensor", 0.0012, 0.0019, 0.4, 0);
    public static final DepthNoise ESTIMATED = new DepthNoise("estimated", 0, 0, 0, 0.10);

    public DepthNoise {
        if (!(offsetM >= 0) || !(quadratic >= 0) || !(minRangeM >= 0) || !(relative >= 0)
                || !Double.isFinite(offsetM + quadratic + minRangeM + relative)) {
            throw new IllegalArgumentException("depth noise " + name + ": parameters must be finite and non-negative, got "
                    + offsetM + " m, " + quadratic + " /m, " + minRangeM + " m, " + relative);
        }
    }

    /** σ(z) in metres at range {@code rangeM} (metres from the camera). */
    public double sigmaM(double rangeM) {
        double z = Math.max(0, rangeM);
        double over = Math.max(0, z - minRangeM);
        return offsetM + quadratic * over * over + relative * z;
    }

    /** The model for depth that was estimated by a model ({@code estimated}) or measured. */
    public static DepthNoise of(boolean estimated) {
        return estimated ? ESTIMATED : SENSOR;
    }
}
