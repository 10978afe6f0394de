package org.spatiallift.engine.perception.detect;

/** One detected object: its class (name and index in the model's label list), score in [0, 1] and box in image pixels. */
public record Detection(String label, int classId, double score, PixelBox box) {
}
