package org.spatiallift.cli;

import org.spatiallift.engine.io.DepthEncoding;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.pipeline.LiftParameters;

import picocli.CommandLine.Option;

/**
 * Lift parameters on the command line without the RANSAC seed, for commands where {@code --seed} means something
 * else (the QA seed of {@code qa} and {@code generate}); defaults from {@link LiftParameters#defaults()}.
 */
class LiftCoreOptions {

    @Option(names = "--min-depth", paramLabel = "M", description = "Drop depth at or below this (metres).")
    Double minDepthM;

    @Option(names = "--max-depth", paramLabel = "M", description = "Drop depth beyond this (metres; default by depth format: 80 for kitti, else 10).")
    Double maxDepthM;

    @Option(names = "--voxel", paramLabel = "M", description = "Voxel size for plane fitting (metres, default 0.02).")
    Double voxelM;

    @Option(names = "--remove-outliers",
            description = "Statistical outlier removal (20 neighbours, 2 std) on the voxel cloud before plane fitting.")
    boolean removeOutliers;

    /**
     * The parameters for one input read as {@code encoding}: {@link #toParameters(Long)}, and without --max-depth the
     * depth cut of its format ({@link LiftParameters#withDefaultDepthCut}: KITTI 80 m, others 10 m).
     */
    LiftParameters toParameters(Long seed, DepthEncoding encoding) throws InputException {
        return forInput(toParameters(seed), encoding);
    }

    /** {@code base} (from {@link #toParameters(Long)}) for an input read as {@code encoding}. */
    LiftParameters forInput(LiftParameters base, DepthEncoding encoding) {
        return maxDepthM == null ? base.withDefaultDepthCut(encoding) : base;
    }

    /** The parameters, with RANSAC seeded by {@code seed} (null: the default 42). */
    LiftParameters toParameters(Long seed) throws InputException {
        LiftParameters d = LiftParameters.defaults();
        double min = minDepthM == null ? d.minDepthM() : minDepthM;
        double max = maxDepthM == null ? d.maxDepthM() : maxDepthM;
        if (!(min >= 0) || !(max > min) || Double.isInfinite(max)) {
            throw InputException.forValue("--min-depth/--max-depth", "the depth range (" + min + ", " + max
                    + "] m is empty or not finite", "Give 0 <= --min-depth < --max-depth, e.g. --max-depth 4");
        }
        if (voxelM != null && !(voxelM > 0 && voxelM < 10)) {
            throw InputException.forValue("--voxel", voxelM + " m is not a usable voxel size",
                    "Give a positive size in metres, e.g. --voxel 0.02");
        }
        LiftParameters p = d.withDepthRange(minDepthM == null ? d.minDepthM() : minDepthM,
                maxDepthM == null ? d.maxDepthM() : maxDepthM);
        if (voxelM != null) {
            p = p.withVoxel(voxelM);
        }
        if (seed != null) {
            p = p.withSeed(seed);
        }
        if (removeOutliers) {
            p = p.withOutlierRemoval(true);
        }
        return p;
    }
}
