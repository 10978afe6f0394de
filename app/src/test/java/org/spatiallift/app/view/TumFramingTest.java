package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.OpenRequest;
import org.spatiallift.engine.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reset frames the TUM desk, not its stray far points: the box of the cloud's 2nd–98th percentiles fills a good part
 * of the 3D view, all of it in view; F frames every point (that box then looks smaller).
 */
@ExtendWith(ApplicationExtension.class)
class TumFramingTest {

    private TestWindow window;
    private MainViewModel viewModel;
    private MainView view;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, 1600, 900);
        viewModel = window.viewModel();
        view = window.view();
    }

    @Test
    void resetFramesTheDeskAndFFramesEveryPoint(FxRobot robot) throws Exception {
        Path image = SharedData.rgbd("other_formats/TUM_color.png");
        Path depth = SharedData.rgbd("other_formats/TUM_depth.png");
        robot.interact(() -> viewModel.open(OpenRequest.of(image, depth)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(3);
        double[] desk = viewModel.sceneProperty().get().cloud().frameBounds();
        double[] all = viewModel.sceneProperty().get().cloud().bounds();
        assertThat(span(all)).as("the TUM frame has stray far points").isGreaterThan(1.5 * span(desk));

        robot.clickOn(view.cloudView());
        robot.type(KeyCode.F);
        double whole = filledShare(desk);
        assertThat(filledShare(all)).as("F: every point in view").isGreaterThan(0.1);
        robot.type(KeyCode.R);
        double reset = filledShare(desk);

        assertThat(reset).as("share of the view the desk's box fills after Reset (F: %.2f)", whole)
                .isGreaterThan(0.3).isGreaterThan(1.5 * whole);
    }

    /**
     * Share of the 3D view covered by the 2D box around the projected corners of {@code b}, each of which must lie in
     * the view.
     */
    private double filledShare(double[] b) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            CloudView c = view.cloudView();
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (int k = 0; k < 8; k++) {
                Point2D p = c.project(b[(k & 1)], b[2 + (k >> 1 & 1)], b[4 + (k >> 2 & 1)]);
                assertThat(p).as("corner %d in front of the camera", k).isNotNull();
                assertThat(p.getX()).as("corner %d x", k).isBetween(0.0, c.getWidth());
                assertThat(p.getY()).as("corner %d y", k).isBetween(0.0, c.getHeight());
                x0 = Math.min(x0, p.getX());
                y0 = Math.min(y0, p.getY());
                x1 = Math.max(x1, p.getX());
                y1 = Math.max(y1, p.getY());
            }
            return (x1 - x0) * (y1 - y0) / (c.getWidth() * c.getHeight());
        }).get(5, TimeUnit.SECONDS);
    }

    private static double span(double[] b) {
        return Math.max(b[1] - b[0], Math.max(b[3] - b[2], b[5] - b[4]));
    }
}
