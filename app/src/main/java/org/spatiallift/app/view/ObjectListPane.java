package org.spatiallift.app.view;

import java.util.stream.Stream;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.spatiallift.app.viewmodel.LeftOutRow;
import org.spatiallift.app.viewmodel.ObjectMarker;
import org.spatiallift.app.viewmodel.ObjectWords;
import org.spatiallift.app.viewmodel.ObjectsViewModel;

/**
 * The objects of the scene, each with its detector score, colour, how questions refer to it (or why it is ambiguous)
 * and how much of it is in view; selecting one highlights it in 2D and 3D and shows its measurements below the list.
 * Under it, "Left out": every detection, box or instance that did not become a usable object, with why.
 */
final class ObjectListPane extends VBox {

    private static final double TEXT_INSET = 48;
    private final ListView<ObjectMarker> list = new ListView<>();
    private final ListView<LeftOutRow> leftOut = new ListView<>();
    private boolean syncing;

    ObjectListPane(ObjectsViewModel objects) {
        super(6);
        setPadding(new Insets(6));
        list.setId("object-list");
        list.setItems(objects.objects());
        list.setCellFactory(v -> new ObjectCell());
        list.setPrefHeight(260);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, o) -> {
            if (!syncing) {
                objects.select(o == null ? 0 : o.id());
            }
        });
        objects.selectedProperty().addListener((obs, old, o) -> {
            syncing = true;
            if (o == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(o);
                list.scrollTo(o);
            }
            syncing = false;
        });
        Label summary = new Label();
        summary.setId("object-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(objects.summaryProperty());
        Label details = new Label();
        details.setId("object-details");
        details.setWrapText(true);
        details.getStyleClass().add("details");
        details.textProperty().bind(objects.detailsProperty());
        Label hint = new Label("Select an object here or click it in 3D.");
        hint.getStyleClass().add("note");
        leftOut.setId("left-out-list");
        leftOut.setItems(objects.leftOut());
        leftOut.setCellFactory(v -> new LeftOutCell());
        leftOut.setPrefHeight(160);
        leftOut.setPlaceholder(new Label("Nothing was left out."));
        TitledPane leftOutPane = new TitledPane();
        leftOutPane.setId("left-out");
        leftOutPane.textProperty().bind(Bindings.size(objects.leftOut()).asString("Left out (%d)"));
        leftOutPane.setContent(leftOut);
        leftOutPane.setExpanded(false);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(summary, list, hint, details, leftOutPane);
    }

    ListView<ObjectMarker> list() {
        return list;
    }

    ListView<LeftOutRow> leftOutList() {
        return leftOut;
    }

    /** A label that wraps within the list's width, so nothing is cut to "…". */
    private static Label wrapping(String text, ListView<?> in, String... styles) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.maxWidthProperty().bind(in.widthProperty().subtract(TEXT_INSET));
        l.getStyleClass().addAll(styles);
        return l;
    }

    private final class ObjectCell extends ListCell<ObjectMarker> {
        @Override
        protected void updateItem(ObjectMarker o, boolean empty) {
            super.updateItem(o, empty);
            setText(null);
            if (empty || o == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            ObjectWords w = o.words();
            Rectangle swatch = new Rectangle(12, 12, ImagePane.colour(o.rgb()));
            Label name = new Label(o.name());
            name.setStyle("-fx-font-weight: bold");
            String facts = String.join(" · ", Stream.of("#" + o.id(), w.scoreText(), w.colour(),
                    o.pointsLabel()).filter(s -> s != null && !s.isEmpty())
                    .toList());
            Label count = new Label(facts);
            count.getStyleClass().add("note");
            VBox lines = new VBox(1, new HBox(8, swatch, name, count));
            String reference = w.referenceText();
            if (!reference.isEmpty()) {
                Label ref = wrapping(reference, list);
                ref.setId("object-reference-" + o.id());
                if (w.ambiguous() || w.rejection() != null) {
                    ref.getStyleClass().add("warning");
                }
                lines.getChildren().add(ref);
            }
            if (w.caption() != null) {
                lines.getChildren().add(wrapping(w.caption(), list, "note"));
            }
            if (!o.visibility().isEmpty()) {
                lines.getChildren().add(wrapping(String.join(", ", o.visibility()), list, "note"));
            }
            setGraphic(lines);
            setTooltip(w.caption() == null ? null : new Tooltip(w.caption()));
        }
    }

    private final class LeftOutCell extends ListCell<LeftOutRow> {
        @Override
        protected void updateItem(LeftOutRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(r.title());
            title.setStyle("-fx-font-weight: bold");
            Label reason = new Label(r.reason());
            reason.getStyleClass().add("warning");
            setGraphic(new VBox(1, new HBox(8, title, reason), wrapping(r.detail(), leftOut, "note")));
        }
    }
}
