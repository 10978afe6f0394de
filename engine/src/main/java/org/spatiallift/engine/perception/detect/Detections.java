package org.spatiallift.engine.perception.detect;

import java.util.List;

/** The detections in one image, best score first, with the image size, the timings and the model's provenance. */
public record Detections(List<Detection> detections, int imageWidth, int imageHeight, DetectionTimings timings,
        ModelProvenance provenance) {

    public Detections {
        detections = List.copyOf(detections);
    }
}
