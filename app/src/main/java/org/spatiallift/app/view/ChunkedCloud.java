package org.spatiallift.app.view;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.MeshView;

import org.spatiallift.app.render.PointMeshes;

/**
 * A point cloud as meshes of {@link PointMeshes#CHUNK_POINTS} points each, built and added a few chunks at a time, so
 * building a large cloud never holds the FX thread for long. Point k of the cloud is face k mod CHUNK_POINTS of chunk
 * k / CHUNK_POINTS. A chunk can be built here and shown elsewhere first ({@link #buildNext}, {@link #adopt}).
 */
final class ChunkedCloud extends Group {

    private final List<MeshView> built = new ArrayList<>();
    private float[] vertices = new float[0];
    private int[] faces = new int[0];
    private int count;

    /** A new cloud of {@code count} points; nothing is shown until chunks are added. */
    void set(float[] newVertices, int[] newFaces, int newCount) {
        getChildren().clear();
        built.clear();
        vertices = newVertices;
        faces = newFaces;
        count = newCount;
    }

    /** Builds and adds up to {@code n} more chunks; returns whether all are added now. */
    boolean addNext(int n) {
        for (int i = 0; i < n && hasMoreToBuild(); i++) {
            adopt(buildNext());
        }
        return complete();
    }

    /** Whether some chunks are not built yet. */
    boolean hasMoreToBuild() {
        return built.size() < PointMeshes.chunks(count);
    }

    /** Builds the next chunk without adding it (the caller shows it somewhere first, then {@link #adopt}s it). */
    MeshView buildNext() {
        int from = built.size() * PointMeshes.CHUNK_POINTS;
        int size = Math.min(PointMeshes.CHUNK_POINTS, count - from);
        MeshView chunk = PointMeshBuilder.build(vertices, faces, from, size);
        chunk.setUserData(from);
        built.add(chunk);
        return chunk;
    }

    /** Adds a chunk built by {@link #buildNext}. */
    void adopt(MeshView chunk) {
        getChildren().add(chunk);
    }

    /** Whether every chunk is built and added. */
    boolean complete() {
        return getChildren().size() >= PointMeshes.chunks(count);
    }

    /** New colours (faces for every point); chunks not built yet take them when built. */
    void recolour(int[] newFaces) {
        if (newFaces.length != 6 * count) {
            return;
        }
        faces = newFaces;
        for (MeshView chunk : built) {
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
