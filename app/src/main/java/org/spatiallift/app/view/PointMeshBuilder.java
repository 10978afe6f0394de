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
 * Wraps arrays from {@link org.spatiallift.app.render.PointMeshes} (prepared off the FX thread) in a {@link MeshView}:
 * one triangle per point, colours from the palette texture, one node for many points.
 * Coordinates are taken as given (the caller's group maps canonical to JavaFX axes).
 */
final class PointMeshBuilder {

    private static final float[] TEX_COORDS = Palette.texCoords();
    private static PhongMaterial material;

    private PointMeshBuilder() {
    }

    /** A mesh view of {@code vertices} (9 per point) and {@code faces} (6 per point) of {@code count} points. */
    static MeshView build(float[] vertices, int[] faces) {
        return build(vertices, faces, 0, faces.length / 6);
    }

    /** A mesh view of points {@code from .. from + count} of the arrays (faces numbered within the chunk). */
    static MeshView build(float[] vertices, int[] faces, int from, int count) {
        TriangleMesh mesh = new TriangleMesh();
        mesh.getTexCoords().setAll(TEX_COORDS);
        mesh.getPoints().setAll(vertices, 9 * from, 9 * count);
        mesh.getFaces().setAll(faces, 6 * from, 6 * count);
        MeshView view = new MeshView(mesh);
        view.setMaterial(material());
        view.setCullFace(CullFace.NONE);
        view.setDrawMode(DrawMode.FILL);
        return view;
    }

    /** Replaces the colours of a mesh built here with those of points {@code from .. from + count} of {@code faces}. */
    static void recolour(MeshView view, int[] faces, int from, int count) {
        ((TriangleMesh) view.getMesh()).getFaces().setAll(faces, 6 * from, 6 * count);
    }

    /** One material for every point mesh: the palette as diffuse map, lit by the ambient light only. */
    private static PhongMaterial material() {
        if (material == null) {
            WritableImage img = new WritableImage(Palette.WIDTH, Palette.HEIGHT);
            img.getPixelWriter().setPixels(0, 0, Palette.WIDTH, Palette.HEIGHT, PixelFormat.getIntArgbInstance(),
                    Palette.texels(), 0, Palette.WIDTH);
            material = new PhongMaterial();
            material.setDiffuseMap(img);
        }
        return material;
    }
}
