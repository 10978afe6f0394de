package org.spatiallift.engine.pipeline;

import org.spatiallift.engine.io.DepthEncoding;
import org.spatiallift.engine.io.DepthFormatRule;

/**
 * Parameters of a lift. Distances in metres, angles in degrees.
 *
 * @param minDepthM             points with depth z ≤ this are dropped
 * @param maxDepthM             points with depth z &gt; this are dropped
 * @param voxelM                voxel edge for down-sampling the cloud used for plane fitting
 * @param removeOutliers        run statistical outlier removal on the voxel cloud
 * @param outlierNeighbours     k of the statistical outlier filter
 * @param outlierStdRatio       points farther than mean + ratio·std of the mean k-NN distance are dropped
 * @param ransacThresholdM      inlier distance of plane RANSAC
 * @param ransacMaxIterations   upper bound of RANSAC iterations per plane (adaptive below that)
 * @param maxPlanes             planes to extract, largest first
 * @param horizontalToleranceDeg a plane is "roughly horizontal" when its normal is within this of the prior up/down axis
 * @param seed                  RANSAC seed: same seed, same result
 * @param clusterEpsM           DBSCAN radius for per-object clustering
 * @param floorContactM         an object is on the floor when its bottom is within this of the support plane
 */
public record LiftParameters(double minDepthM, double maxDepthM, double voxelM, boolean removeOutliers,
                             int outlierNeighbours, double outlierStdRatio, double ransacThresholdM,
                             int ransacMaxIterations, int maxPlanes, double horizontalToleranceDeg, long seed,
                             double clusterEpsM, double floorContactM) {

    public LiftParameters {
        if (!(minDepthM >= 0) || !(maxDepthM > minDepthM)) {
            throw new IllegalArgumentException("depth range must satisfy 0 <= min < max, got (" + minDepthM + ", " + maxDepthM + "] m");
        }
        if (!(voxelM > 0) || !(ransacThresholdM > 0) || !(clusterEpsM > 0) || !(floorContactM >= 0)) {
            throw new IllegalArgumentException("voxel size, RANSAC threshold and cluster radius must be positive (m)");
        }
        if (ransacMaxIterations < 1 || maxPlanes < 1 || outlierNeighbours < 1) {
            throw new IllegalArgumentException("RANSAC iterations, plane count and neighbour count must be at least 1");
        }
    }

    /** Defaults: depth (0, 10] m (per format: {@link #withDefaultDepthCut}), 2 cm voxels, 2 cm RANSAC threshold, up to 1000 iterations, 4 planes, seed 42. */
    public static LiftParameters defaults() {
        return new LiftParameters(0.0, 10.0, 0.02, false, 20, 2.0, 0.02, 1000, 4, 45.0, 42L, 0.05, 0.05);
    }

    public LiftParameters withDepthRange(double minM, double maxM) {
        return new LiftParameters(minM, maxM, voxelM, removeOutliers, outlierNeighbours, outlierStdRatio,
                ransacThresholdM, ransacMaxIterations, maxPlanes, horizontalToleranceDeg, seed, clusterEpsM, floorContactM);
    }

    /**
     * These parameters with the depth cut of depth read as {@code encoding} ({@link DepthFormatRule#defaultMaxDepthM}:
     * KITTI 80 m, others 10 m), for a lift whose user gave no maximum depth. The minimum stays; when it is not below
     * that cut the parameters are returned unchanged.
     */
    public LiftParameters withDefaultDepthCut(DepthEncoding encoding) {
        double max = DepthFormatRule.defaultMaxDepthM(encoding);
        return max > minDepthM && max != maxDepthM ? withDepthRange(minDepthM, max) : this;
    }

    public LiftParameters withVoxel(double m) {
        return new LiftParameters(minDepthM, maxDepthM, m, removeOutliers, outlierNeighbours, outlierStdRatio,
                ransacThresholdM, ransacMaxIterations, maxPlanes, horizontalToleranceDeg, seed, clusterEpsM, floorContactM);
    }

    public LiftParameters withSeed(long s) {
        return new LiftParameters(minDepthM, maxDepthM, voxelM, removeOutliers, outlierNeighbours, outlierStdRatio,
                ransacThresholdM, ransacMaxIterations, maxPlanes, horizontalToleranceDeg, s, clusterEpsM, floorContactM);
    }

    public LiftParameters withOutlierRemoval(boolean on) {
        return new LiftParameters(minDepthM, maxDepthM, voxelM, on, outlierNeighbours, outlierStdRatio,
                ransacThresholdM, ransacMaxIterations, maxPlanes, horizontalToleranceDeg, seed, clusterEpsM, floorContactM);
    }
}
