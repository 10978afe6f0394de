package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.app.task.FxTaskExecutor;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.OpenRequest;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A notification's advice is a button that opens what it names: an image without depth and without a depth model is
 * refused with "Choose depth file…" (File › Open image and depth… with the image filled in) and "Open Models…".
 */
@ExtendWith(ApplicationExtension.class)
class NotificationActionsTest {

    @TempDir
    Path dir;

    private MainViewModel viewModel;
    private Path photo;

    @Start
    void start(Stage stage) throws IOException {
        Path cache = Files.createTempDirectory("spatiallift-no-models");
        FxTaskExecutor executor = new FxTaskExecutor();
        viewModel = new MainViewModel(executor, executor, new InMemoryPreferenceStore(), new ModelStore(cache));
        stage.setScene(new Scene(new MainView(viewModel, stage), 1400, 900));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @BeforeEach
    void openAPhotoWithoutDepth(FxRobot robot) throws Exception {
        Path sample = Files.createDirectory(dir.resolve("sample"));
        SampleSceneWriter.write(SampleScenes.builtIn(), sample);
        Path alone = Files.createDirectory(dir.resolve("alone"));
        photo = Files.copy(sample.resolve("rgb.png"), alone.resolve("photo.png"));
        robot.interact(() -> viewModel.open(OpenRequest.of(photo, null)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.notifications().lastError() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".notification-message").queryAs(Label.class).getText()).contains("photo.png")
                .doesNotContain("--");
    }

    @Test
    void chooseDepthFileOpensTheOpenDialogWithTheImageFilledIn(FxRobot robot) throws Exception {
        Button choose = robot.lookup("#notification-action-open_files").queryButton();
        assertThat(choose.getText()).isEqualTo("Choose depth file…");

        robot.clickOn(choose);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#open-image").tryQuery().isPresent());

        TextField image = robot.lookup("#open-image").queryAs(TextField.class);
        assertThat(image.getText()).isEqualTo(photo.toString());
        assertThat(robot.lookup("#open-depth").queryAs(TextField.class).getText()).isEmpty();
        assertThat(viewModel.notifications().items()).isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void openModelsOpensTheModelsWindow(FxRobot robot) throws Exception {
        Button models = robot.lookup("#notification-action-open_models").queryButton();
        assertThat(models.getText()).isEqualTo("Open Models…");

        robot.clickOn(models);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#models-table").tryQuery().isPresent());

        assertThat(robot.lookup("#models-table").tryQuery()).isPresent();
    }
}
