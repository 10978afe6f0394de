package org.spatiallift.engine.perception.describe;

/**
 * A detection below the kept threshold ({@code Detections.shadows()}), measured roughly so that referring expressions
 * can be checked against it: "the leftmost bottle" must be left of the weaker bottle detections too. Canonical frame,
 * metres; NaN where the box has too little valid depth (then no position or size holds against it).
 *
 * @param label   its class name
 * @param score   its detector score
 * @param x       canonical x of the point at its box centre, at the median depth of the box's middle half
 * @param y       canonical y of that point
 * @param extentX NaN from {@link ShadowMeasure}: without a mask a box has no extent on the scale of the kept objects'
 *                oriented boxes, so no size word clears it (tests may give one)
 * @param extentY the same
 * @param size    the same
 * @param rgb     the packed sRGB pixels of its box's middle half (for its colour)
 */
public record Shadow(String label, double score, double x, double y, double extentX, double extentY, double size,
                     int[] rgb) {
}
