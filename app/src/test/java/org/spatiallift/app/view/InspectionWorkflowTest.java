package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.ObjectMarker;
import org.spatiallift.app.viewmodel.ObjectsViewModel;
import org.spatiallift.app.viewmodel.OpenRequest;
import org.spatiallift.app.viewmodel.PickedPoint;
import org.spatiallift.app.viewmodel.SceneSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspection workflow on the built-in sample scene, through the real window: select, pick, measure, toggle a
 * layer, change a parameter, survive a corrupt file. The 3D view looks from the scene's camera, so known points are
 * in plain view.
 */
@ExtendWith(ApplicationExtension.class)
class InspectionWorkflowTest {

    private static final double CM = 0.01;
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
    void waitForSceneFromCamera(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        robot.clickOn("#view-camera");
        waitForFullCloud();
    }

    @Test
    void selectingObjectInListHighlightsItAtItsProjectedCentre(FxRobot robot) throws Exception {
        ObjectMarker sofa = object("sofa");
        double[] c = sofa.centroidCanonical();
        assertThat(highlightPixelsNear(c)).as("highlight colour before selecting").isZero();

        robot.clickOn(robot.lookup("#object-list").lookup(hasText("sofa")).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.objects().selectedProperty().get()).isEqualTo(sofa);
        assertThat(highlightPixelsNear(c)).as("highlight pixels within 4 px of the sofa's projected centre")
                .isGreaterThan(20);
        assertThat(robot.lookup(".selected-label").queryLabeled().getText()).startsWith("sofa ").endsWith(" m");
    }

    @Test
    void clickingKnownPointReportsItsCoordinatesWithinOneCentimetre(FxRobot robot) throws Exception {
        double[] known = drawnPointNearPixel(320, 120);

        clickAt(robot, known);

        PickedPoint picked = viewModel.inspector().pickedProperty().get();
        assertThat(picked).as("a point was picked").isNotNull();
        assertThat(picked.canonical()).containsExactly(known, within(CM));
        assertThat(robot.lookup("#picked").queryLabeled().getText()).contains("m, canonical").contains("m, camera");
    }

    @Test
    void measuringBetweenKnownPointsShowsDistanceWithinOneCentimetre(FxRobot robot) throws Exception {
        double[] a = drawnPointNearPixel(120, 430);
        double[] b = drawnPointNearPixel(540, 150);
        double expected = Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));

        robot.clickOn("#measure");
        clickAt(robot, a);
        clickAt(robot, b);

        Label label = robot.lookup(".measure-label").queryAs(Label.class);
        Matcher m = Pattern.compile("([0-9.]+) m").matcher(label.getText());
        assertThat(m.find()).as("a length in metres in '%s'", label.getText()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isCloseTo(expected, within(CM));
        assertThat(robot.lookup("#picked").queryLabeled().getText()).startsWith("distance ");
    }

    @Test
    void togglingDepthLayerChangesThePicture(FxRobot robot) throws Exception {
        WritableImage before = snapshot2d();

        robot.clickOn("#layer-depth");
        WaitForAsyncUtils.waitForFxEvents();

        WritableImage after = snapshot2d();
        assertThat(differingPixels(before, after)).as("pixels that changed").isGreaterThan(
                (int) (0.2 * before.getWidth() * before.getHeight()));
    }

    @Test
    void changingVoxelSizeRerunsOnlyStagesFromVoxel(FxRobot robot) throws Exception {
        robot.clickOn("Pipeline");
        TextField voxel = robot.lookup("#param-voxel").queryAs(TextField.class);
        robot.interact(() -> voxel.setText("0.04"));

        robot.clickOn("#param-apply");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> viewModel.pipeline().summaryProperty().get().contains("reused"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#stage-time-back_project")).isEqualTo("reused");
        for (String stage : new String[] {"voxel", "planes", "floor", "canonical", "objects", "describe", "scene_filter"}) {
            assertThat(text(robot, "#stage-time-" + stage)).as(stage).endsWith(" ms");
        }
        assertThat(viewModel.pipeline().summaryProperty().get()).startsWith("ran 7 stages");
    }

    @Test
    void openingCorruptImageNotifiesAndKeepsPreviousScene(FxRobot robot, @TempDir Path dir) throws Exception {
        SceneSnapshot before = viewModel.sceneProperty().get();
        Path image = Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
        Path depth = Files.write(dir.resolve("depth.png"), new byte[] {1, 2, 3});

        robot.interact(() -> viewModel.open(OpenRequest.of(image, depth)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup(".notification-error").queryAll().isEmpty());

        Node card = robot.lookup(".notification-error").query();
        assertThat(card.isVisible()).isTrue();
        assertThat(robot.from(card).lookup(".notification-message").queryLabeled().getText()).contains("broken.png");
        assertThat(viewModel.sceneProperty().get()).isSameAs(before);
        robot.clickOn(robot.lookup("#object-list").lookup(hasText("table")).queryLabeled());
        assertThat(viewModel.objects().selectedProperty().get().name()).as("the app stays usable").isEqualTo("table");
    }

    private void waitForFullCloud() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.cloudView().showingFullCloud());
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private ObjectMarker object(String name) {
        return viewModel.sceneProperty().get().objects().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow();
    }

    /** The drawn point lifted nearest pixel (u, v) of the sample image (every pixel has depth there). */
    private double[] drawnPointNearPixel(int u, int v) {
        SceneSnapshot s = viewModel.sceneProperty().get();
        int k = v * s.image().width() + u;
        float[] xyz = s.cloud().xyz();
        return new double[] {xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]};
    }

    private void clickAt(FxRobot robot, double[] p) throws Exception {
        Point2D local = WaitForAsyncUtils.asyncFx(() -> view.cloudView().project(p[0], p[1], p[2])).get(5, TimeUnit.SECONDS);
        assertThat(local).as("point %s projects into the 3D view", java.util.Arrays.toString(p)).isNotNull();
        Point2D screen = view.cloudView().localToScreen(local);
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int highlightPixelsNear(double[] p) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            WritableImage shot = view.cloudView().snapshot3d();
            Point2D at = view.cloudView().project(p[0], p[1], p[2]);
            PixelReader r = shot.getPixelReader();
            int hits = 0;
            int h = ObjectsViewModel.HIGHLIGHT_RGB;
            for (int dy = -4; dy <= 4; dy++) {
                for (int dx = -4; dx <= 4; dx++) {
                    int x = (int) Math.round(at.getX()) + dx, y = (int) Math.round(at.getY()) + dy;
                    if (x < 0 || y < 0 || x >= shot.getWidth() || y >= shot.getHeight()) {
                        continue;
                    }
                    int a = r.getArgb(x, y);
                    if (Math.abs((a >> 16 & 0xFF) - (h >> 16 & 0xFF)) <= 24 && Math.abs((a >> 8 & 0xFF) - (h >> 8 & 0xFF)) <= 24
                            && Math.abs((a & 0xFF) - (h & 0xFF)) <= 24) {
                        hits++;
                    }
                }
            }
            return hits;
        }).get(10, TimeUnit.SECONDS);
    }

    private WritableImage snapshot2d() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.imagePane().snapshotImage()).get(10, TimeUnit.SECONDS);
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        int n = 0;
        for (int y = 0; y < (int) Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(a.getWidth(), b.getWidth()); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static java.util.function.Predicate<Node> hasText(String text) {
        return n -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText());
    }
}
