package org.spatiallift.engine.frame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.pipeline.LiftParameters;

/**
 * Several planes of a scene by sequential RANSAC: fit the dominant plane ({@link PlaneRansac}), remove its inliers,
 * repeat on the rest, until {@code maxPlanes} planes are found or the next plane has fewer than
 * max(minInliers, minInlierFraction · n) inliers (n the cloud's size). Plane i is searched with the seed
 * seed + i, so the result is deterministic. Planes come back largest first; inlier indices refer to the input
 * cloud and no point belongs to two planes.
 */
public final class PlaneSegmenter {

    /** Default minimum plane size: this many points ... */
    public static final int DEFAULT_MIN_INLIERS = 100;
    /** ... or this share of the cloud, whichever is larger. */
    public static final double DEFAULT_MIN_INLIER_FRACTION = 0.01;
    private static final Logger LOG = LoggerFactory.getLogger(PlaneSegmenter.class);

    private final double thresholdM;
    private final int maxIterations;
    private final long seed;
    private final int maxPlanes;
    private final int minInliers;
    private final double minInlierFraction;

    public PlaneSegmenter(double thresholdM, int maxIterations, long seed, int maxPlanes, int minInliers,
                          double minInlierFraction) {
        if (!(thresholdM > 0) || maxIterations < 1 || maxPlanes < 1 || minInliers < 3
                || !(minInlierFraction >= 0 && minInlierFraction < 1)) {
            throw new IllegalArgumentException("plane segmentation needs threshold > 0 m, maxIterations >= 1,"
                    + " maxPlanes >= 1, minInliers >= 3 and a minimum fraction in [0, 1); got " + thresholdM + ", "
                    + maxIterations + ", " + maxPlanes + ", " + minInliers + ", " + minInlierFraction);
        }
        this.thresholdM = thresholdM;
        this.maxIterations = maxIterations;
        this.seed = seed;
        this.maxPlanes = maxPlanes;
        this.minInliers = minInliers;
        this.minInlierFraction = minInlierFraction;
    }

    /** RANSAC threshold, iteration cap, seed and plane count from the lift parameters; default minimum sizes. */
    public static PlaneSegmenter fromParameters(LiftParameters p) {
        return new PlaneSegmenter(p.ransacThresholdM(), p.ransacMaxIterations(), p.seed(), p.maxPlanes(),
                DEFAULT_MIN_INLIERS, DEFAULT_MIN_INLIER_FRACTION);
    }

    /** The planes of {@code cloud}, largest first. */
    public List<PlaneFit> segment(PointCloud cloud) {
        return segment(cloud, found -> { });
    }

    /**
     * The planes of {@code cloud}, largest first, telling {@code planesFound} the number found so far after each
     * plane (of at most the plane cap); it may stop the work by throwing (a cancelled lift).
     */
    public List<PlaneFit> segment(PointCloud cloud, IntConsumer planesFound) {
        int n = cloud.size();
        int minimum = (int) Math.max(minInliers, Math.ceil(minInlierFraction * n));
        int[] remaining = new int[n];
        for (int i = 0; i < n; i++) {
            remaining[i] = i;
        }
        int count = n;
        boolean[] taken = new boolean[n];
        List<PlaneFit> planes = new ArrayList<>();
        for (int p = 0; p < maxPlanes && count >= minimum; p++) {
            PlaneRansac ransac = new PlaneRansac(thresholdM, maxIterations, seed + p);
            Optional<PlaneFit> fit = ransac.fit(cloud.xyz(), remaining, count);
            if (fit.isEmpty() || fit.get().inlierCount() < minimum) {
                LOG.debug("plane {}: {} inliers, fewer than {}; stopping", p,
                        fit.map(PlaneFit::inlierCount).orElse(0), minimum);
                break;
            }
            planes.add(fit.get());
            for (int i : fit.get().inliers()) {
                taken[i] = true;
            }
            int kept = 0;
            for (int k = 0; k < count; k++) {
                if (!taken[remaining[k]]) {
                    remaining[kept++] = remaining[k];
                }
            }
            count = kept;
            planesFound.accept(planes.size());
        }
        planes.sort(Comparator.comparingInt(PlaneFit::inlierCount).reversed());
        return List.copyOf(planes);
    }
}
