package org.spatiallift.app.view;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.spatiallift.app.viewmodel.MainViewModel;

/**
 * Progress with cancel while a lift runs, the status line, how the scene was lifted (depth format and scale,
 * intrinsics), what is under the mouse and the picked point.
 */
final class StatusBar extends VBox {

    StatusBar(MainViewModel viewModel) {
        super(2);
        setPadding(new Insets(4, 8, 4, 8));
        getStyleClass().add("status-bar");
        ProgressBar progress = new ProgressBar();
        progress.setId("lift-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(viewModel.pipeline().progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("lift-cancel");
        cancel.setOnAction(e -> viewModel.cancel());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(viewModel.busyProperty());
        cancel.visibleProperty().bind(viewModel.busyProperty());
        cancel.managedProperty().bind(viewModel.busyProperty());
        Label status = FullText.whenElided(new Label());
        status.setId("status");
        status.textProperty().bind(viewModel.statusProperty());
        HBox line = new HBox(8, progress, cancel, status);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label hover = FullText.whenElided(new Label());
        hover.setId("hover");
        hover.textProperty().bind(viewModel.inspector().hoverTextProperty());
        Label picked = FullText.whenElided(new Label());
        picked.setId("picked");
        picked.textProperty().bind(Bindings.createStringBinding(() -> {
            var m = viewModel.inspector().measurementProperty().get();
            if (m != null) {
                return m.complete() ? "distance " + m.label() : m.label();
            }
            var p = viewModel.inspector().pickedProperty().get();
            return p == null ? "" : p.text();
        }, viewModel.inspector().pickedProperty(), viewModel.inspector().measurementProperty()));
        Label liftedWith = FullText.whenElided(new Label());
        liftedWith.setId("lifted-with");
        liftedWith.textProperty().bind(viewModel.liftedWithProperty());
        HBox inspect = new HBox(16, liftedWith, hover, picked);
        getChildren().addAll(line, inspect);
    }
}
