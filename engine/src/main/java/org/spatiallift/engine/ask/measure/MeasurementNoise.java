package org.spatiallift.engine.ask.measure;

import java.util.Locale;

import org.spatiallift.engine.lift.DepthNoise;
import org.spatiallift.engine.qa.QaScene;

/**
 * How far a scene's boxes may be off, the three sources answers' intervals come from:
 * <ul>
 *   <li>depth noise σ_d(r) at the object's range r ({@link DepthNoise}): the whole object moves along its camera
 *       ray;</li>
 *   <li>the box extent: each face of a box from a mask, σ_f(r) = √((k·r)² + f²), k = {@code edgePerMetre} (a mask
 *       edge one or two pixels off at a focal length of about 500 px moves a face by about 4 mm per metre of range),
 *       f = {@code edgeFloorM};</li>
 *   <li>gravity: the frame tilted by N(0, θ) about x and y, θ = {@code gravityDeg}.</li>
 * </ul>
 *
 * @param depth        the depth-noise model
 * @param gravityDeg   θ, degrees (one standard deviation)
 * @param edgePerMetre k, metres of face error per metre of range
 * @param edgeFloorM   f, m
 */
public record MeasurementNoise(DepthNoise depth, double gravityDeg, double edgePerMetre, double edgeFloorM) {

    /** θ when the lift did not estimate gravity's uncertainty (gravity from annotations, or assumed), degrees. */
    public static final double DEFAULT_GRAVITY_DEG = 1.0;
    public static final double EDGE_PER_METRE = 0.004;
    public static final double EDGE_FLOOR_M = 0.005;

    public MeasurementNoise {
        if (depth == null || !(gravityDeg >= 0) || !(edgePerMetre >= 0) || !(edgeFloorM >= 0)
                || !Double.isFinite(gravityDeg + edgePerMetre + edgeFloorM)) {
            throw new IllegalArgumentException("measurement noise needs a depth model and finite, non-negative "
                    + "gravity (" + gravityDeg + "°) and edge (" + edgePerMetre + " m/m, " + edgeFloorM + " m) terms");
        }
    }

    /**
     * The noise of {@code scene}: sensor or estimated depth by its source, the lift's gravity uncertainty
     * ({@code gravityDeg}, NaN when not estimated: {@link #DEFAULT_GRAVITY_DEG}).
     */
    public static MeasurementNoise of(QaScene scene, double gravityDeg) {
        return new MeasurementNoise(DepthNoise.of(scene.source().depthEstimated()),
                Double.isNaN(gravityDeg) ? DEFAULT_GRAVITY_DEG : gravityDeg, EDGE_PER_METRE, EDGE_FLOOR_M);
    }

    /** σ_f(r), m. */
    public double edgeSigmaM(double rangeM) {
        double k = edgePerMetre * rangeM;
        return Math.sqrt(k * k + edgeFloorM * edgeFloorM);
    }

    /** "depth noise ±1.4 cm at 3.0 m (sensor), box faces ±1.3 cm, gravity ±0.3°". */
    public String describe(double rangeM) {
        return String.format(Locale.ROOT, "depth noise ±%.1f cm at %.1f m (%s), box faces ±%.1f cm, gravity ±%.1f°",
                depth.sigmaM(rangeM) * 100, rangeM, depth.name(), edgeSigmaM(rangeM) * 100, gravityDeg);
    }
}
