package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.ObjectMarker;
import org.spatiallift.app.viewmodel.SceneSnapshot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app starts on the sample scene and its 3D view shows the objects where they project. */
@ExtendWith(ApplicationExtension.class)
class MainViewSampleSceneTest {

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
    void cloudViewShowsObjectColoursWhereObjectsProjectOnSampleScene() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.cloudView().showingFullCloud());
        WaitForAsyncUtils.waitForFxEvents(5);
        SceneSnapshot scene = viewModel.sceneProperty().get();
        assertThat(scene.objects()).as("objects of the sample scene").hasSizeGreaterThanOrEqualTo(5);

        List<ObjectMarker> large = scene.objects().stream()
                .filter(o -> o.pointCount() >= 1500)
                .sorted(Comparator.comparingInt(ObjectMarker::pointCount).reversed())
                .limit(6).toList();
        List<String> seen = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            WritableImage shot = view.cloudView().snapshot3d();
            for (ObjectMarker o : large) {
                int hits = 0;
                int samples = o.samplePoints().length / 3;
                for (int k = 0; k < samples; k++) {
                    float[] s = o.samplePoints();
                    Point2D p = view.cloudView().project(s[3 * k], s[3 * k + 1], s[3 * k + 2]);
                    if (p != null && hasColourNear(shot, p, o.meanRgb())) {
                        hits++;
                    }
                }
                // Most of an object's surface points must show its colour; a few may be hidden from this viewpoint.
                (hits >= samples / 2 ? seen : missed).add(o.name() + ": " + hits + " of " + samples);
            }
        }).get(20, TimeUnit.SECONDS);

        assertThat(missed).as("objects whose colour is not drawn where their points project (seen: %s)", seen)
                .isEmpty();
        assertThat(seen).hasSameSizeAs(large);
    }

    @Test
    void statusBarShowsHowTheSceneWasLifted(org.testfx.api.FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(5);

        javafx.scene.control.Label label = robot.lookup("#lifted-with").queryAs(javafx.scene.control.Label.class);

        assertThat(label.getText()).startsWith("Depth metres (built-in sample scene) · intrinsics given: fx ")
                .endsWith(" px");
        assertThat(label.isVisible()).isTrue();
    }

    /** Any pixel in a 9x9 neighbourhood within 48 per channel of the object's mean colour (its shading varies). */
    private static boolean hasColourNear(WritableImage shot, Point2D p, int rgb) {
        PixelReader r = shot.getPixelReader();
        int cx = (int) Math.round(p.getX()), cy = (int) Math.round(p.getY());
        for (int dy = -4; dy <= 4; dy++) {
            for (int dx = -4; dx <= 4; dx++) {
                int x = cx + dx, y = cy + dy;
                if (x < 0 || y < 0 || x >= shot.getWidth() || y >= shot.getHeight()) {
                    continue;
                }
                int a = r.getArgb(x, y);
                if (close(a >> 16, rgb >> 16) && close(a >> 8, rgb >> 8) && close(a, rgb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(int a, int b) {
        return Math.abs((a & 0xFF) - (b & 0xFF)) <= 48;
    }
}
