package org.spatiallift.app.viewmodel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.frame.CanonicalFrameEstimator;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.PerceptionReport;
import org.spatiallift.engine.pipeline.Stage;

/** Names, parameters and warnings of the lift's stages as the pipeline panel shows them. */
final class StageTexts {

    /** Key of the pseudo-stage that decodes the files (its warnings come from the loader). */
    static final String INPUT_KEY = "input";

    private StageTexts() {
    }

    static String label(Stage s) {
        return switch (s) {
            case BACK_PROJECT -> "Back-projection";
            case VOXEL -> "Voxel down-sampling";
            case OUTLIERS -> "Outlier removal";
            case PLANES -> "Plane RANSAC";
            case FLOOR -> "Floor and gravity";
            case CANONICAL -> "Canonical frame";
            case DETECT -> "Object detection";
            case MASKS -> "Masks";
            case OBJECTS -> "Objects";
            case DESCRIBE -> "Descriptions";
            case SCENE_FILTER -> "Scene filter";
        };
    }

    /** The parameters a stage reads, with units. */
    static String parameters(Stage s, LiftParameters p) {
        return switch (s) {
            case BACK_PROJECT -> Formats.format("depth range (%.2f, %.2f] m", p.minDepthM(), p.maxDepthM());
            case VOXEL -> Formats.format("voxel size %.3f m", p.voxelM());
            case OUTLIERS -> Formats.format("k = %d neighbours, %.1f std", p.outlierNeighbours(),
                    p.outlierStdRatio());
            case PLANES -> Formats.format("RANSAC threshold %.3f m, ≤ %d iterations, ≤ %d planes",
                    p.ransacThresholdM(), p.ransacMaxIterations(), p.maxPlanes());
            case FLOOR -> Formats.format("horizontal within %.0f°", p.horizontalToleranceDeg());
            case CANONICAL -> "p_canonical = R·p_camera + (0, 0, h)";
            case DETECT -> "detector score threshold as configured";
            case MASKS -> "GrabCut from the box, nearest depth layer, floor plane removed";
            case OBJECTS -> Formats.format("cluster radius %.3f m, floor contact %.3f m", p.clusterEpsM(),
                    p.floorContactM());
            case DESCRIBE -> "colour names in CIELAB, unique referring expressions with margins";
            case SCENE_FILTER -> "at least 2 usable objects, 10th–90th percentile depth spread ≥ 0.5 m";
        };
    }

    /**
     * The result's warnings by the stage they come from: decoding warnings under {@link #INPUT_KEY}, an empty depth
     * range under back-projection, the upright fallback under the floor, a rejecting scene filter verdict with its
     * reason under the scene filter, the rest (objects left out) under objects; every one in the app's terms, as the
     * notification says it ({@link AppAdvice#inAppTerms}).
     */
    static Map<String, List<String>> byStage(LiftResult r, List<String> inputWarnings) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        List<String> rest = new ArrayList<>(r.warnings());
        for (String w : inputWarnings) {
            if (rest.remove(w)) {
                out.computeIfAbsent(INPUT_KEY, k -> new ArrayList<>()).add(AppAdvice.inAppTerms(w));
            }
        }
        if (!r.frame().canonical() && rest.remove(r.frame().reason())) {
            String reason = r.frame().reason();
            String text = CanonicalFrameEstimator.NO_PLANE_REASON.equals(reason)
                    ? "no floor found: upright camera assumed (no horizontal plane below the camera)"
                    : reason.contains("upright camera assumed") ? "no floor found: " + reason
                    : "no floor found (" + reason + ")"; // gravity from walls: not upright
            out.computeIfAbsent(Stage.FLOOR.key(), k -> new ArrayList<>()).add(text);
        }
        if (r.perception().scene() != null && !r.perception().scene().accepted()) {
            out.computeIfAbsent(Stage.SCENE_FILTER.key(), k -> new ArrayList<>()).add(verdict(r));
        }
        for (String w : rest) {
            String key = w.startsWith("no pixel has depth") ? Stage.BACK_PROJECT.key() : Stage.OBJECTS.key();
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(AppAdvice.inAppTerms(w));
        }
        return out;
    }

    /**
     * The result's notes by stage: an accepting scene filter verdict with its reason, under the scene filter. It is
     * information, not a warning: only a rejection is one ({@link #byStage}).
     */
    static Map<String, List<String>> notesByStage(LiftResult r) {
        if (r.perception().scene() == null || !r.perception().scene().accepted()) {
            return Map.of();
        }
        return Map.of(Stage.SCENE_FILTER.key(), List.of(verdict(r)));
    }

    /** "scene filter (rules): accepted: 9 usable objects …". */
    private static String verdict(LiftResult r) {
        var v = r.perception().scene();
        return "scene filter (" + v.method() + "): " + v.reason();
    }

    /** Stages a lift with these settings runs, in order. */
    /** @param objectsFrom where the objects come from: {@link PerceptionReport#LABELS}, {@code DETECTOR},
     *     {@code ANNOTATIONS} or {@code NONE} */
    static List<Stage> stagesRun(LiftParameters p, String objectsFrom) {
        Map<Stage, String> skipped = skipReasons(p, objectsFrom);
        List<Stage> out = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (!skipped.containsKey(s)) {
                out.add(s);
            }
        }
        return out;
    }

    static Map<Stage, String> skipReasons(LiftParameters p, String objectsFrom) {
        Map<Stage, String> out = new EnumMap<>(Stage.class);
        if (!p.removeOutliers()) {
            out.put(Stage.OUTLIERS, "off");
        }
        if (PerceptionReport.ANNOTATIONS.equals(objectsFrom)) {
            out.put(Stage.DETECT, "objects from the annotated boxes");
            out.put(Stage.MASKS, "objects from the annotated boxes");
        } else if (PerceptionReport.LABELS.equals(objectsFrom)) {
            out.put(Stage.DETECT, "objects from the label map");
            out.put(Stage.MASKS, "objects from the label map");
        } else if (!PerceptionReport.DETECTOR.equals(objectsFrom)) {
            out.put(Stage.DETECT, "no label map and no object detector installed (Models › Models…)");
            out.put(Stage.MASKS, "no detections");
            out.put(Stage.OBJECTS, "no label map");
            out.put(Stage.DESCRIBE, "no objects");
            out.put(Stage.SCENE_FILTER, "no objects");
        }
        return out;
    }
}
