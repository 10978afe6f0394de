package org.spatiallift.app.view;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Shows a thinned cloud, drawn at half resolution, while the camera moves, and the full cloud at full resolution once
 * the camera has been still for {@value #SETTLE_MS} ms, so orbiting stays smooth at any cloud size (with software
 * OpenGL the time per frame grows with the points drawn and the pixels they cover). While the full cloud is still being
 * handed to the renderer, the thinned cloud stands in for it, also at half resolution, so those frames come quickly.
 */
final class LevelOfDetail {

    static final int SETTLE_MS = 250;

    private final PauseTransition settle = new PauseTransition(Duration.millis(SETTLE_MS));
    private ChunkedCloud full;
    private ChunkedCloud moving;
    private boolean enabled = true;
    private boolean inMotion;
    private final java.util.function.Consumer<Boolean> halfResolution;

    /** {@code halfResolution} is told when the view should draw at half resolution (while moving) and back. */
    LevelOfDetail(java.util.function.Consumer<Boolean> halfResolution) {
        this.halfResolution = halfResolution;
        settle.setOnFinished(e -> {
            inMotion = false;
            update();
        });
    }

    /** The two versions of the cloud ({@code moving} null when the cloud is small enough to move as it is). */
    void set(ChunkedCloud fullCloud, ChunkedCloud movingCloud) {
        full = fullCloud;
        moving = movingCloud;
        inMotion = false;
        settle.stop();
        update();
    }

    /** The camera moved: show the thinned cloud until it settles. */
    void moved() {
        if (full == null || !enabled) {
            return;
        }
        inMotion = true;
        update();
        settle.playFromStart();
    }

    /** Whether the thinned cloud stands in while moving (the benchmark turns it off to time the full cloud). */
    void setEnabled(boolean on) {
        enabled = on;
        if (!on) {
            inMotion = false;
            settle.stop();
        }
        update();
    }

    /** The full cloud is shown (complete, and not hidden for motion). */
    boolean showingFull() {
        return full == null || full.isVisible();
    }

    /** Call when more of the full cloud has been added. */
    void update() {
        boolean thinned = moving != null;
        boolean loading = full != null && thinned && !full.complete();
        halfResolution.accept(inMotion || loading);
        if (full == null) {
            return;
        }
        full.setVisible(!thinned || !inMotion && full.complete());
        if (thinned) {
            moving.setVisible(!full.isVisible());
        }
    }
}
