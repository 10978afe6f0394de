package org.spatiallift.engine.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.cloud.StatisticalOutlierFilter;
import org.spatiallift.engine.cloud.VoxelGrid;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.CanonicalFrameEstimator;
import org.spatiallift.engine.frame.PlaneFit;
import org.spatiallift.engine.frame.PlaneSegmenter;
import org.spatiallift.engine.lift.BackProjector;
import org.spatiallift.engine.scene.ExtractedObjects;
import org.spatiallift.engine.scene.ObjectExtractor;
import org.spatiallift.engine.scene.SceneObject;

/**
 * The lift from decoded inputs to a canonical scene, stage by stage ({@link Stage}): back-projection of every valid
 * pixel → voxel down-sampling (→ optional statistical outlier removal) → plane segmentation on the voxel cloud →
 * floor / table / upright fallback → the whole cloud in the canonical frame → objects from the label map.
 * Each stage is timed on its own; progress and cancellation are checked between stages. Stateless and thread-safe.
 */
public final class LiftPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(LiftPipeline.class);

    /** Lifts {@code input} with {@code parameters}; {@code inputWarnings} (from decoding) lead the result's warnings. */
    public LiftResult run(LiftInput input, LiftParameters parameters, List<String> inputWarnings,
                          ProgressListener progress, Cancellation cancellation) {
        return runFrom(Stage.BACK_PROJECT, input, null, parameters, inputWarnings, progress, cancellation);
    }

    /**
     * Lifts {@code previous}'s input again with new {@code parameters}, running only the stages the change makes stale
     * ({@link StageDependencies#firstStale}) and reusing the earlier stages' outputs from {@code previous}: a new voxel
     * size or RANSAC threshold starts from the cached back-projected cloud, a new depth range from back-projection.
     * The result equals {@link #run} with the same parameters; its timings hold only the stages that ran.
     * Returns {@code previous} itself when the parameters are equal.
     *
     * @param inputWarnings the decoding warnings {@code previous} was lifted with (they lead the warnings again)
     */
    public LiftResult rerun(LiftResult previous, LiftParameters parameters, List<String> inputWarnings,
                            ProgressListener progress, Cancellation cancellation) {
        Stage first = StageDependencies.firstStale(previous.parameters(), parameters);
        if (first == null) {
            return previous;
        }
        return runFrom(first, previous.input(), previous, parameters, inputWarnings, progress, cancellation);
    }

    /** Runs the stages from {@code first} on; earlier stages' outputs come from {@code previous}. */
    private LiftResult runFrom(Stage first, LiftInput input, LiftResult previous, LiftParameters parameters,
                               List<String> inputWarnings, ProgressListener progress, Cancellation cancellation) {
        StageTimer timer = new StageTimer(progress, cancellation);
        List<String> warnings = new ArrayList<>(inputWarnings);

        PointCloud cloud;
        if (first.compareTo(Stage.BACK_PROJECT) <= 0) {
            cloud = BackProjector.backProject(input.depth(), input.color(), input.intrinsics(),
                    parameters.minDepthM(), parameters.maxDepthM());
            timer.done(Stage.BACK_PROJECT);
        } else {
            cloud = previous.cloudCamera();
        }
        if (cloud.size() == 0) {
            warnings.add(String.format(Locale.ROOT, "no pixel has depth in (%.2f, %.2f] m: nothing to lift; "
                    + "widen the depth range", parameters.minDepthM(), parameters.maxDepthM()));
        }

        PointCloud voxels;
        if (first.compareTo(Stage.VOXEL) <= 0) {
            voxels = VoxelGrid.downsample(cloud, parameters.voxelM());
            timer.done(Stage.VOXEL);
            if (parameters.removeOutliers()) {
                voxels = new StatisticalOutlierFilter(parameters.outlierNeighbours(), parameters.outlierStdRatio())
                        .filter(voxels).cloud();
                timer.done(Stage.OUTLIERS);
            }
        } else {
            voxels = previous.voxelCamera();
        }

        List<PlaneFit> planes;
        if (first.compareTo(Stage.PLANES) <= 0) {
            planes = PlaneSegmenter.fromParameters(parameters).segment(voxels);
            timer.done(Stage.PLANES);
        } else {
            planes = previous.planes();
        }
        CanonicalFrame frame;
        if (first.compareTo(Stage.FLOOR) <= 0) {
            frame = CanonicalFrameEstimator.fromParameters(parameters).estimate(voxels, planes);
            timer.done(Stage.FLOOR);
        } else {
            frame = previous.frame();
        }
        if (!frame.canonical()) {
            warnings.add(frame.reason());
        }
        PointCloud canonical;
        if (first.compareTo(Stage.CANONICAL) <= 0) {
            canonical = cloud.transformed(frame.cameraToCanonical(), CoordinateFrame.CANONICAL);
            timer.done(Stage.CANONICAL);
        } else {
            canonical = previous.cloudCanonical();
        }

        List<SceneObject> objects = List.of();
        if (input.labels() != null) {
            ExtractedObjects extracted = ObjectExtractor.fromParameters(parameters).extract(cloud, input.labels(), frame);
            objects = extracted.objects();
            warnings.addAll(extracted.warnings());
            timer.done(Stage.OBJECTS);
        }
        LOG.debug("lifted {} points, {} planes, {} objects from stage {} in {}", cloud.size(), planes.size(),
                objects.size(), first.key(), timer.millis());
        return new LiftResult(input, parameters, cloud, canonical, voxels, planes, frame, objects,
                new StageTimings(timer.millis()), warnings);
    }
}
