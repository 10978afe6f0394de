package org.spatiallift.engine.cloud;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Statistical outlier removal (after Rusu et al. 2008, "Towards 3D point cloud based object maps for household
 * environments"): for every point p, d̄(p) is the mean Euclidean distance to its k nearest other points; with μ and
 * σ the mean and (population) standard deviation of d̄ over the cloud, p is kept when d̄(p) ≤ μ + stdRatio·σ.
 *
 * <p>Neighbours come from a {@link SpatialGrid} whose cell holds about k/2 points, so most queries finish within
 * the 27 cells around the point. Deterministic: no randomness, output in input order.
 */
public final class StatisticalOutlierFilter {

    private static final Logger LOG = LoggerFactory.getLogger(StatisticalOutlierFilter.class);

    private final int k;
    private final double stdRatio;

    /**
     * @param k        neighbours per point, at least 1
     * @param stdRatio how many standard deviations above the mean a point's mean neighbour distance may be
     */
    public StatisticalOutlierFilter(int k, double stdRatio) {
        if (k < 1) {
            throw new IllegalArgumentException("outlier filter needs k >= 1 neighbours, got " + k);
        }
        if (!Double.isFinite(stdRatio)) {
            throw new IllegalArgumentException("outlier std ratio must be finite, got " + stdRatio);
        }
        this.k = k;
        this.stdRatio = stdRatio;
    }

    /** The cloud without its statistical outliers; a cloud of at most k points is returned whole. */
    public FilteredCloud filter(PointCloud cloud) {
        int n = cloud.size();
        if (n <= k) {
            return new FilteredCloud(cloud.select(identity(n), n), identity(n), 0);
        }
        double[] meanDistance = meanNeighbourDistances(cloud);
        double sum = 0;
        for (double d : meanDistance) {
            sum += d;
        }
        double mean = sum / n;
        double squares = 0;
        for (double d : meanDistance) {
            squares += (d - mean) * (d - mean);
        }
        double limit = mean + stdRatio * Math.sqrt(squares / n);
        int[] kept = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (meanDistance[i] <= limit) {
                kept[count++] = i;
            }
        }
        int[] keptIndices = Arrays.copyOf(kept, count);
        LOG.debug("statistical outlier filter k={} ratio={}: mean {} m, limit {} m, removed {} of {}",
                k, stdRatio, mean, limit, n - count, n);
        return new FilteredCloud(cloud.select(keptIndices, count), keptIndices, n - count);
    }

    /** d̄(p) for every point: mean distance to its k nearest other points (metres). */
    public double[] meanNeighbourDistances(PointCloud cloud) {
        int n = cloud.size();
        SpatialGrid grid = SpatialGrid.build(cloud.xyz(), n, SpatialGrid.cellForOccupancy(cloud.xyz(), n, Math.max(2, k / 2.0)));
        int[] idx = new int[k];
        double[] dist = new double[k];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int found = grid.nearest(i, k, idx, dist);
            double s = 0;
            for (int t = 0; t < found; t++) {
                s += dist[t];
            }
            out[i] = found == 0 ? 0 : s / found;
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
