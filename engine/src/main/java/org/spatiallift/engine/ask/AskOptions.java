package org.spatiallift.engine.ask;

import org.spatiallift.engine.ask.measure.MeasurementNoise;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.Units;

/**
 * How questions about one scene are answered.
 *
 * @param units   the units lengths are stated in when a question does not say (values stay in metres)
 * @param margins the near-tie margins, as generation uses them (a comparison inside them is "about the same")
 * @param noise   the measurement uncertainty intervals come from
 */
public record AskOptions(Units units, Margins margins, MeasurementNoise noise) {

    public AskOptions {
        if (units == null || margins == null || noise == null) {
            throw new IllegalArgumentException("units, margins and noise are required");
        }
    }

    /**
     * Metric, default margins, the noise of {@code scene} with the lift's gravity uncertainty {@code gravityDeg}
     * (degrees; NaN when the lift did not estimate it).
     */
    public static AskOptions of(QaScene scene, double gravityDeg) {
        return new AskOptions(Units.METRIC, Margins.defaults(), MeasurementNoise.of(scene, gravityDeg));
    }

    public AskOptions withUnits(Units u) {
        return new AskOptions(u, margins, noise);
    }
}
