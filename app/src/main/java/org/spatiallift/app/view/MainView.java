package org.spatiallift.app.view;

import java.io.File;
import java.util.List;

import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.QaOverlay;
import org.spatiallift.app.viewmodel.SceneSnapshot;

/**
 * The main window: menus; the 2D layers, the 3D view and a side panel (objects, pipeline, QA, chat, folder) side by side;
 * notifications in the top-right corner of the 3D view; the status bar. Files and folders can be dropped anywhere on it.
 */
public final class MainView extends BorderPane {

    private static final String STYLESHEET = "/org/spatiallift/app/view/app.css";

    private final MainViewModel viewModel;
    private final ImagePane imagePane;
    private final CloudPane cloudPane;
    private final ObjectListPane objectList;
    private final LazyTab<QaPane> qaTab;
    private final LazyTab<ChatPane> chatTab;
    private final TabPane side = new TabPane();
    private final Tab folderTab;

    public MainView(MainViewModel viewModel, Stage stage) {
        this.viewModel = viewModel;
        getStylesheets().add(MainView.class.getResource(STYLESHEET).toExternalForm());
        imagePane = new ImagePane(viewModel.inspector());
        cloudPane = new CloudPane(viewModel);
        objectList = new ObjectListPane(viewModel.objects());
        Tab objects = new Tab("Objects", objectList);
        // the tabs behind the first are built when first shown (a quicker start)
        Tab pipeline = new LazyTab<>("Pipeline", () -> new PipelinePane(viewModel)).tab();
        qaTab = new LazyTab<>("QA", () -> new QaPane(viewModel.qa()));
        chatTab = new LazyTab<>("Chat", () -> new ChatPane(viewModel.chat()));
        folderTab = new LazyTab<>("Folder", () -> new FolderPane(viewModel, stage)).tab();
        side.getTabs().setAll(objects, pipeline, qaTab.tab(), chatTab.tab(), folderTab);
        side.getTabs().forEach(t -> t.setClosable(false));
        side.setMinWidth(240);
        SplitPane split = new SplitPane(imagePane, cloudPane, side);
        split.setId("main-split");
        split.setDividerPositions(0.31, 0.77);
        SplitProportions.keep(split);
        AppMenus menus = new AppMenus(viewModel, stage, cloudPane.cloudView(), cloudPane::figure,
                () -> side.getSelectionModel().select(folderTab));
        cloudPane.addTopRight(new NotificationPane(viewModel.notifications(), menus::perform));
        setTop(menus.build());
        setCenter(split);
        setBottom(new StatusBar(viewModel));
        showTitle(stage);
        bind();
        installDrop();
    }

    /** The 3D view, for screenshots and tests. */
    public CloudView cloudView() {
        return cloudPane.cloudView();
    }

    /** Brings the side panel's tab called {@code name} (objects, pipeline, qa, chat, folder; any case) to the front. */
    public void showSideTab(String name) {
        side.getTabs().stream().filter(t -> t.getText().equalsIgnoreCase(name)).findFirst()
                .ifPresent(t -> side.getSelectionModel().select(t));
    }

    /** The 3D view with its tool bar and legend, for tests. */
    CloudPane cloudPane() {
        return cloudPane;
    }

    /** The 2D view, for tests. */
    ImagePane imagePane() {
        return imagePane;
    }

    /** The QA tab, for tests. */
    QaPane qaPane() {
        return qaTab.content();
    }

    /** The Chat tab, for tests. */
    ChatPane chatPane() {
        return chatTab.content();
    }

    /** The side panel, for tests. */
    TabPane sidePanel() {
        return side;
    }

    /** The window names the scene on show ("SpatialLift — TUM_color.png"). */
    private void showTitle(Stage stage) {
        stage.titleProperty().bind(viewModel.titleProperty());
    }

    private void bind() {
        CloudView cloud = cloudPane.cloudView();
        viewModel.sceneProperty().addListener((obs, old, scene) -> show(scene,
                old == null || scene == null || !old.title().equals(scene.title())));
        viewModel.coloursProperty().addListener((obs, old, colours) -> {
            if (colours != null && old != null && viewModel.sceneProperty().get() != null) {
                cloud.setColours(colours);
            }
        });
        viewModel.objects().selectedProperty().addListener((obs, old, o) -> cloud.select(o));
        viewModel.objects().selectedMaskProperty().addListener((obs, old, m) -> imagePane.showSelection(m));
        viewModel.qa().overlayProperty().addListener((obs, old, o) -> showQa(o));
        viewModel.chat().overlayProperty().addListener((obs, old, o) -> showQa(o));
        viewModel.inspector().pickedProperty().addListener((obs, old, p) -> cloud.showPicked(p));
        viewModel.inspector().measurementProperty().addListener((obs, old, m) -> cloud.showMeasurement(m));
        viewModel.shownCloudProperty().addListener((obs, old, c) -> {
            SceneSnapshot s = viewModel.sceneProperty().get();
            // points ⇄ voxels of the scene on show; a new scene's cloud is shown with the scene (below)
            if (c != null && s != null && (c == s.cloud() || c == s.voxels())) {
                cloud.showCloud(c, viewModel.coloursProperty().get(), false);
            }
        });
        cloud.setOnPick(viewModel::pick);
        if (viewModel.sceneProperty().get() != null) {
            show(viewModel.sceneProperty().get(), true);
        }
    }

    private void show(SceneSnapshot scene, boolean newScene) {
        if (scene == null) {
            return;
        }
        CloudView cloud = cloudPane.cloudView();
        imagePane.show(scene.image());
        cloud.showFrame(scene.frame());
        cloud.showCloud(viewModel.shownCloudProperty().get(), viewModel.coloursProperty().get(), newScene);
        cloud.showObjects(scene.objects());
        cloud.select(viewModel.objects().selectedProperty().get());
        imagePane.showSelection(viewModel.objects().selectedMaskProperty().get());
    }

    /** A QA's objects and marks in both views; without one, the object selection again. */
    private void showQa(QaOverlay o) {
        CloudView cloud = cloudPane.cloudView();
        if (o == null) {
            cloud.showQaMarks(List.of());
            imagePane.showQaMarks(List.of());
            cloud.select(viewModel.objects().selectedProperty().get());
            imagePane.showSelection(viewModel.objects().selectedMaskProperty().get());
            return;
        }
        cloud.highlight(o.objects());
        cloud.showQaMarks(o.segments());
        imagePane.showSelection(o.mask());
        imagePane.showQaMarks(o.segments());
    }

    private void installDrop() {
        addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<File> files = e.getDragboard().getFiles();
                if (files.size() == 1 && files.get(0).isDirectory()) {
                    side.getSelectionModel().select(folderTab);
                }
                viewModel.openDropped(files.stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
