package org.spatiallift.app.viewmodel;

/**
 * An object to mark in the views; coordinates in the canonical frame, metres.
 *
 * @param meanRgb      mean colour of its points, 0xRRGGBB
 * @param samplePoints up to {@value #SAMPLES} of its points, evenly spread over its point list, xyz interleaved
 *                     (canonical frame): places on its surface, where labels and checks can anchor
 */
public record ObjectMarker(int id, String name, int meanRgb, double[] centroidCanonical, double[] extentsM,
                           int pointCount, float[] samplePoints) {

    public static final int SAMPLES = 32;
}
