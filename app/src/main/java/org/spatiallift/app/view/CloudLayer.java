package org.spatiallift.app.view;

import java.util.List;
import java.util.function.Consumer;

import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.MeshView;
import javafx.scene.transform.Scale;

import org.spatiallift.app.viewmodel.CloudColours;
import org.spatiallift.app.viewmodel.CloudData;

/**
 * The point cloud in the 3D view: the full cloud and its thinned version for a moving camera, handed to the renderer
 * chunk by chunk, with the level of detail switching between them (docs/decisions/0008).
 */
final class CloudLayer extends Group {

    /** Frames slower than this hand fewer chunks to the renderer at a time; faster ones more. */
    static final long FRAME_TARGET_MS = 60;
    private static final long SLOW_FRAME_MS = 120;
    private static final int MAX_STAGED = 4;

    private final ChunkedCloud fullCloud = new ChunkedCloud();
    private final ChunkedCloud movingCloud = new ChunkedCloud();
    private final LevelOfDetail lod;
    private final AnimationTimer loader = new ChunkLoader();
    /** Chunks drawn once, shrunk to a point, so JavaFX builds their buffers before the full cloud is shown. */
    private final Group staging = new Group();
    private CloudData cloud;

    /** {@code halfResolution} is told when the view should draw at half resolution (while the camera moves). */
    CloudLayer(Consumer<Boolean> halfResolution) {
        lod = new LevelOfDetail(halfResolution);
        staging.getTransforms().add(new Scale(1e-4, 1e-4, 1e-4));
        staging.setMouseTransparent(true);
        getChildren().addAll(fullCloud, movingCloud, staging);
    }

    /** A new cloud with its colours: the thinned cloud appears first, the full cloud follows. */
    void show(CloudData data, CloudColours colours) {
        cloud = data;
        staging.getChildren().clear();
        fullCloud.set(data.vertices(), colours.faces(), data.count());
        boolean thinned = data.lodCount() < data.count();
        movingCloud.set(thinned ? data.lodVertices() : new float[0], thinned ? colours.lodFaces() : new int[0],
                thinned ? data.lodCount() : 0);
        lod.set(fullCloud, thinned ? movingCloud : null);
        loader.start();
    }

    /** New colours for the cloud on show. */
    void recolour(CloudColours colours) {
        if (cloud == null || colours.faces().length != 6 * cloud.count()) {
            return;
        }
        if (cloud.lodCount() < cloud.count()) {
            // New faces make JavaFX rebuild each mesh: hand the recoloured cloud over chunk by chunk again.
            show(cloud, colours);
        } else {
            fullCloud.recolour(colours.faces());
        }
    }

    /** The camera moved. */
    void moved() {
        lod.moved();
    }

    void setLevelOfDetail(boolean on) {
        lod.setEnabled(on);
    }

    /** Whether the whole cloud is shown, as it is when the camera is still (not thinned for motion, not loading). */
    boolean showingFull() {
        return lod.showingFull() && fullCloud.complete() && !movingCloud.isVisible();
    }

    CloudData cloud() {
        return cloud;
    }

    /** The drawn point a picked face of one of the cloud's meshes stands for, or −1. */
    int drawnPointOf(Node node, int face) {
        int drawn = fullCloud.pointOf(node, face);
        if (drawn >= 0) {
            return drawn;
        }
        int k = movingCloud.pointOf(node, face);
        return k < 0 ? -1 : cloud.lodIndex()[k];
    }

    /**
     * Hands the clouds to the renderer a few chunks per frame: the thinned cloud first (drawn as it comes), then the
     * full cloud, whose chunks are drawn once shrunk to a point (JavaFX builds a mesh's buffers when it first draws it)
     * and then moved into the hidden full cloud, which is shown once complete. A small cloud, its own thinned version,
     * is drawn as it comes. The number of chunks per frame (1 to {@value #MAX_STAGED}) grows while frames take less than
     * {@value #FRAME_TARGET_MS} ms and shrinks when they take more than {@value #SLOW_FRAME_MS} ms.
     */
    private final class ChunkLoader extends AnimationTimer {
        private long last;
        private int perFrame = 2;

        @Override
        public void handle(long now) {
            long gapMs = last == 0 ? 0 : (now - last) / 1_000_000L;
            last = now;
            if (gapMs > 0) {
                if (gapMs < FRAME_TARGET_MS) {
                    perFrame = Math.min(MAX_STAGED, perFrame + 1);
                } else if (gapMs > SLOW_FRAME_MS) {
                    perFrame = Math.max(1, perFrame - 1);
                }
            }
            if (!movingCloud.complete()) {
                movingCloud.addNext(perFrame);
            } else if (movingCloud.count() == 0) {
                fullCloud.addNext(perFrame);
            } else if (!fullCloud.complete()) {
                List<Node> drawn = List.copyOf(staging.getChildren());
                staging.getChildren().clear();
                drawn.forEach(n -> fullCloud.adopt((MeshView) n));
                for (int i = 0; i < perFrame && fullCloud.hasMoreToBuild(); i++) {
                    staging.getChildren().add(fullCloud.buildNext());
                }
            }
            lod.update();
            if (movingCloud.complete() && fullCloud.complete()) {
                last = 0;
                perFrame = 2;
                stop();
            }
        }
    }
}
