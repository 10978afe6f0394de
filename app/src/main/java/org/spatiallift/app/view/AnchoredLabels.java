package org.spatiallift.app.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

import org.spatiallift.app.render.LabelPlacer;
import org.spatiallift.app.render.LabelRequest;
import org.spatiallift.app.render.LabelSpot;
import org.spatiallift.app.render.ScreenBox;

/**
 * 2D labels over the 3D view, each pinned to a point of the canonical frame; {@link #refresh} places them where their
 * points project, without overlapping one another and inside the view ({@link LabelPlacer}: the more important keep
 * their place, a moved label gets a thin leader line from its point, the least important are hidden when no place is
 * free), and hides those whose point is behind the camera or off the view.
 */
final class AnchoredLabels extends Pane {

    /** Priorities, most important first. */
    static final int SELECTED = 0;
    static final int MEASUREMENT = 1;
    static final int QA = 2;
    static final int OBJECT = 3;
    static final int CAMERA = 4;
    static final int AXIS = 5;

    private record Pinned(Label label, double[] anchor, String group, int priority) {
    }

    private final List<Pinned> pinned = new ArrayList<>();
    private final Set<String> hidden = new HashSet<>();
    private final Group leaders = new Group();
    private List<ScreenBox> keepClear = List.of();

    AnchoredLabels() {
        setMouseTransparent(true);
        setPickOnBounds(false);
        leaders.setManaged(false);
        getChildren().add(leaders);
    }

    /**
     * Adds a label pinned to {@code anchor}, in {@code group} (to remove them together), of {@code priority} (one of
     * this class's constants), styled by CSS class.
     */
    Label add(String group, String text, double[] anchor, String styleClass, int priority) {
        Label label = new Label(text);
        label.getStyleClass().addAll("anchored-label", styleClass);
        label.setManaged(false);
        label.setVisible(false);
        pinned.add(new Pinned(label, anchor.clone(), group, priority));
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

    /** Areas no label may cover (in this pane's coordinates), e.g. a legend over the view. */
    void setKeepClear(List<ScreenBox> boxes) {
        keepClear = List.copyOf(boxes);
    }

    /**
     * Places every shown label near its anchor's projection ({@code project}, in this pane's coordinates; null when
     * there is none) inside a view of {@code width} × {@code height}.
     */
    void refresh(Function<double[], Point2D> project, double width, double height) {
        List<Pinned> shown = new ArrayList<>();
        List<LabelRequest> requests = new ArrayList<>();
        for (Pinned p : pinned) {
            Point2D at = hidden.contains(p.group()) ? null : project.apply(p.anchor());
            if (at == null) {
                p.label().setVisible(false);
                continue;
            }
            Label l = p.label();
            if (l.getWidth() == 0) {
                l.applyCss(); // a label added since the last pulse has no skin yet, so no size
            }
            l.autosize();
            shown.add(p);
            requests.add(new LabelRequest(at.getX(), at.getY(), l.getWidth(), l.getHeight(), p.priority()));
        }
        List<LabelSpot> spots = LabelPlacer.place(requests, width, height, keepClear);
        leaders.getChildren().clear();
        for (int i = 0; i < shown.size(); i++) {
            Label l = shown.get(i).label();
            LabelSpot s = spots.get(i);
            l.setVisible(s.visible());
            if (!s.visible()) {
                continue;
            }
            l.relocate(s.box().x(), s.box().y());
            if (s.moved()) {
                LabelRequest r = requests.get(i);
                double[] end = s.box().nearest(r.anchorX(), r.anchorY());
                Line leader = new Line(r.anchorX(), r.anchorY(), end[0], end[1]);
                leader.getStyleClass().add("label-leader");
                leaders.getChildren().add(leader);
            }
        }
    }

    /** The labels on show and where they are, in this pane's coordinates (for tests). */
    List<Label> visibleLabels() {
        return pinned.stream().map(Pinned::label).filter(Label::isVisible).toList();
    }

    /** The leader lines on show (for tests). */
    List<Line> leaderLines() {
        return leaders.getChildren().stream().map(Line.class::cast).toList();
    }
}
