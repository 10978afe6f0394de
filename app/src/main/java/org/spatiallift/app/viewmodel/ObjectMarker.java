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
 */
public record ObjectMarker(int id, String name, int rgb, int meanRgb, double[] centroidCanonical, double[] boxMin,
                           double[] boxMax, double[] extentsM, double bottomAboveFloorM, boolean onFloor,
                           int pointCount, int droppedPoints, float[] samplePoints, float[] highlightPoints,
                           double captionU, double captionV, List<String> visibility) {

    public ObjectMarker {
        visibility = visibility == null ? List.of() : List.copyOf(visibility);
    }

    public static final int SAMPLES = 32;
    public static final int HIGHLIGHT_POINTS = 40_000;

    @Override
    public String toString() {
        return name + " (#" + id + ")" + (visibility.isEmpty() ? "" : ", " + String.join(", ", visibility));
    }
}
