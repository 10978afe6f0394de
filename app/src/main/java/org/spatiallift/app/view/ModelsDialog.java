package org.spatiallift.app.view;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.spatiallift.app.viewmodel.ModelRow;
import org.spatiallift.app.viewmodel.ModelsViewModel;
import org.spatiallift.app.viewmodel.NotificationsViewModel;

/**
 * The Models window (non-modal): one row per built-in model with its role, installed state, size, licence and status
 * (with a progress bar while it downloads) and Download / Cancel / Remove; the selected model's description and
 * SHA-256 below; the offline switch, the cache folder and the models the lift will use on top. Notifications show in
 * its corner as in the main window.
 */
final class ModelsDialog {

    private static final String STYLESHEET = "/org/spatiallift/app/view/app.css";

    private final ModelsViewModel models;
    private final Stage stage = new Stage();

    ModelsDialog(ModelsViewModel models, NotificationsViewModel notifications, Window owner) {
        this.models = models;
        stage.initOwner(owner);
        stage.setTitle("Models");
        TableView<ModelRow> table = table();
        TextArea details = new TextArea();
        details.setId("model-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(5);
        details.getStyleClass().add("details");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> details.setText(row == null ? ""
                : row.id() + " (" + row.role() + ", licence: " + row.licence() + ")\n" + row.description() + "\n\nSHA-256:\n"
                        + row.sha256Property().get() + "\n\nWithout the app: " + row.hintProperty().get()));
        CheckBox offline = new CheckBox("Offline: never download");
        offline.setId("models-offline");
        offline.selectedProperty().bindBidirectional(models.offlineProperty());
        Label folder = FullText.whenElided(new Label("Cache: " + models.cacheFolder()));
        folder.getStyleClass().add("note");
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> models.refresh());
        HBox top = new HBox(12, offline, folder, refresh);
        HBox.setHgrow(folder, Priority.ALWAYS);
        folder.setMaxWidth(Double.MAX_VALUE);
        Label masks = FullText.whenElided(new Label());
        masks.textProperty().bind(models.masksChoiceProperty());
        Label filter = FullText.whenElided(new Label());
        filter.setId("scene-filter-choice");
        filter.textProperty().bind(models.sceneFilterChoiceProperty());
        VBox header = new VBox(4, top, masks, filter);
        header.setPadding(new Insets(8));
        BorderPane content = new BorderPane(table, header, null, details, null);
        BorderPane.setMargin(details, new Insets(8));
        NotificationPane corner = new NotificationPane(notifications);
        StackPane root = new StackPane(content, corner);
        StackPane.setAlignment(corner, Pos.TOP_RIGHT);
        StackPane.setMargin(corner, new Insets(8));
        root.getStylesheets().add(ModelsDialog.class.getResource(STYLESHEET).toExternalForm());
        // 1400 × 600 px, or less on a smaller screen (1280 × 800): the columns then scroll, cells keep tooltips
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, Math.min(1400, screen.getWidth() - 40), Math.min(600, screen.getHeight() - 80)));
    }

    /** Shows the window (or brings it to the front) with the cache read again. */
    void show() {
        models.refresh();
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private TableView<ModelRow> table() {
        TableView<ModelRow> t = new TableView<>(models.rows());
        t.setId("models-table");
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<ModelRow, String> id = new TableColumn<>("Model");
        id.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().id()));
        id.setPrefWidth(250);
        id.setCellFactory(FullText.cells());
        TableColumn<ModelRow, String> role = new TableColumn<>("Role");
        role.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().role()));
        role.setPrefWidth(150);
        role.setCellFactory(FullText.cells());
        TableColumn<ModelRow, String> installed = new TableColumn<>("Installed");
        installed.setCellValueFactory(c -> Bindings.when(c.getValue().installedProperty()).then("yes").otherwise("no"));
        installed.setPrefWidth(80);
        installed.setCellFactory(FullText.cells());
        TableColumn<ModelRow, String> size = new TableColumn<>("Size");
        size.setCellValueFactory(c -> c.getValue().sizeProperty());
        size.setPrefWidth(180);
        size.setCellFactory(FullText.cells());
        TableColumn<ModelRow, String> licence = new TableColumn<>("Licence");
        licence.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().licence()));
        licence.setPrefWidth(170);
        licence.setCellFactory(FullText.cells());
        TableColumn<ModelRow, ModelRow> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(300);
        TableColumn<ModelRow, ModelRow> actions = new TableColumn<>("");
        actions.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue));
        actions.setCellFactory(c -> new ActionsCell());
        actions.setPrefWidth(250);
        t.getColumns().setAll(List.of(id, role, installed, size, licence, status, actions));
        return t;
    }

    /** The status text with a progress bar while busy. */
    private static final class StatusCell extends TableCell<ModelRow, ModelRow> {

        private final Label text = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final VBox box = new VBox(2, text, bar);

        private final Tooltip tip = new Tooltip();

        StatusCell() {
            bar.setMaxWidth(Double.MAX_VALUE);
            text.setTooltip(tip);
        }

        @Override
        protected void updateItem(ModelRow row, boolean empty) {
            super.updateItem(row, empty);
            text.textProperty().unbind();
            tip.textProperty().unbind();
            bar.progressProperty().unbind();
            bar.visibleProperty().unbind();
            bar.managedProperty().unbind();
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            text.textProperty().bind(row.statusProperty());
            tip.textProperty().bind(row.statusProperty());
            bar.progressProperty().bind(row.progressProperty());
            bar.visibleProperty().bind(row.busyProperty());
            bar.managedProperty().bind(row.busyProperty());
            setGraphic(box);
        }
    }

    /** Download (when not installed), Cancel (while downloading), Remove (when installed). */
    private final class ActionsCell extends TableCell<ModelRow, ModelRow> {

        private final Button download = new Button("Download");
        private final Button cancel = new Button("Cancel");
        private final Button remove = new Button("Remove");
        private final HBox box = new HBox(6, download, cancel, remove);

        ActionsCell() {
            for (Button b : new Button[] {download, cancel, remove}) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        @Override
        protected void updateItem(ModelRow row, boolean empty) {
            super.updateItem(row, empty);
            for (Button b : new Button[] {download, cancel, remove}) {
                b.disableProperty().unbind();
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            download.setOnAction(e -> models.download(row));
            cancel.setOnAction(e -> models.cancel(row));
            remove.setOnAction(e -> models.remove(row));
            download.disableProperty().bind(row.busyProperty().or(row.installedProperty())
                    .or(Bindings.createBooleanBinding(() -> !row.downloadable())));
            cancel.disableProperty().bind(row.busyProperty().not());
            remove.disableProperty().bind(row.busyProperty().or(row.installedProperty().not()));
            setGraphic(box);
        }
    }
}
