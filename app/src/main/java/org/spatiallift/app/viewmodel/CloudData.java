package org.spatiallift.app.viewmodel;

/**
 * Points to draw, in the canonical frame (metres, z up).
 *
 * @param count        points drawn (the whole cloud up to {@code CloudGeometry.MAX_DRAWN_POINTS})
 * @param xyz          drawn point k at (xyz[3k], xyz[3k+1], xyz[3k+2])
 * @param totalPoints  points in the lifted cloud
 * @param pointSizeM   size of a drawn point in metres (projected to 1–4 px squares)
 * @param bounds       {minX, maxX, minY, maxY, minZ, maxZ} of the drawn points (metres, canonical)
 * @param frameBounds  the same from the {@value CloudGeometry#FRAME_LOW_PERCENT}th to the
 *                     {@value CloudGeometry#FRAME_HIGH_PERCENT}th percentile of each axis: what the 3D view frames, so
 *                     a few stray far points do not shrink the scene to a corner
 */
public record CloudData(int count, float[] xyz, int totalPoints, float pointSizeM, double[] bounds,
                        double[] frameBounds) {
}
