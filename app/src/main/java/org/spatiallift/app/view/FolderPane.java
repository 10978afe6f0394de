package org.spatiallift.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import org.spatiallift.app.viewmodel.FolderEntry;
import org.spatiallift.app.viewmodel.MainViewModel;

/** The folder browser: thumbnails of a folder's images with the depth file found for each; a double click opens one. */
final class FolderPane extends VBox {

    private static final int THUMB_W = 96;
    private static final int THUMB_H = 72;
    private static final int CACHE = 400;

    /** Thumbnails decoded in the background by JavaFX, most recently used kept. */
    private final Map<Path, Image> thumbnails = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Image> eldest) {
            return size() > CACHE;
        }
    };

    FolderPane(MainViewModel viewModel, Window owner) {
        super(6);
        setPadding(new Insets(6));
        Button choose = new Button("Choose folder…");
        choose.setOnAction(e -> chooseFolder(viewModel, owner));
        Label folder = new Label();
        folder.setWrapText(true);
        folder.setId("folder-path");
        folder.textProperty().bind(viewModel.folder().folderTextProperty());
        Label summary = FullText.whenElided(new Label());
        summary.getStyleClass().add("note");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.folder().summaryProperty());
        ListView<FolderEntry> list = new ListView<>(viewModel.folder().entries());
        list.setId("folder-list");
        list.setCellFactory(v -> new EntryCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(list.getSelectionModel().getSelectedItem().request());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(list.getSelectionModel().getSelectedItem().request());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label("Double-click an image to open it with its depth file.");
        hint.getStyleClass().add("note");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(choose, folder, summary, list, hint);
    }

    static void chooseFolder(MainViewModel viewModel, Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose a folder of RGB-D images");
        Path last = viewModel.preferences().lastFolderProperty().get();
        if (last != null && last.toFile().isDirectory()) {
            chooser.setInitialDirectory(last.toFile());
        }
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            viewModel.folder().browse(dir.toPath());
        }
    }

    private Image thumbnail(Path file) {
        return thumbnails.computeIfAbsent(file, f -> new Image(f.toUri().toString(), THUMB_W, THUMB_H, true, true, true));
    }

    private final class EntryCell extends ListCell<FolderEntry> {
        private final ImageView view = new ImageView();
        private final Label noPreview = new Label("no preview");
        private final Label name = FullText.whenElided(new Label());
        private final Label caption = new Label();
        private final StackPane thumb = new StackPane(view, noPreview);
        private final HBox row = new HBox(8, thumb, new VBox(2, name, caption));

        EntryCell() {
            thumb.setMinSize(THUMB_W, THUMB_H);
            thumb.setPrefSize(THUMB_W, THUMB_H);
            noPreview.getStyleClass().add("note");
            view.setFitWidth(THUMB_W);
            view.setFitHeight(THUMB_H);
            view.setPreserveRatio(true);
            caption.getStyleClass().add("note");
            caption.setWrapText(true);
        }

        @Override
        protected void updateItem(FolderEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            Image image = thumbnail(entry.image());
            view.setImage(image);
            noPreview.visibleProperty().bind(image.errorProperty());
            name.setText(entry.image().getFileName().toString());
            caption.setText(entry.caption());
            caption.getStyleClass().remove("warning");
            if (!entry.hasDepth()) {
                caption.getStyleClass().add("warning");
            }
            setGraphic(row);
        }
    }
}
