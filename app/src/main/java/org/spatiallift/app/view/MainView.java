package org.spatiallift.app.view;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.spatiallift.app.viewmodel.ImagePixels;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.SceneSnapshot;

/** The main window: menu, the image beside the 3D view, and a status bar with errors. */
public final class MainView extends BorderPane {

    private final MainViewModel viewModel;
    private final ImageView imageView = new ImageView();
    private final CloudView cloudView = new CloudView();
    private final Label status = new Label();
    private final Label error = new Label();

    public MainView(MainViewModel viewModel, Stage stage) {
        this.viewModel = viewModel;
        setTop(menu(stage));
        setCenter(content());
        setBottom(statusBar());
        viewModel.sceneProperty().addListener((obs, old, scene) -> show(scene));
        if (viewModel.sceneProperty().get() != null) {
            show(viewModel.sceneProperty().get());
        }
    }

    /** The 3D view, for screenshots and tests. */
    public CloudView cloudView() {
        return cloudView;
    }

    private MenuBar menu(Stage stage) {
        MenuItem open = new MenuItem("Open image and depth…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> OpenDialog.ask(stage).ifPresent(viewModel::open));
        MenuItem sample = new MenuItem("Open sample scene");
        sample.setOnAction(e -> viewModel.openSample());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        MenuItem reset = new MenuItem("Reset 3D view");
        reset.setOnAction(e -> cloudView.resetView());
        return new MenuBar(new Menu("File", null, open, sample, quit), new Menu("View", null, reset));
    }

    private SplitPane content() {
        imageView.setPreserveRatio(true);
        StackPane imagePane = new StackPane(imageView);
        imagePane.setMinWidth(160);
        imageView.fitWidthProperty().bind(imagePane.widthProperty().subtract(8));
        imageView.fitHeightProperty().bind(imagePane.heightProperty().subtract(8));
        SplitPane split = new SplitPane(imagePane, cloudView);
        split.setDividerPositions(0.36);
        return split;
    }

    private VBox statusBar() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(viewModel.busyProperty());
        status.textProperty().bind(viewModel.statusProperty());
        error.textProperty().bind(viewModel.errorProperty());
        error.setStyle("-fx-text-fill: #c0392b;");
        error.visibleProperty().bind(Bindings.isNotEmpty(viewModel.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        HBox line = new HBox(8, progress, status);
        HBox.setHgrow(status, Priority.ALWAYS);
        VBox bar = new VBox(2, error, line);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    private void show(SceneSnapshot scene) {
        if (scene == null) {
            return;
        }
        imageView.setImage(toImage(scene.image()));
        cloudView.showCloud(scene.cloud().xyz(), scene.cloud().rgb(), scene.cloud().count());
    }

    /** Where a canonical point shows in the 3D view, in the view's coordinates. */
    public Point2D projectInCloudView(double x, double y, double z) {
        return cloudView.project(x, y, z);
    }

    private static WritableImage toImage(ImagePixels p) {
        WritableImage img = new WritableImage(p.width(), p.height());
        img.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0, p.width());
        return img;
    }
}
