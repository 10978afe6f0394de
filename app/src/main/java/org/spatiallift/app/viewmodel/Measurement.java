package org.spatiallift.app.viewmodel;

/**
 * A distance between two picked points: ends {@code a} and {@code b} in the canonical frame (metres), the straight
 * length in metres, and the label to show (in the preferred units): the length, then Δx, Δy, Δz from a to b in the
 * canonical frame ("1.234 m · Δx +0.100 m, Δy -0.200 m, Δz +1.000 m, canonical frame"). {@code b} is null while only
 * {@code a} is picked.
 */
public record Measurement(double[] a, double[] b, double lengthM, String label) {

    public boolean complete() {
        return b != null;
    }

    /** b − a in the canonical frame (metres: x right, y forward, z up), or null while only {@code a} is picked. */
    public double[] delta() {
        return b == null ? null : new double[] {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
    }
}
