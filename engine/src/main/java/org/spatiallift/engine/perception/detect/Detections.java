package org.spatiallift.engine.perception.detect;

import java.util.List;

/**
 * The detections in one image, best score first, with the image size, the timings and the model's provenance.
 *
 * @param detections the detections kept: score ≥ the detector's threshold
 * @param shadows    the weaker ones, score in [{@link DetectorOptions#SHADOW_THRESHOLD}, threshold), best first: not
 *                   objects of the scene, but a sign that there may be more of a class than were kept, so referring
 *                   expressions ("the chair", "the leftmost bottle") are checked against them too
 */
public record Detections(List<Detection> detections, int imageWidth, int imageHeight, DetectionTimings timings,
        ModelProvenance provenance, List<Detection> shadows) {

    public Detections {
        detections = List.copyOf(detections);
        shadows = shadows == null ? List.of() : List.copyOf(shadows);
    }

    /** Detections without shadows (a label map, fixed boxes in tests). */
    public Detections(List<Detection> detections, int imageWidth, int imageHeight, DetectionTimings timings,
                      ModelProvenance provenance) {
        this(detections, imageWidth, imageHeight, timings, provenance, List.of());
    }
}
