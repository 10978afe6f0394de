package org.spatiallift.engine.scene;

/**
 * Cluster labels of n points: labels[i] is the cluster of point i (0, 1, ...) or {@link Dbscan#NOISE}.
 *
 * @param labels per-point cluster, in input order
 * @param sizes  points per cluster, indexed by cluster
 */
public record Clusters(int[] labels, int[] sizes) {

    public int count() {
        return sizes.length;
    }

    /** The cluster with most points (the lowest label on a tie), or −1 when every point is noise. */
    public int largest() {
        int best = -1;
        for (int c = 0; c < sizes.length; c++) {
            if (best < 0 || sizes[c] > sizes[best]) {
                best = c;
            }
        }
        return best;
    }
}
