package org.spatiallift.app.view;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * Builds one {@link MeshView} for a whole point cloud: one small triangle per point, with the vertex offsets
 * (s,0,0), (0,s,0), (0,0,s) so it has area seen from any axis; colours come from a 5-bit-per-channel palette
 * texture (32768 colours, 256 x 128 texels) through the texture coordinates, so there is one node, not one per point.
 * Coordinates are taken as given (the caller's group maps canonical to JavaFX axes).
 */
final class PointMeshBuilder {

    private static final int PALETTE_W = 256;
    private static final int PALETTE_H = 128;
    private static final WritableImage PALETTE = palette();

    private PointMeshBuilder() {
    }

    /** A mesh of {@code count} points (xyz interleaved, rgb 0xRRGGBB) with triangles of edge ~{@code size}·√2. */
    static MeshView build(float[] xyz, int[] rgb, int count, float size) {
        float[] points = new float[9 * count];
        int[] faces = new int[6 * count];
        for (int i = 0; i < count; i++) {
            float x = xyz[3 * i], y = xyz[3 * i + 1], z = xyz[3 * i + 2];
            int p = 9 * i;
            points[p] = x + size;
            points[p + 1] = y;
            points[p + 2] = z;
            points[p + 3] = x;
            points[p + 4] = y + size;
            points[p + 5] = z;
            points[p + 6] = x;
            points[p + 7] = y;
            points[p + 8] = z + size;
            int t = paletteIndex(rgb[i]);
            int f = 6 * i;
            faces[f] = 3 * i;
            faces[f + 1] = t;
            faces[f + 2] = 3 * i + 1;
            faces[f + 3] = t;
            faces[f + 4] = 3 * i + 2;
            faces[f + 5] = t;
        }
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().setAll(paletteTexCoords());
        mesh.getFaces().setAll(faces);
        MeshView view = new MeshView(mesh);
        PhongMaterial material = new PhongMaterial();
        material.setDiffuseMap(PALETTE);
        view.setMaterial(material);
        view.setCullFace(CullFace.NONE);
        view.setDrawMode(DrawMode.FILL);
        return view;
    }

    /** Palette entry of a colour: 5 bits each of red, green and blue. */
    static int paletteIndex(int rgb) {
        int r = (rgb >> 19) & 0x1F, g = (rgb >> 11) & 0x1F, b = (rgb >> 3) & 0x1F;
        return (r << 10) | (g << 5) | b;
    }

    /** The colour a palette entry stands for (the centre of its 8-level bin). */
    static int paletteColour(int index) {
        int r = (index >> 10) & 0x1F, g = (index >> 5) & 0x1F, b = index & 0x1F;
        return ((r << 3) | 4) << 16 | ((g << 3) | 4) << 8 | ((b << 3) | 4);
    }

    private static float[] paletteTexCoords() {
        float[] tc = new float[2 * PALETTE_W * PALETTE_H];
        for (int i = 0; i < PALETTE_W * PALETTE_H; i++) {
            tc[2 * i] = ((i % PALETTE_W) + 0.5f) / PALETTE_W;
            tc[2 * i + 1] = ((i / PALETTE_W) + 0.5f) / PALETTE_H;
        }
        return tc;
    }

    private static WritableImage palette() {
        int[] argb = new int[PALETTE_W * PALETTE_H];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | paletteColour(i);
        }
        WritableImage img = new WritableImage(PALETTE_W, PALETTE_H);
        img.getPixelWriter().setPixels(0, 0, PALETTE_W, PALETTE_H, PixelFormat.getIntArgbInstance(), argb, 0, PALETTE_W);
        return img;
    }
}
