package org.spatiallift.engine.pipeline;

/**
 * Which stages a change of {@link LiftParameters} makes stale. Stages run in order and each reads the one before, so
 * a change reruns from the earliest stage that reads a changed parameter:
 * <ul>
 *   <li>depth range → {@link Stage#BACK_PROJECT} (every stage);</li>
 *   <li>voxel size, outlier removal and its k and ratio → {@link Stage#VOXEL} (the back-projected cloud is kept);</li>
 *   <li>RANSAC threshold, iterations, plane count, seed → {@link Stage#PLANES};</li>
 *   <li>horizontal tolerance → {@link Stage#FLOOR};</li>
 *   <li>cluster radius, floor contact → {@link Stage#OBJECTS}.</li>
 * </ul>
 */
public final class StageDependencies {

    private StageDependencies() {
    }

    /** The first stage that must run again when the parameters change from {@code before} to {@code after}; null when equal. */
    public static Stage firstStale(LiftParameters before, LiftParameters after) {
        if (before.minDepthM() != after.minDepthM() || before.maxDepthM() != after.maxDepthM()) {
            return Stage.BACK_PROJECT;
        }
        if (before.voxelM() != after.voxelM() || before.removeOutliers() != after.removeOutliers()
                || before.outlierNeighbours() != after.outlierNeighbours()
                || before.outlierStdRatio() != after.outlierStdRatio()) {
            return Stage.VOXEL;
        }
        if (before.ransacThresholdM() != after.ransacThresholdM()
                || before.ransacMaxIterations() != after.ransacMaxIterations()
                || before.maxPlanes() != after.maxPlanes() || before.seed() != after.seed()) {
            return Stage.PLANES;
        }
        if (before.horizontalToleranceDeg() != after.horizontalToleranceDeg()) {
            return Stage.FLOOR;
        }
        if (before.clusterEpsM() != after.clusterEpsM() || before.floorContactM() != after.floorContactM()) {
            return Stage.OBJECTS;
        }
        return null;
    }
}
