package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 3D view's keys are the View menu's accelerators: they work with the focus anywhere in the window, once each,
 * and not while text is typed.
 */
@ExtendWith(ApplicationExtension.class)
class ViewKeysTest {

    private static final double TOP_PITCH_DEG = 89.9;
    private static final double RESET_PITCH_DEG = 30;

    private TestWindow window;
    private MainViewModel viewModel;
    private MainView view;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, 1400, 900);
        viewModel = window.viewModel();
        view = window.view();
        viewModel.openSample();
    }

    @BeforeEach
    void waitForScene() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    @Test
    void presetKeysWorkWithTheFocusInTheObjectsList(FxRobot robot) {
        robot.clickOn(robot.lookup("#object-list").lookup(hasText("sofa")).queryLabeled());
        assertThat(focusOwner(robot)).as("focus in the Objects list").isNotInstanceOf(CloudView.class);

        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pitch()).as("top view").isCloseTo(TOP_PITCH_DEG, within(1e-6));

        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pitch()).as("reset view").isCloseTo(RESET_PITCH_DEG, within(1e-6));
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.inspector().measuringProperty().get()).as("M turns measuring on, once").isTrue();
    }

    @Test
    void keysInTheThreeDViewActOnceEach(FxRobot robot) {
        robot.clickOn(view.cloudView());
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.inspector().measuringProperty().get()).as("M pressed once turns measuring on").isTrue();
        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pitch()).as("top view").isCloseTo(TOP_PITCH_DEG, within(1e-6));
    }

    @Test
    void digitsTypedIntoATextFieldAreTextNotViews(FxRobot robot) {
        robot.clickOn("Pipeline");
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        double before = pitch();
        TextField voxel = robot.lookup("#param-voxel").queryAs(TextField.class);
        robot.interact(() -> voxel.setText(""));
        robot.clickOn(voxel);

        robot.type(KeyCode.DIGIT2, KeyCode.R, KeyCode.M, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(voxel.getText()).isEqualTo("2rm4");
        assertThat(pitch()).as("the view did not change").isEqualTo(before);
        assertThat(viewModel.inspector().measuringProperty().get()).as("measuring stays off").isFalse();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(voxel.getText()).as("Esc in a text field leaves its text").isEqualTo("2rm4");
    }

    private double pitch() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> view.cloudView().cameraPose()[1]).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node focusOwner(FxRobot robot) {
        return robot.listTargetWindows().get(0).getScene().getFocusOwner();
    }

    private static java.util.function.Predicate<Node> hasText(String text) {
        return n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText());
    }
}
