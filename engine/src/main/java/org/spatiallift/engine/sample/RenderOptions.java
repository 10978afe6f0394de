package org.spatiallift.engine.sample;

/**
 * How {@link SceneRenderer} renders.
 *
 * @param maxRangeM       depth beyond this (z in metres) is written as 0 (no depth)
 * @param depthNoiseStdM  standard deviation of Gaussian noise added to every valid depth (m); 0 for exact depth
 * @param noiseSeed       seed of that noise: the same seed gives the same noise
 */
public record RenderOptions(double maxRangeM, double depthNoiseStdM, long noiseSeed) {

    public RenderOptions {
        if (!(maxRangeM > 0)) {
            throw new IllegalArgumentException("max range must be positive (m), got " + maxRangeM);
        }
        if (!(depthNoiseStdM >= 0) || !Double.isFinite(depthNoiseStdM)) {
            throw new IllegalArgumentException("depth noise must be a finite standard deviation ≥ 0 (m), got " + depthNoiseStdM);
        }
    }

    /** Exact depth up to 20 m. */
    public static RenderOptions defaults() {
        return new RenderOptions(20.0, 0.0, 0L);
    }

    /** These options with Gaussian depth noise of standard deviation {@code stdM} metres, seeded. */
    public RenderOptions withDepthNoise(double stdM, long seed) {
        return new RenderOptions(maxRangeM, stdM, seed);
    }
}
