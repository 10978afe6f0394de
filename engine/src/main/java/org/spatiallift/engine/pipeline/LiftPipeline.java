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
        StageTimer timer = new StageTimer(progress, cancellation);
        List<String> warnings = new ArrayList<>(inputWarnings);

        PointCloud cloud = BackProjector.backProject(input.depth(), input.color(), input.intrinsics(),
                parameters.minDepthM(), parameters.maxDepthM());
        timer.done(Stage.BACK_PROJECT);
        if (cloud.size() == 0) {
            warnings.add(String.format(Locale.ROOT, "no pixel has depth in (%.2f, %.2f] m: nothing to lift; "
                    + "widen the depth range", parameters.minDepthM(), parameters.maxDepthM()));
        }

        PointCloud voxels = VoxelGrid.downsample(cloud, parameters.voxelM());
        timer.done(Stage.VOXEL);
        if (parameters.removeOutliers()) {
            voxels = new StatisticalOutlierFilter(parameters.outlierNeighbours(), parameters.outlierStdRatio())
                    .filter(voxels).cloud();
            timer.done(Stage.OUTLIERS);
        }

        List<PlaneFit> planes = PlaneSegmenter.fromParameters(parameters).segment(voxels);
        timer.done(Stage.PLANES);
        CanonicalFrame frame = CanonicalFrameEstimator.fromParameters(parameters).estimate(voxels, planes);
        timer.done(Stage.FLOOR);
        if (!frame.canonical()) {
            warnings.add(frame.reason());
        }
        PointCloud canonical = cloud.transformed(frame.cameraToCanonical(), CoordinateFrame.CANONICAL);
        timer.done(Stage.CANONICAL);

        List<SceneObject> objects = List.of();
        if (input.labels() != null) {
            ExtractedObjects extracted = ObjectExtractor.fromParameters(parameters).extract(cloud, input.labels(), frame);
            objects = extracted.objects();
            warnings.addAll(extracted.warnings());
            timer.done(Stage.OBJECTS);
        }
        LOG.debug("lifted {} points, {} planes, {} objects in {}", cloud.size(), planes.size(), objects.size(),
                timer.millis());
        return new LiftResult(input, parameters, cloud, canonical, voxels, planes, frame, objects,
                new StageTimings(timer.millis()), warnings);
    }
}
