package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.ObjectMarker;
import org.spatiallift.app.viewmodel.ObjectsViewModel;
import org.spatiallift.app.viewmodel.OverlaySegment;
import org.spatiallift.app.viewmodel.QaRow;
import org.spatiallift.app.viewmodel.QaStatus;
import org.spatiallift.engine.project.ProjectDatabase;
import org.spatiallift.engine.project.Review;
import org.spatiallift.engine.project.ReviewStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The QA tab on the built-in sample scene, through the real window: a distance QA selected in the table highlights
 * its objects in 3D and draws the measured line; Accept stores the decision in the project database.
 */
@ExtendWith(ApplicationExtension.class)
class QaPreviewTest {

    private static final int QA_RGB = 0xFF8C1A;

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
        view.showSideTab("qa");
        viewModel.openSample();
    }

    @Test
    void selectingDistanceQaHighlightsObjectsAndDrawsLineAndAcceptStoresIt(FxRobot robot) throws Exception {
        Path project = dir.resolve("project.db");
        robot.interact(() -> viewModel.qa().newProject(project));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null
                && project.toAbsolutePath().equals(viewModel.qa().projectFileProperty().get()));
        QaRow row = distanceQa(robot);
        robot.clickOn("#view-camera");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.cloudView().showingFullCloud());
        WaitForAsyncUtils.waitForFxEvents(3);
        List<ObjectMarker> objects = viewModel.sceneProperty().get().objects().stream()
                .filter(o -> row.objectIds().contains(o.id())).toList();
        int before = objects.stream().mapToInt(o -> highlightPixelsNear(o.centroidCanonical())).max().orElse(0);

        robot.interact(() -> view.qaPane().table().getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents(3);

        assertThat(before).as("highlight colour before selecting").isZero();
        assertThat(viewModel.qa().selectedProperty().get()).isEqualTo(row);
        int best = objects.stream().mapToInt(o -> highlightPixelsNear(o.centroidCanonical())).max().orElse(0);
        assertThat(best).as("highlight pixels within 4 px of an object's projected centre").isGreaterThan(20);
        assertThat(view.cloudView().qaMarks()).as("the measured line in 3D").isNotEmpty();
        OverlaySegment line = viewModel.qa().overlayProperty().get().segments().get(0);
        assertThat(linePixels(line)).as("pixels of the line's colour along its projection").isGreaterThan(5);
        assertThat(view.imagePane().qaMarks().getChildren()).as("the line over the image").isNotEmpty();
        assertThat(robot.lookup(".qa-label").queryLabeled().getText()).startsWith("centre distance ")
                .endsWith(" m, canonical frame");

        robot.clickOn("#qa-accept");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.qa().selectedProperty().get() != null
                && viewModel.qa().selectedProperty().get().status() == QaStatus.ACCEPTED);

        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            assertThat(db.review(row.id())).get().extracting(Review::status).isEqualTo(ReviewStatus.ACCEPTED);
        }
    }

    /** A centre-distance QA of the sample scene, trying new seeds until one has it. */
    private QaRow distanceQa(FxRobot robot) throws Exception {
        for (int seed = 0; seed < 20; seed++) {
            int s = seed;
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !viewModel.qa().rows().isEmpty()
                    && viewModel.qa().summaryProperty().get().contains("(seed " + s + ")"));
            QaRow row = WaitForAsyncUtils.asyncFx(() -> viewModel.qa().rows().stream()
                    .filter(r -> r.category().equals("centre_distance")).findFirst().orElse(null)).get(5, TimeUnit.SECONDS);
            if (row != null) {
                return row;
            }
            robot.clickOn("#qa-new-seed");
        }
        throw new AssertionError("no centre_distance QA in 20 seeds of the sample scene");
    }

    private int highlightPixelsNear(double[] p) {
        return count(List.of(p), ObjectsViewModel.HIGHLIGHT_RGB, 4);
    }

    /** Pixels of the QA colour within 2 px of 21 points spread along the line's projection. */
    private int linePixels(OverlaySegment s) {
        List<double[]> along = new java.util.ArrayList<>();
        for (int k = 0; k <= 20; k++) {
            double t = k / 20.0;
            along.add(new double[] {s.a()[0] + t * (s.b()[0] - s.a()[0]), s.a()[1] + t * (s.b()[1] - s.a()[1]),
                s.a()[2] + t * (s.b()[2] - s.a()[2])});
        }
        return count(along, QA_RGB, 2);
    }

    private int count(List<double[]> points, int rgb, int radius) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                WritableImage shot = view.cloudView().snapshot3d();
                PixelReader r = shot.getPixelReader();
                int hits = 0;
                for (double[] p : points) {
                    Point2D at = view.cloudView().project(p[0], p[1], p[2]);
                    if (at == null) {
                        continue;
                    }
                    for (int dy = -radius; dy <= radius; dy++) {
                        for (int dx = -radius; dx <= radius; dx++) {
                            int x = (int) Math.round(at.getX()) + dx, y = (int) Math.round(at.getY()) + dy;
                            if (x >= 0 && y >= 0 && x < shot.getWidth() && y < shot.getHeight()
                                    && close(r.getArgb(x, y), rgb)) {
                                hits++;
                            }
                        }
                    }
                }
                return hits;
            }).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not take a snapshot of the 3D view", e);
        }
    }

    private static boolean close(int argb, int rgb) {
        return Math.abs((argb >> 16 & 0xFF) - (rgb >> 16 & 0xFF)) <= 40 && Math.abs((argb >> 8 & 0xFF) - (rgb >> 8 & 0xFF)) <= 40
                && Math.abs((argb & 0xFF) - (rgb & 0xFF)) <= 40;
    }
}
