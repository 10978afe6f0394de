package org.spatiallift.app.view;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * A split pane keeps its proportions when its window is resized. On its own a {@link SplitPane} moves its dividers to
 * honour its panes' minimum widths when it shrinks and leaves them there when it grows again, so the panes drift; here
 * the proportions the user last chose (by dragging a divider) are put back at every change of size.
 */
final class SplitProportions {

    private SplitProportions() {
    }

    /** Keeps {@code split}'s current divider positions, and those the user drags it to from now on. */
    static void keep(SplitPane split) {
        double[][] chosen = {split.getDividerPositions().clone()};
        boolean[] dragging = {false};
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging[0] = onDivider(e.getPickResult().getIntersectedNode()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging[0]) {
                chosen[0] = split.getDividerPositions().clone();
            }
            dragging[0] = false;
        });
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) c ->
                chosen[0] = split.getDividerPositions().clone());
        split.widthProperty().addListener((obs, old, width) -> split.setDividerPositions(chosen[0]));
        split.heightProperty().addListener((obs, old, height) -> split.setDividerPositions(chosen[0]));
    }

    private static boolean onDivider(Node n) {
        for (Node at = n; at != null && !(at instanceof SplitPane); at = at.getParent()) {
            if (at.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }
}
