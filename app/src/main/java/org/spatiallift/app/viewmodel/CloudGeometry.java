package org.spatiallift.app.viewmodel;

import org.spatiallift.app.render.PointMeshes;

/**
 * Mesh-ready arrays for the 3D view, computed off the UI thread: the drawn points, their level-of-detail subset (shown
 * while the camera moves) and their colours as mesh faces.
 */
public final class CloudGeometry {

    /** Above this many points the 3D view draws an even subset. */
    public static final int MAX_DRAWN_POINTS = 1_500_000;
    /** Points shown while the camera moves; with software OpenGL this keeps orbiting smooth. */
    public static final int LOD_POINTS = 50_000;
    /**
     * Triangles of the moving cloud are this much larger than the still cloud's: a little, to close some gaps, but not
     * by the square root of the thinning, as drawing time grows with the area the triangles cover.
     */
    static final float LOD_SIZE_FACTOR = 1.25f;

    private CloudGeometry() {
    }

    /** Indices of the points to draw out of {@code size} (an even stride), or null to draw them all. */
    static int[] drawnSubset(int size) {
        if (size <= MAX_DRAWN_POINTS) {
            return null;
        }
        return spread(size, MAX_DRAWN_POINTS);
    }

    /**
     * The drawn cloud of {@code count} points {@code xyz} (canonical, already the drawn subset) with triangles of scale
     * {@code pointSizeM}; the moving-camera subset has {@link #LOD_POINTS} of them with triangles
     * {@link #LOD_SIZE_FACTOR} times larger.
     */
    public static CloudData build(float[] xyz, int count, int totalPoints, float pointSizeM) {
        float[] vertices = PointMeshes.vertices(xyz, null, count, pointSizeM);
        int[] lod = count <= LOD_POINTS ? identity(count) : spread(count, LOD_POINTS);
        float lodSize = pointSizeM * LOD_SIZE_FACTOR;
        float[] lodVertices = lod.length == count ? vertices : PointMeshes.vertices(xyz, lod, lod.length, lodSize);
        return new CloudData(count, xyz, totalPoints, pointSizeM, vertices, lod, lodVertices,
                lod.length == count ? pointSizeM : lodSize, bounds(xyz, count));
    }

    /** Faces that colour the drawn points {@code rgb} (one 0xRRGGBB per drawn point) and their moving-camera subset. */
    public static CloudColours colours(ColourMode mode, int[] rgb, CloudData cloud, ColourLegend legend) {
        int[] faces = PointMeshes.faces(rgb, null, cloud.count());
        int[] lodFaces = cloud.lodCount() == cloud.count() ? faces : PointMeshes.faces(rgb, cloud.lodIndex(), cloud.lodCount());
        return new CloudColours(mode, faces, lodFaces, legend);
    }

    /**
     * {@code n} indices spread evenly over [0, size): one per block of size/n, at a fixed pseudo-random place inside
     * the block, so a regular grid of points does not thin into stripes.
     */
    static int[] spread(int size, int n) {
        int[] out = new int[n];
        double block = (double) size / n;
        long state = 0x9E3779B97F4A7C15L;
        for (int k = 0; k < n; k++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            double f = (state >>> 11) * 0x1.0p-53;
            out[k] = Math.min(size - 1, (int) (k * block + f * block));
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** {minX, maxX, minY, maxY, minZ, maxZ}; a 2 m room in front of the camera when there are no points. */
    static double[] bounds(float[] xyz, int count) {
        if (count == 0) {
            return new double[] {-1, 1, 0, 4, 0, 2};
        }
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE};
        for (int i = 0; i < count; i++) {
            for (int a = 0; a < 3; a++) {
                float v = xyz[3 * i + a];
                if (v < b[2 * a]) {
                    b[2 * a] = v;
                }
                if (v > b[2 * a + 1]) {
                    b[2 * a + 1] = v;
                }
            }
        }
        return b;
    }
}
