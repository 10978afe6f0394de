package org.spatiallift.app.view;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.MeshView;

import org.spatiallift.app.render.PointMeshes;

/**
 * A point cloud as meshes of {@link PointMeshes#CHUNK_POINTS} points each, handed to the renderer a few chunks at a
 * time ({@link #addNext}), so building a large cloud never holds the FX thread for long. Point k of the cloud is face
 * k mod CHUNK_POINTS of chunk k / CHUNK_POINTS.
 */
final class ChunkedCloud extends Group {

    private final List<MeshView> chunks = new ArrayList<>();
    private float[] vertices = new float[0];
    private int[] faces = new int[0];
    private int count;

    /** A new cloud of {@code count} points; nothing is shown until {@link #addNext} adds chunks. */
    void set(float[] newVertices, int[] newFaces, int newCount) {
        getChildren().clear();
        chunks.clear();
        vertices = newVertices;
        faces = newFaces;
        count = newCount;
    }

    /** Builds and adds up to {@code n} more chunks; returns whether all are added now. */
    boolean addNext(int n) {
        for (int i = 0; i < n && !complete(); i++) {
            addChunk(false);
        }
        return complete();
    }

    /**
     * Builds and adds chunks until {@code budgetNanos} have passed (at least one), each first drawn into a 1 x 1
     * snapshot: that hands its mesh to the renderer (JavaFX builds its vertex buffers then) without drawing the whole
     * scene, so the cloud can be filled in while hidden. Returns whether all are added now.
     */
    boolean addNextPreloaded(long budgetNanos) {
        long start = System.nanoTime();
        do {
            addChunk(true);
        } while (!complete() && System.nanoTime() - start < budgetNanos);
        return complete();
    }

    private void addChunk(boolean preload) {
        int from = chunks.size() * PointMeshes.CHUNK_POINTS;
        int size = Math.min(PointMeshes.CHUNK_POINTS, count - from);
        MeshView chunk = PointMeshBuilder.build(vertices, faces, from, size);
        chunk.setUserData(from);
        if (preload) {
            SnapshotParameters one = new SnapshotParameters();
            one.setViewport(new Rectangle2D(0, 0, 1, 1));
            chunk.snapshot(one, new WritableImage(1, 1));
        }
        chunks.add(chunk);
        getChildren().add(chunk);
    }

    boolean complete() {
        return chunks.size() >= PointMeshes.chunks(count);
    }

    /** New colours (faces for every point); chunks not shown yet take them when added. */
    void recolour(int[] newFaces) {
        if (newFaces.length != 6 * count) {
            return;
        }
        faces = newFaces;
        for (MeshView chunk : chunks) {
            int from = (Integer) chunk.getUserData();
            PointMeshBuilder.recolour(chunk, faces, from, Math.min(PointMeshes.CHUNK_POINTS, count - from));
        }
    }

    /** The index of the point a picked face of one of these chunks stands for, or −1 when the node is not one. */
    int pointOf(Node node, int face) {
        if (node != null && node.getParent() == this && node.getUserData() instanceof Integer from && face >= 0) {
            return from + face;
        }
        return -1;
    }

    int count() {
        return count;
    }
}
