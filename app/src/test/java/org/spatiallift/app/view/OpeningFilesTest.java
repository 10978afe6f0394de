package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.app.task.FxTaskExecutor;
import org.spatiallift.app.viewmodel.FolderEntry;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening files through the real window: the folder browser (thumbnails, double click opens the image with its depth
 * file) and drag and drop of an image onto the window (from a small source window in the same app, since a robot
 * cannot drag from another program).
 */
@ExtendWith(ApplicationExtension.class)
class OpeningFilesTest {

    @TempDir
    Path folder;

    private MainViewModel viewModel;
    private MainView view;
    private List<java.io.File> dragged = List.of();

    @Start
    void start(Stage stage) {
        viewModel = new MainViewModel(new FxTaskExecutor());
        view = new MainView(viewModel, stage);
        stage.setScene(new Scene(view, 1400, 900));
        stage.setX(0);
        stage.setY(0);
        stage.show();

        Label dragSource = new Label("drag me");
        dragSource.setId("drag-source");
        dragSource.setMinSize(120, 60);
        dragSource.setOnDragDetected(e -> {
            Dragboard board = dragSource.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(dragged);
            board.setContent(content);
            e.consume();
        });
        Stage source = new Stage();
        source.setScene(new Scene(new javafx.scene.layout.StackPane(dragSource), 160, 80));
        source.setX(1420);
        source.setY(0);
        source.show();
    }

    @BeforeEach
    void writeTwoFrames() throws IOException {
        for (String name : List.of("one", "two")) {
            Path dir = Files.createTempDirectory(folder, name);
            SampleSceneWriter.write(SampleScenes.builtIn(), dir);
            Files.move(dir.resolve("rgb.png"), folder.resolve(name + "_rgb.png"));
            Files.move(dir.resolve("depth.png"), folder.resolve(name + "_depth.png"));
            Files.move(dir.resolve("intrinsics.txt"), folder.resolve("intrinsics.txt"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void doubleClickingThumbnailOpensThatImageWithItsDepth(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.folder().browse(folder));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.folder().entries().size() == 2);
        FolderEntry second = viewModel.folder().entries().get(1);
        assertThat(second.image().getFileName()).hasToString("two_rgb.png");
        assertThat(second.request().depth().getFileName()).hasToString("two_depth.png");

        robot.interact(() -> view.showSideTab("folder"));
        @SuppressWarnings("unchecked")
        ListView<FolderEntry> list = robot.lookup("#folder-list").queryAs(ListView.class);
        robot.doubleClickOn(robot.from(list).lookup(".list-cell").nth(1).<javafx.scene.Node>query());

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null
                && viewModel.sceneProperty().get().title().contains("two_rgb.png"));
        assertThat(viewModel.sceneProperty().get().cloud().totalPoints()).isGreaterThan(10_000);
    }

    @Test
    void droppingImageOnWindowOpensIt(FxRobot robot) throws Exception {
        dragged = List.of(folder.resolve("one_rgb.png").toFile());
        robot.drag("#drag-source").dropTo(view.cloudView());

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null
                && viewModel.sceneProperty().get().title().contains("one_rgb.png"));
        assertThat(viewModel.sceneProperty().get().cloud().totalPoints()).isGreaterThan(10_000);
    }
}
