package org.spatiallift.app.viewmodel;

/**
 * A distance between two picked points: ends {@code a} and {@code b} in the canonical frame (metres), the straight
 * length in metres, and the label to show (in the preferred units). {@code b} is null while only {@code a} is picked.
 */
public record Measurement(double[] a, double[] b, double lengthM, String label) {

    public boolean complete() {
        return b != null;
    }
}
