package org.spatiallift.app.view;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

import org.spatiallift.app.render.Palette;

/**
 * Wraps arrays from {@link org.spatiallift.app.render.PointMeshes} (prepared off the FX thread) in one
 * {@link MeshView}: one triangle per point, colours from the palette texture, so there is one node, not one per point.
 * Coordinates are taken as given (the caller's group maps canonical to JavaFX axes).
 */
final class PointMeshBuilder {

    private static final float[] TEX_COORDS = Palette.texCoords();
    private static final PhongMaterial MATERIAL = material();

    private PointMeshBuilder() {
    }

    /** A mesh view of {@code vertices} (9 per point) and {@code faces} (6 per point). */
    static MeshView build(float[] vertices, int[] faces) {
        TriangleMesh mesh = new TriangleMesh();
        mesh.getTexCoords().setAll(TEX_COORDS);
        mesh.getPoints().setAll(vertices);
        mesh.getFaces().setAll(faces);
        MeshView view = new MeshView(mesh);
        view.setMaterial(MATERIAL);
        view.setCullFace(CullFace.NONE);
        view.setDrawMode(DrawMode.FILL);
        return view;
    }

    /** Replaces the colours (faces) of a mesh built here. */
    static void recolour(MeshView view, int[] faces) {
        ((TriangleMesh) view.getMesh()).getFaces().setAll(faces);
    }

    private static PhongMaterial material() {
        WritableImage img = new WritableImage(Palette.WIDTH, Palette.HEIGHT);
        img.getPixelWriter().setPixels(0, 0, Palette.WIDTH, Palette.HEIGHT, PixelFormat.getIntArgbInstance(),
                Palette.texels(), 0, Palette.WIDTH);
        PhongMaterial m = new PhongMaterial();
        m.setDiffuseMap(img);
        return m;
    }
}
