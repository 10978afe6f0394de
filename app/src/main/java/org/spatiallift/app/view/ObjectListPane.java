package org.spatiallift.app.view;

import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.spatiallift.app.viewmodel.ObjectMarker;
import org.spatiallift.app.viewmodel.ObjectsViewModel;

/** The objects of the scene; selecting one highlights it in 2D and 3D and shows its measurements below the list. */
final class ObjectListPane extends VBox {

    private final ListView<ObjectMarker> list = new ListView<>();
    private boolean syncing;

    ObjectListPane(ObjectsViewModel objects) {
        super(6);
        setPadding(new Insets(6));
        list.setId("object-list");
        list.setItems(objects.objects());
        list.setCellFactory(v -> new ObjectCell());
        list.setPrefHeight(220);
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
        Label details = new Label();
        details.setId("object-details");
        details.setWrapText(true);
        details.getStyleClass().add("details");
        details.textProperty().bind(objects.detailsProperty());
        Label hint = new Label("Select an object here or click it in 3D.");
        hint.getStyleClass().add("note");
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(list, hint, details);
    }

    ListView<ObjectMarker> list() {
        return list;
    }

    private static final class ObjectCell extends ListCell<ObjectMarker> {
        @Override
        protected void updateItem(ObjectMarker o, boolean empty) {
            super.updateItem(o, empty);
            if (empty || o == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Rectangle swatch = new Rectangle(12, 12, ImagePane.colour(o.rgb()));
            Label name = new Label(o.name());
            Label count = new Label(String.format(Locale.ROOT, "%,d points", o.pointCount()));
            count.getStyleClass().add("note");
            HBox row = new HBox(8, swatch, name, count);
            setText(null);
            setGraphic(row);
        }
    }
}
