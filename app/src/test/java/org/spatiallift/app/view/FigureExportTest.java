package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.app.viewmodel.ColourMode;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.ObjectMarker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Save 3D view as PNG saves the view as it looks (its labels and legend over the frame), at 1× or 2× its size,
 * on the built-in sample scene coloured by depth with its largest object selected.
 */
@ExtendWith(ApplicationExtension.class)
class FigureExportTest {

    private TestWindow window;
    private MainViewModel viewModel;
    private MainView view;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, 1200, 760);
        viewModel = window.viewModel();
        view = window.view();
        viewModel.openSample();
    }

    @Test
    void savedPngHasTheLabelsAndLegendOverTheFrameAndTwiceTheSizeAtTwo(FxRobot robot, @TempDir Path dir)
            throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        robot.interact(() -> {
            viewModel.preferences().colourModeProperty().set(ColourMode.DEPTH);
            viewModel.sceneProperty().get().objects().stream()
                    .max(java.util.Comparator.comparingInt(ObjectMarker::pointCount))
                    .ifPresent(o -> viewModel.objects().select(o.id()));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.cloudView().showingFullCloud());
        WaitForAsyncUtils.waitForFxEvents(5);
        CloudView cloud = view.cloudView();
        Path one = dir.resolve("view3d.png"), two = dir.resolve("view3d@2x.png");

        WritableImage bare = WaitForAsyncUtils.asyncFx(() -> {
            ScreenshotWriter.write(view.cloudPane().figure(1), one);
            ScreenshotWriter.write(view.cloudPane().figure(2), two);
            return cloud.snapshot3d();
        }).get(20, TimeUnit.SECONDS);
        Label selected = WaitForAsyncUtils.asyncFx(() -> cloud.labels().visibleLabels().stream()
                .filter(l -> l.getStyleClass().contains("selected-label")).findFirst().orElseThrow())
                .get(5, TimeUnit.SECONDS);
        Node legend = cloud.getParent().getChildrenUnmodifiable().stream().filter(n -> n instanceof LegendView)
                .findFirst().orElseThrow();
        BufferedImage saved = ImageIO.read(one.toFile());
        BufferedImage saved2 = ImageIO.read(two.toFile());

        assertThat(saved.getWidth()).isEqualTo((int) bare.getWidth());
        assertThat(saved.getHeight()).isEqualTo((int) bare.getHeight());
        assertThat(saved2.getWidth()).isEqualTo(2 * saved.getWidth());
        assertThat(saved2.getHeight()).isEqualTo(2 * saved.getHeight());
        assertThat(legend.isVisible()).isTrue();
        assertThat(differing(saved, bare, selected.getBoundsInParent())).as("label pixels unlike the bare frame")
                .isGreaterThan(0.5);
        Node bar = ((LegendView) legend).getChildren().get(1);
        assertThat(differing(saved, bare, legend.localToParent(bar.getBoundsInParent())))
                .as("legend bar pixels unlike the bare frame").isGreaterThan(0.9);
        // the label's own background, at the same place in the 2× picture
        Bounds b = selected.getBoundsInParent();
        int x = (int) b.getMinX() + 2, y = (int) b.getCenterY();
        assertThat(close(saved2.getRGB(2 * x + 1, 2 * y + 1), saved.getRGB(x, y))).as("label at 2×").isTrue();
        assertThat(close(saved.getRGB(x, y), bare.getPixelReader().getArgb(x, y))).isFalse();
    }

    /** The share of pixels within {@code box} where the saved picture is not the bare frame. */
    private static double differing(BufferedImage saved, WritableImage bare, Bounds box) {
        PixelReader r = bare.getPixelReader();
        int n = 0, differ = 0;
        for (int y = (int) Math.ceil(box.getMinY()); y < (int) box.getMaxY(); y++) {
            for (int x = (int) Math.ceil(box.getMinX()); x < (int) box.getMaxX(); x++) {
                n++;
                if (!close(saved.getRGB(x, y), r.getArgb(x, y))) {
                    differ++;
                }
            }
        }
        return n == 0 ? 0 : (double) differ / n;
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift < 24; shift += 8) {
            if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > 8) {
                return false;
            }
        }
        return true;
    }
}
