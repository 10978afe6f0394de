package org.spatiallift.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * 2D labels over the 3D view, each pinned to a point of the canonical frame; {@link #refresh} moves them to where their
 * points project (after the camera moved) and hides those behind the camera.
 */
final class AnchoredLabels extends Pane {

    private record Pinned(Label label, double[] anchor, String group) {
    }

    private final List<Pinned> pinned = new ArrayList<>();
    private final java.util.Set<String> hidden = new java.util.HashSet<>();

    AnchoredLabels() {
        setMouseTransparent(true);
        setPickOnBounds(false);
    }

    /** Adds a label pinned to {@code anchor}, in {@code group} (to remove them together), styled by CSS class. */
    Label add(String group, String text, double[] anchor, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().addAll("anchored-label", styleClass);
        label.setManaged(false);
        pinned.add(new Pinned(label, anchor.clone(), group));
        getChildren().add(label);
        return label;
    }

    void removeGroup(String group) {
        pinned.removeIf(p -> {
            if (p.group().equals(group)) {
                getChildren().remove(p.label());
                return true;
            }
            return false;
        });
    }

    /** Shows or hides the labels of {@code group}. */
    void setGroupVisible(String group, boolean on) {
        if (on) {
            hidden.remove(group);
        } else {
            hidden.add(group);
        }
    }

    /** Places every label at its anchor's projection (in this pane's coordinates), or hides it when there is none. */
    void refresh(Function<double[], Point2D> project) {
        for (Pinned p : pinned) {
            Label l = p.label();
            if (hidden.contains(p.group())) {
                l.setVisible(false);
                continue;
            }
            Point2D at = project.apply(p.anchor());
            if (at == null || at.getX() < -200 || at.getY() < -200 || at.getX() > getWidth() + 200
                    || at.getY() > getHeight() + 200) {
                l.setVisible(false);
                continue;
            }
            l.setVisible(true);
            if (l.getWidth() == 0) {
                l.applyCss(); // a label added since the last pulse has no skin yet, so no size
            }
            l.autosize();
            l.relocate(at.getX() + 4, at.getY() - l.getHeight() - 2);
        }
    }
}
