package org.spatiallift.engine.pipeline;

import java.util.List;

import org.spatiallift.engine.perception.detect.Detections;
import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.filter.SceneVerdict;
import org.spatiallift.engine.perception.mask.MaskReport;
import org.spatiallift.engine.scene.LeftOutObject;

/**
 * Where a lift's objects came from and what the perception stages decided.
 *
 * @param source     {@link #LABELS}, {@link #DETECTOR}, {@link #ANNOTATIONS} or {@link #NONE}
 * @param detections the detector's output (boxes, timings, model provenance), or null unless the source is the detector
 * @param masks      one report per detection (method, pixels, depth layer, time, or why it was left out); empty otherwise
 * @param scene      the scene filter's verdict, or null when no objects were sought
 * @param segmenter  the box-prompted segmentation model that made the masks, or null (GrabCut, or no detector)
 * @param leftOut    every detection, box or instance that did not become an object, with the reason: below the
 *                   threshold, a duplicate box, no usable mask, too few points, a duplicate in 3D (objects rejected
 *                   by class plausibility stay in the scene, marked by {@code SceneObject.rejection})
 */
public record PerceptionReport(String source, Detections detections, List<MaskReport> masks, SceneVerdict scene,
        ModelProvenance segmenter, List<LeftOutObject> leftOut) {

    public static final String LABELS = "labels";
    public static final String DETECTOR = "detector";
    /** Objects from annotated boxes ({@code --objects}, or an objects.json beside the image). */
    public static final String ANNOTATIONS = "annotations";
    public static final String NONE = "none";

    public PerceptionReport {
        masks = List.copyOf(masks);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    }

    /** Nothing recorded as left out. */
    public PerceptionReport(String source, Detections detections, List<MaskReport> masks, SceneVerdict scene,
                            ModelProvenance segmenter) {
        this(source, detections, masks, scene, segmenter, List.of());
    }

    /** Without a segmentation model. */
    public PerceptionReport(String source, Detections detections, List<MaskReport> masks, SceneVerdict scene) {
        this(source, detections, masks, scene, null);
    }

    /** No objects were sought. */
    public static PerceptionReport none() {
        return new PerceptionReport(NONE, null, List.of(), null);
    }
}
