package org.spatiallift.app.viewmodel;

/**
 * Points to draw, in the canonical frame (metres, z up), with mesh vertices prepared off the UI thread.
 *
 * @param count          points drawn (the whole cloud up to {@code SceneSnapshots.MAX_DRAWN_POINTS})
 * @param xyz            drawn point k at (xyz[3k], xyz[3k+1], xyz[3k+2])
 * @param totalPoints    points in the lifted cloud
 * @param pointSizeM     edge scale of the drawn points' triangles
 * @param vertices       mesh vertices of the drawn points (see org.spatiallift.app.render.PointMeshes)
 * @param lodIndex       drawn points shown while the camera moves (indices into the drawn points)
 * @param lodVertices    mesh vertices of those
 * @param lodPointSizeM  their (larger) triangle scale
 * @param bounds         {minX, maxX, minY, maxY, minZ, maxZ} of the drawn points (metres, canonical)
 */
public record CloudData(int count, float[] xyz, int totalPoints, float pointSizeM, float[] vertices,
                        int[] lodIndex, float[] lodVertices, float pointSizeLodM, double[] bounds) {

    /** Points shown while the camera moves. */
    public int lodCount() {
        return lodIndex.length;
    }
}
