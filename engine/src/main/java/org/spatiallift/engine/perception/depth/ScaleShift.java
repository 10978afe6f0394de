package org.spatiallift.engine.perception.depth;

/**
 * Maps relative inverse depth r to metric depth: 1/z = scale·r + shift, so z = 1 / (scale·r + shift) where that is
 * positive (else no depth).
 *
 * @param rmsInverse root-mean-square residual of the fit in 1/m, over the {@code samples} reference pixels
 */
public record ScaleShift(double scale, double shift, double rmsInverse, int samples) {

    /** z in metres for relative inverse depth r, or 0 where scale·r + shift ≤ 0. */
    public float metres(float r) {
        double inv = scale * r + shift;
        return inv > 0 ? (float) (1 / inv) : 0f;
    }
}
