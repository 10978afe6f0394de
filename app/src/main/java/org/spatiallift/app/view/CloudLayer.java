package org.spatiallift.app.view;

import java.util.function.Consumer;

import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.Node;

import org.spatiallift.app.viewmodel.CloudColours;
import org.spatiallift.app.viewmodel.CloudData;

/**
 * The point cloud in the 3D view: the full cloud and its thinned version for a moving camera, handed to the renderer
 * chunk by chunk, with the level of detail switching between them (docs/decisions/0004).
 */
final class CloudLayer extends Group {

    /** FX-thread time per frame for handing chunks to the renderer. */
    static final long LOAD_BUDGET_MS = 40;

    private final ChunkedCloud fullCloud = new ChunkedCloud();
    private final ChunkedCloud movingCloud = new ChunkedCloud();
    private final LevelOfDetail lod;
    private final AnimationTimer loader = new ChunkLoader();
    private CloudData cloud;

    /** {@code halfResolution} is told when the view should draw at half resolution (while the camera moves). */
    CloudLayer(Consumer<Boolean> halfResolution) {
        lod = new LevelOfDetail(halfResolution);
        getChildren().addAll(fullCloud, movingCloud);
    }

    /** A new cloud with its colours: the thinned cloud appears first, the full cloud follows. */
    void show(CloudData data, CloudColours colours) {
        cloud = data;
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
     * Hands the clouds to the renderer chunk by chunk, within {@value #LOAD_BUDGET_MS} ms per frame: the thinned cloud
     * first (drawn as it comes), then the full cloud, preloaded while hidden and shown once complete (a small cloud, its
     * own thinned version, is drawn as it comes).
     */
    private final class ChunkLoader extends AnimationTimer {
        @Override
        public void handle(long now) {
            if (!movingCloud.complete()) {
                movingCloud.addNext(1);
            } else if (!fullCloud.complete()) {
                if (movingCloud.count() == 0) {
                    fullCloud.addNext(1);
                } else {
                    fullCloud.addNextPreloaded(LOAD_BUDGET_MS * 1_000_000L);
                }
            }
            lod.update();
            if (movingCloud.complete() && fullCloud.complete()) {
                stop();
            }
        }
    }
}
