package org.spatiallift.engine.perception.detect;

import java.util.ArrayList;
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

    /**
     * The detections of a detector run decoded down to {@link #lowestScore}: those at or above {@code threshold} are
     * kept, the rest are shadows (one rule for every detector).
     */
    public static Detections split(List<Detection> all, double threshold, int imageWidth, int imageHeight,
                                   DetectionTimings timings, ModelProvenance provenance) {
        List<Detection> kept = new ArrayList<>(all.size());
        List<Detection> shadows = new ArrayList<>();
        for (Detection d : all) {
            (d.score() >= threshold ? kept : shadows).add(d);
        }
        return new Detections(kept, imageWidth, imageHeight, timings, provenance, shadows);
    }

    /** The lowest score a detector decodes at {@code threshold}: shadows included. */
    public static double lowestScore(double threshold) {
        return Math.min(threshold, DetectorOptions.SHADOW_THRESHOLD);
    }
}
