package org.spatiallift.app.render;

/**
 * Arrays for triangle meshes that draw a whole point cloud: one small triangle per point, centred on it, with the
 * palette entry of its colour as texture coordinate ({@link Palette}). The cloud is cut into chunks of
 * {@value #CHUNK_POINTS} points, one mesh each, so each mesh has at most 65535 vertices (JavaFX then uses 16-bit indices
 * and a small build buffer) and chunks can be handed to the renderer a few at a time. Point k owns vertices 3k..3k+2
 * and face k; faces refer to vertices by their index within the point's chunk, so face f of chunk c is point
 * c·{@value #CHUNK_POINTS} + f.
 *
 * <p>Triangles take the orientation of one of the four faces of a regular tetrahedron, in turn (k mod 4), so the cloud
 * shows from every direction: a direction perpendicular to one face normal still sees the other orientations.
 * The edge of each triangle is {@code size}·√2 metres.
 */
public final class PointMeshes {

    /** Points per mesh: 3 vertices each, at most 65535 vertices. */
    public static final int CHUNK_POINTS = 21_845;

    /** Offsets of the three corners of each of the 4 orientations, for size 1 (xyz per corner, centroid at 0). */
    private static final float[][] CORNERS = corners();

    private PointMeshes() {
    }

    /**
     * Vertex positions (9 floats per point) of the points {@code indices[0..count)} of {@code xyz} (all points in order
     * when {@code indices} is null), as triangles of edge {@code size}·√2.
     */
    public static float[] vertices(float[] xyz, int[] indices, int count, float size) {
        float[] out = new float[9 * count];
        for (int k = 0; k < count; k++) {
            int i = indices == null ? k : indices[k];
            float x = xyz[3 * i], y = xyz[3 * i + 1], z = xyz[3 * i + 2];
            float[] c = CORNERS[k & 3];
            int o = 9 * k;
            out[o] = x + size * c[0];
            out[o + 1] = y + size * c[1];
            out[o + 2] = z + size * c[2];
            out[o + 3] = x + size * c[3];
            out[o + 4] = y + size * c[4];
            out[o + 5] = z + size * c[5];
            out[o + 6] = x + size * c[6];
            out[o + 7] = y + size * c[7];
            out[o + 8] = z + size * c[8];
        }
        return out;
    }

    /**
     * Faces (6 ints per point: vertex and texture index for each corner, vertices counted within the chunk) of points
     * {@code indices[0..count)} coloured {@code rgb[i]} (0xRRGGBB); all points in order when {@code indices} is null.
     */
    public static int[] faces(int[] rgb, int[] indices, int count) {
        int[] out = new int[6 * count];
        for (int k = 0; k < count; k++) {
            int t = Palette.index(rgb[indices == null ? k : indices[k]]);
            int o = 6 * k;
            int v = 3 * (k % CHUNK_POINTS);
            out[o] = v;
            out[o + 1] = t;
            out[o + 2] = v + 1;
            out[o + 3] = t;
            out[o + 4] = v + 2;
            out[o + 5] = t;
        }
        return out;
    }

    /** Faces of {@code count} points all of one colour. */
    public static int[] facesOfOneColour(int rgb, int count) {
        int[] out = new int[6 * count];
        int t = Palette.index(rgb);
        for (int k = 0; k < count; k++) {
            int o = 6 * k;
            int v = 3 * (k % CHUNK_POINTS);
            out[o] = v;
            out[o + 1] = t;
            out[o + 2] = v + 1;
            out[o + 3] = t;
            out[o + 4] = v + 2;
            out[o + 5] = t;
        }
        return out;
    }

    /** Number of chunks for {@code count} points. */
    public static int chunks(int count) {
        return (count + CHUNK_POINTS - 1) / CHUNK_POINTS;
    }

    /** The faces of the regular tetrahedron (±1, ±1, ±1) with an even number of minus signs, centred, scaled to edge √2. */
    private static float[][] corners() {
        float[][] tet = {{1, 1, 1}, {1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}};
        float[][] out = new float[4][9];
        for (int f = 0; f < 4; f++) {
            float[] centroid = new float[3];
            int c = 0;
            for (int v = 0; v < 4; v++) {
                if (v == f) {
                    continue;
                }
                for (int a = 0; a < 3; a++) {
                    centroid[a] += tet[v][a] / 3f;
                }
            }
            for (int v = 0; v < 4; v++) {
                if (v == f) {
                    continue;
                }
                for (int a = 0; a < 3; a++) {
                    // Tetrahedron edges are 2√2 long; halve them to √2 for size 1.
                    out[f][3 * c + a] = (tet[v][a] - centroid[a]) * 0.5f;
                }
                c++;
            }
        }
        return out;
    }

    /** The arrays one after the other (xyz of several objects' points as one). */
    public static float[] concat(java.util.List<float[]> parts) {
        float[] out = new float[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
