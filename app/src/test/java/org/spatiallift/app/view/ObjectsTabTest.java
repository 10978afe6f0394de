package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.app.task.FxTaskExecutor;
import org.spatiallift.app.viewmodel.LeftOutRow;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.ObjectMarker;
import org.spatiallift.app.viewmodel.OpenRequest;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Objects tab on the TUM frame lifted with the installed COCO detector: an ambiguous object's row says so with
 * the reason, and the "Left out" section lists the detections not used, each with why.
 */
@ExtendWith(ApplicationExtension.class)
class ObjectsTabTest {

    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        FxTaskExecutor executor = new FxTaskExecutor();
        viewModel = new MainViewModel(executor, executor, new InMemoryPreferenceStore(),
                new ModelStore(TestModels.detector().folder().getParent()));
        MainView view = new MainView(viewModel, stage);
        stage.setScene(new Scene(view, 1400, 900));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void anAmbiguousObjectsRowShowsTheFlagAndLeftOutDetectionsTheirReasons(FxRobot robot) throws Exception {
        Path image = SharedData.rgbd("other_formats/TUM_color.png");
        Path depth = SharedData.rgbd("other_formats/TUM_depth.png");
        robot.interact(() -> viewModel.open(new OpenRequest(image, depth, "tum", null, "525,525,319.5,239.5", null,
                null)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ObjectMarker ambiguous = viewModel.objects().objects().stream().filter(o -> o.words().ambiguous())
                .findFirst().orElseThrow(() -> new AssertionError("no ambiguous object on the TUM frame"));

        ListView<ObjectMarker> list = robot.lookup("#object-list").queryListView();
        robot.interact(() -> list.scrollTo(ambiguous));
        WaitForAsyncUtils.waitForFxEvents();

        Label flag = robot.lookup("#object-reference-" + ambiguous.id()).queryAs(Label.class);
        assertThat(flag.getText()).isEqualTo("ambiguous: " + ambiguous.words().ambiguity());
        assertThat(visible(flag)).isTrue();
        assertThat(robot.lookup("#object-summary").queryAs(Label.class).getText())
                .contains(viewModel.objects().objects().stream().filter(o -> o.words().ambiguous()).count()
                        + " ambiguous");

        TitledPane leftOut = robot.lookup("#left-out").queryAs(TitledPane.class);
        assertThat(leftOut.getText()).isEqualTo("Left out (" + viewModel.objects().leftOut().size() + ")");
        robot.clickOn(leftOut.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<LeftOutRow> rows = robot.lookup("#left-out-list").queryListView();
        assertThat(visible(rows)).isTrue();
        LeftOutRow first = viewModel.objects().leftOut().get(0);
        assertThat(robot.lookup("#left-out-list .list-cell").lookup((Label l) -> first.detail().equals(l.getText()))
                .tryQuery()).as("a cell shows %s", first).isPresent();
    }

    private static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null && n.localToScreen(n.getBoundsInLocal()) != null;
    }
}
