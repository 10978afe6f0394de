package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.app.viewmodel.ChatEntry;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Chat tab through the real window on the sample scene: a question typed and sent with Enter gets its measured
 * answer with value, interval and frame in the list; hovering the answer draws what it measured in 2D and 3D.
 */
@ExtendWith(ApplicationExtension.class)
class ChatTabTest {

    @TempDir
    Path dir;

    private TestWindow window;
    private MainViewModel viewModel;
    private MainView view;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, 1400, 900);
        viewModel = window.viewModel();
        view = window.view();
        viewModel.qa().newProject(dir.resolve("project.db"));
        view.showSideTab("chat");
        viewModel.openSample();
    }

    @Test
    void aTypedQuestionIsAnsweredWithItsMeasurementAndHoveringDrawsIt(FxRobot robot) throws Exception {
        window.awaitScene();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> viewModel.chat().statusProperty().get().startsWith("Asking about sample"));

        robot.clickOn("#chat-question").write("How far is the ball from the chair?").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !viewModel.chat().entries().isEmpty()
                && viewModel.chat().entries().get(0).state() != ChatEntry.State.ASKING);
        WaitForAsyncUtils.waitForFxEvents(3);

        ChatEntry e = viewModel.chat().entries().get(0);
        assertThat(e.state()).as(e.answer()).isEqualTo(ChatEntry.State.ANSWERED);
        Label measured = robot.lookup("#chat-measured-1").queryAs(Label.class);
        assertThat(measured.getText()).startsWith("measured: ").contains(" m (").contains("canonical frame");
        assertThat(robot.lookup("#chat-question").queryTextInputControl().getText()).isEmpty();

        robot.interact(() -> viewModel.chat().select(0));
        WaitForAsyncUtils.waitForFxEvents(2);
        assertThat(view.cloudView().qaMarks()).isEmpty();
        Node answer = robot.lookup("#chat-answer-1").query();
        robot.moveTo(answer);
        WaitForAsyncUtils.waitForFxEvents(3);

        assertThat(viewModel.chat().selectedProperty().get()).isNotNull();
        assertThat(view.cloudView().qaMarks()).as("the measured distance in 3D").isNotEmpty();
        assertThat(view.imagePane().qaMarks().getChildren()).as("the measured distance over the image").isNotEmpty();
    }

    @Test
    void aQuestionOverFramesOpensItsChart(FxRobot robot) throws Exception {
        window.awaitScene();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            SampleSceneWriter.write(SampleScenes.builtIn(), dir.resolve("f" + i));
            list.append("f").append(i).append("/rgb.png f").append(i).append("/depth.png f").append(i)
                    .append("/labels.png f").append(i).append("/names.txt\n");
        }
        Path frames = dir.resolve("frames.txt");
        Files.writeString(frames, list.toString());

        robot.interact(() -> {
            viewModel.chat().questionProperty().set("How far is the ball from the chair?");
            viewModel.chat().askOverFrames(frames);
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> view.chatPane().seriesWindow() != null);
        WaitForAsyncUtils.waitForFxEvents(3);

        SeriesWindow w = view.chatPane().seriesWindow();
        assertThat(w.chart().getData()).singleElement().satisfies(s -> assertThat(s.getData()).hasSize(2));
        assertThat(w.chart().getYAxis().getLabel()).isEqualTo("centre_distance (m)");
        assertThat(w.chart().getScene().getWindow().isShowing()).isTrue();
        assertThat(robot.lookup("#series-summary").queryAs(Label.class).getText()).startsWith("2 of 2 frames measured");
    }
}
