package org.spatiallift.app.view;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Shows a thinned cloud while the camera moves and the full cloud once it has been still for {@value #SETTLE_MS} ms,
 * so orbiting stays smooth at any cloud size.
 */
final class LevelOfDetail {

    static final int SETTLE_MS = 250;

    private final PauseTransition settle = new PauseTransition(Duration.millis(SETTLE_MS));
    private Node full;
    private Node moving;
    private boolean enabled = true;

    LevelOfDetail() {
        settle.setOnFinished(e -> showFull());
    }

    /** The two versions of the cloud ({@code moving} may be the same node as {@code full}). */
    void set(Node fullCloud, Node movingCloud) {
        full = fullCloud;
        moving = movingCloud;
        showFull();
    }

    /** The camera moved: show the thinned cloud until it settles. */
    void moved() {
        if (full == null || moving == full || !enabled) {
            return;
        }
        full.setVisible(false);
        moving.setVisible(true);
        settle.playFromStart();
    }

    /** Whether the thinned cloud is used while moving (the benchmark turns it off to time the full cloud). */
    void setEnabled(boolean on) {
        enabled = on;
        if (!on) {
            showFull();
        }
    }

    boolean showingFull() {
        return full == null || full.isVisible();
    }

    private void showFull() {
        settle.stop();
        if (full == null) {
            return;
        }
        full.setVisible(true);
        if (moving != full) {
            moving.setVisible(false);
        }
    }
}
