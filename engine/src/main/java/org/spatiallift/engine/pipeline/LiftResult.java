package org.spatiallift.engine.pipeline;

import java.util.List;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.PlaneFit;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Everything a lift produced, stage by stage.
 *
 * @param input          what was lifted
 * @param parameters     with which parameters
 * @param cloudCamera    every valid pixel as a point, camera frame
 * @param cloudCanonical the same points in the canonical frame (same order and indices)
 * @param voxelCamera    the down-sampled (and, if asked, outlier-filtered) cloud used for plane fitting, camera frame
 * @param planes         planes found in {@code voxelCamera}, largest first
 * @param frame          the canonical frame
 * @param objects        objects from the label map or the detector, described (empty without either)
 * @param timings        milliseconds per stage
 * @param warnings       things the user should know ("intrinsics from a default 60° field of view", ...)
 * @param perception     where the objects came from, the detector's boxes and masks, and the scene filter's verdict
 */
public record LiftResult(LiftInput input, LiftParameters parameters, PointCloud cloudCamera, PointCloud cloudCanonical,
                         PointCloud voxelCamera, List<PlaneFit> planes, CanonicalFrame frame,
                         List<SceneObject> objects, StageTimings timings, List<String> warnings,
                         PerceptionReport perception) {

    public LiftResult {
        planes = List.copyOf(planes);
        objects = List.copyOf(objects);
        warnings = List.copyOf(warnings);
        perception = perception == null ? PerceptionReport.none() : perception;
    }

    /** A result without a perception report (objects, if any, from a label map). */
    public LiftResult(LiftInput input, LiftParameters parameters, PointCloud cloudCamera, PointCloud cloudCanonical,
                      PointCloud voxelCamera, List<PlaneFit> planes, CanonicalFrame frame,
                      List<SceneObject> objects, StageTimings timings, List<String> warnings) {
        this(input, parameters, cloudCamera, cloudCanonical, voxelCamera, planes, frame, objects, timings, warnings,
                PerceptionReport.none());
    }
}
