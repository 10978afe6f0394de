package org.spatiallift.app.viewmodel;

import java.util.List;

/**
 * An object to list and mark in the views; coordinates in the canonical frame, metres.
 *
 * @param rgb               its instance colour 0xRRGGBB (masks, instance colouring)
 * @param meanRgb           mean colour of its points, 0xRRGGBB
 * @param boxMin            axis-aligned box, low corner
 * @param boxMax            axis-aligned box, high corner
 * @param bottomAboveFloorM height of its lowest point above the floor (support plane)
 * @param samplePoints      up to {@value #SAMPLES} of its points, evenly spread over its point list, xyz interleaved:
 *                          places on its surface, where labels and checks can anchor
 * @param highlightPoints   up to {@value #HIGHLIGHT_POINTS} of its points, xyz interleaved, drawn over it when selected
 * @param captionU          where its caption goes on the image (pixel column)
 * @param captionV          ... (pixel row)
 * @param visibility        unit-free words for how much of it the picture shows ("cut by the image border",
 *                          "partly hidden behind a nearer surface"); empty when it is seen whole
 * @param words             its detector score, colour, caption, referring expression or ambiguity, and rejection
 */
public record ObjectMarker(int id, String name, int rgb, int meanRgb, double[] centroidCanonical, double[] boxMin,
                           double[] boxMax, double[] extentsM, double bottomAboveFloorM, boolean onFloor,
                           int pointCount, int droppedPoints, float[] samplePoints, float[] highlightPoints,
                           double captionU, double captionV, List<String> visibility, ObjectWords words) {

    public ObjectMarker {
        visibility = visibility == null ? List.of() : List.copyOf(visibility);
        words = words == null ? ObjectWords.NONE : words;
    }

    /** A marker without words (not described). */
    public ObjectMarker(int id, String name, int rgb, int meanRgb, double[] centroidCanonical, double[] boxMin,
                        double[] boxMax, double[] extentsM, double bottomAboveFloorM, boolean onFloor,
                        int pointCount, int droppedPoints, float[] samplePoints, float[] highlightPoints,
                        double captionU, double captionV, List<String> visibility) {
        this(id, name, rgb, meanRgb, centroidCanonical, boxMin, boxMax, extentsM, bottomAboveFloorM, onFloor,
                pointCount, droppedPoints, samplePoints, highlightPoints, captionU, captionV, visibility,
                ObjectWords.NONE);
    }

    public static final int SAMPLES = 32;
    public static final int HIGHLIGHT_POINTS = 40_000;

    /** "sofa 1.80 × 0.82 × 0.85 m": its name and its box's extents along the canonical x, y and z axes. */
    public String sizeLabel() {
        return name + " " + Formats.format("%.2f × %.2f × %.2f m", extentsM()[0], extentsM()[1], extentsM()[2]);
    }

    /** "24,797 points". */
    public String pointsLabel() {
        return Formats.format("%,d points", pointCount());
    }

    @Override
    public String toString() {
        return name + " (#" + id + ")" + (visibility.isEmpty() ? "" : ", " + String.join(", ", visibility));
    }
}
