package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spatiallift.app.render.FrameRenderer;
import org.spatiallift.app.viewmodel.CloudColours;
import org.spatiallift.app.viewmodel.CloudData;
import org.spatiallift.app.viewmodel.CloudGeometry;
import org.spatiallift.app.viewmodel.ColourMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The CPU-drawn 3D view on its own: level of detail for a cloud above the moving budget, picking by a click, the frame
 * drawn in device pixels.
 */
@ExtendWith(ApplicationExtension.class)
class CloudViewTest {

    private static final int RED = 0xFF0000;
    private CloudView view;

    @Start
    void start(Stage stage) {
        view = new CloudView();
        stage.setScene(new Scene(view, 640, 480));
        stage.show();
    }

    @Test
    void largeCloudIsThinnedWhileMovingAndWholeOnceStill(FxRobot robot) throws Exception {
        int n = FrameRenderer.MOVING_POINTS + 100_000;
        float[] xyz = new float[3 * n];
        for (int i = 0; i < n; i++) {
            xyz[3 * i] = (i % 1000) * 0.004f - 2;
            xyz[3 * i + 1] = 4;
            xyz[3 * i + 2] = (i / 1000) * 0.002f;
        }
        show(xyz, n);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.showingFullCloud());

        // Moving and drawing in one FX call, so the camera cannot settle in between.
        boolean fullWhileMoving = WaitForAsyncUtils.asyncFx(() -> {
            view.orbitBy(2, 0);
            view.snapshot3d();
            return view.showingFullCloud();
        }).get(5, TimeUnit.SECONDS);

        assertThat(fullWhileMoving).as("thinned while the camera moves").isFalse();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.showingFullCloud());
    }

    @Test
    void clickOnAPointPicksItsIndexAndCoordinates(FxRobot robot) throws Exception {
        float[] xyz = {-0.5f, 3, 0.5f, 0, 3, 0.5f, 0.5f, 3, 0.5f};
        show(xyz, 3);
        AtomicReference<double[]> hit = new AtomicReference<>();
        AtomicReference<Integer> index = new AtomicReference<>();
        robot.interact(() -> {
            view.frontView();
            view.setOnPick((k, p) -> {
                index.set(k);
                hit.set(p);
            });
        });
        Point2D local = WaitForAsyncUtils.asyncFx(() -> view.project(0.5, 3, 0.5)).get(5, TimeUnit.SECONDS);
        WritableImage shot = WaitForAsyncUtils.asyncFx(view::snapshot3d).get(5, TimeUnit.SECONDS);

        assertThat(shot.getPixelReader().getArgb((int) local.getX(), (int) local.getY()) & 0xFFFFFF).isEqualTo(RED);
        robot.clickOn(view.localToScreen(local.add(1, 1)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(index.get()).isEqualTo(2);
        assertThat(hit.get()).containsExactly(new double[] {0.5, 3, 0.5}, within(1e-6));
    }

    @Test
    void frameAtScreenScaleOneIsTheViewsSizeShownOneToOne(FxRobot robot) throws Exception {
        show(new float[] {0, 3, 0.5f}, 1);

        WritableImage shot = WaitForAsyncUtils.asyncFx(view::snapshot3d).get(5, TimeUnit.SECONDS);

        assertThat(view.getScene().getWindow().getOutputScaleX()).as("Xvfb's screen scale").isEqualTo(1);
        assertThat(view.frameSize().scaleX()).isEqualTo(1);
        assertThat(shot.getWidth()).isEqualTo(view.getWidth());
        assertThat(shot.getHeight()).isEqualTo(view.getHeight());
    }

    @Test
    void frameDrawnAtScaleTwoHasTwiceThePixelsAndTheSameViewCoordinates(FxRobot robot) throws Exception {
        float[] xyz = {-0.5f, 3, 0.5f, 0, 3, 0.5f, 0.5f, 3, 0.5f};
        show(xyz, 3);
        robot.interact(view::frontView);
        Point2D local = WaitForAsyncUtils.asyncFx(() -> view.project(0.5, 3, 0.5)).get(5, TimeUnit.SECONDS);

        Object[] atTwo = WaitForAsyncUtils.asyncFx(() -> view.drawnAt(2, () -> new Object[] {view.snapshot3d(),
            view.project(0.5, 3, 0.5)})).get(5, TimeUnit.SECONDS);
        WritableImage shot = (WritableImage) atTwo[0];

        assertThat(shot.getWidth()).isEqualTo(2 * view.getWidth());
        assertThat(shot.getHeight()).isEqualTo(2 * view.getHeight());
        assertThat((Point2D) atTwo[1]).as("view coordinates do not depend on the frame's scale").isEqualTo(local);
        assertThat(shot.getPixelReader().getArgb((int) (2 * local.getX()), (int) (2 * local.getY())) & 0xFFFFFF)
                .isEqualTo(RED);
        WritableImage after = WaitForAsyncUtils.asyncFx(view::snapshot3d).get(5, TimeUnit.SECONDS);
        assertThat(after.getWidth()).as("back at the screen's scale").isEqualTo(view.getWidth());
    }

    private void show(float[] xyz, int n) throws Exception {
        CloudData cloud = CloudGeometry.build(xyz, n, n, 0.01f);
        int[] rgb = new int[n];
        java.util.Arrays.fill(rgb, RED);
        CloudColours colours = CloudGeometry.colours(ColourMode.RGB, rgb, cloud, null);
        WaitForAsyncUtils.asyncFx(() -> view.showCloud(cloud, colours, true)).get(5, TimeUnit.SECONDS);
    }
}
