package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.app.task.FxTaskExecutor;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Models window through the real menu: Models › Models… opens it with one row per built-in model. */
@ExtendWith(ApplicationExtension.class)
class ModelsDialogTest {

    @Start
    void start(Stage stage) throws IOException {
        Path cache = Files.createTempDirectory("spatiallift-models-dialog");
        FxTaskExecutor executor = new FxTaskExecutor();
        MainViewModel viewModel = new MainViewModel(executor, executor, new InMemoryPreferenceStore(), new ModelStore(cache));
        stage.setScene(new Scene(new MainView(viewModel, stage), 1200, 800));
        stage.show();
    }

    @Test
    void menuOpensTheModelsWindowWithEveryBuiltInModel(FxRobot robot) throws Exception {
        robot.clickOn("Models");
        robot.clickOn("Models…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#models-table").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#models-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(ModelManifests.builtInIds().size());
        assertThat(robot.lookup("mobilesam-box-segmenter").tryQuery()).as("the segmenter's row is on screen").isPresent();
        assertThat(robot.lookup("box_segmenter").tryQuery()).isPresent();
        assertThat(robot.lookup("#scene-filter-choice").queryAs(Label.class).getText())
                .isEqualTo("Scene filter: rules (no CLIP model installed)");
        assertThat(robot.lookup("Download").queryAll()).isNotEmpty();
    }
}
