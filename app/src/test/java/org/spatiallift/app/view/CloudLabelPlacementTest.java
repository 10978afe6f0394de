package org.spatiallift.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spatiallift.app.viewmodel.MainViewModel;
import org.spatiallift.app.viewmodel.ObjectMarker;
import org.spatiallift.engine.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 3D view's labels, through the real window, from every preset view: no two labels on show overlap, none leaves
 * the view or covers the legend, every leader line runs from a point in view to a label, on the built-in sample scene
 * and on a real TUM frame.
 */
@ExtendWith(ApplicationExtension.class)
class CloudLabelPlacementTest {

    private TestWindow window;
    private MainViewModel viewModel;
    private MainView view;

    @Start
    void start(Stage stage) {
        window = TestWindow.open(stage, 1200, 760);
        viewModel = window.viewModel();
        view = window.view();
    }

    @Test
    void labelsDoNotOverlapAndStayInsideTheViewOnSampleScene(FxRobot robot) throws Exception {
        robot.interact(viewModel::openSample);

        assertLabelsApartFromEveryPreset(robot, 8, 0);
    }

    @Test
    void labelsDoNotOverlapAndStayInsideTheViewOnTumFrame(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.openDropped(List.of(SharedData.rgbd("other_formats/TUM_color.png"),
                SharedData.rgbd("other_formats/TUM_depth.png"))));

        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        // Without installed detection models the frame has no objects: name ten places of its cloud, two pairs of
        // them a few centimetres apart (two bottles side by side printed "bottle ttle").
        float[] xyz = viewModel.sceneProperty().get().cloud().xyz();
        int n = xyz.length / 3;
        List<ObjectMarker> named = new ArrayList<>();
        String[] names = {"bottle", "bottle", "book", "book", "chair", "cup", "keyboard", "monitor", "teddy bear",
            "potted plant"};
        for (int k = 0; k < names.length; k++) {
            int i = k % 2 == 1 && k < 4 ? (k - 1) * n / names.length + 50 : k * n / names.length;
            named.add(marker(k + 1, names[k], xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]));
        }
        robot.interact(() -> view.cloudView().showObjects(named));

        assertLabelsApartFromEveryPreset(robot, 10, 1);
    }

    private static ObjectMarker marker(int id, String name, double x, double y, double z) {
        double[] min = {x - 0.05, y - 0.05, z - 0.1}, max = {x + 0.05, y + 0.05, z};
        return new ObjectMarker(id, name, 0x40C0FF, 0x808080, new double[] {x, y, z - 0.05}, min, max,
                new double[] {0.1, 0.1, 0.1}, 0, false, 100, 0, new float[0], new float[0], 0, 0, List.of());
    }

    private void assertLabelsApartFromEveryPreset(FxRobot robot, int minLabels, int minLeaders) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> viewModel.sceneProperty().get() != null);
        robot.interact(() -> {
            viewModel.preferences().colourModeProperty().set(org.spatiallift.app.viewmodel.ColourMode.DEPTH);
            viewModel.sceneProperty().get().objects().stream()
                    .max(java.util.Comparator.comparingInt(ObjectMarker::pointCount))
                    .ifPresent(o -> viewModel.objects().select(o.id()));
        });
        CloudView cloud = view.cloudView();
        List<String> problems = new ArrayList<>();
        int most = 0;
        int leaders = 0;
        for (Runnable preset : List.<Runnable>of(cloud::resetView, cloud::cameraView, cloud::topView, cloud::frontView,
                cloud::sideView)) {
            robot.interact(preset);
            WaitForAsyncUtils.waitForFxEvents(3);
            List<String> found = WaitForAsyncUtils.asyncFx(() -> overlapsAndOutside(cloud)).get(5, TimeUnit.SECONDS);
            problems.addAll(found);
            most = Math.max(most, WaitForAsyncUtils.asyncFx(() -> cloud.labels().visibleLabels().size())
                    .get(5, TimeUnit.SECONDS));
            leaders = Math.max(leaders, WaitForAsyncUtils.asyncFx(() -> cloud.labels().leaderLines().size())
                    .get(5, TimeUnit.SECONDS));
        }

        assertThat(problems).as("labels that overlap, leave the view or cover the legend").isEmpty();
        assertThat(most).as("labels on show in the best view").isGreaterThanOrEqualTo(minLabels);
        assertThat(leaders).as("leader lines to moved labels in the most crowded view")
                .isGreaterThanOrEqualTo(minLeaders);
    }

    /** Every pair of labels on show that overlaps, and every one not wholly inside the view or on the legend. */
    private static List<String> overlapsAndOutside(CloudView cloud) {
        List<String> out = new ArrayList<>();
        List<Label> shown = cloud.labels().visibleLabels();
        Bounds legend = cloud.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof LegendView && n.isVisible()).map(n -> n.getBoundsInParent()).findFirst()
                .orElse(null);
        for (int i = 0; i < shown.size(); i++) {
            Bounds a = shown.get(i).getBoundsInParent();
            if (a.getMinX() < 0 || a.getMinY() < 0 || a.getMaxX() > cloud.getWidth() + 1e-6
                    || a.getMaxY() > cloud.getHeight() + 1e-6) {
                out.add("'" + shown.get(i).getText() + "' " + a + " outside " + cloud.getWidth() + " × "
                        + cloud.getHeight());
            }
            if (legend != null && overlap(a, legend)) {
                out.add("'" + shown.get(i).getText() + "' on the legend");
            }
            for (int j = i + 1; j < shown.size(); j++) {
                if (overlap(a, shown.get(j).getBoundsInParent())) {
                    out.add("'" + shown.get(i).getText() + "' over '" + shown.get(j).getText() + "'");
                }
            }
        }
        for (javafx.scene.shape.Line l : cloud.labels().leaderLines()) {
            boolean endsOnLabel = shown.stream().map(Label::getBoundsInParent)
                    .anyMatch(x -> x.getMinX() - 0.5 <= l.getEndX() && l.getEndX() <= x.getMaxX() + 0.5
                            && x.getMinY() - 0.5 <= l.getEndY() && l.getEndY() <= x.getMaxY() + 0.5);
            if (!endsOnLabel || !cloud.getLayoutBounds().contains(l.getStartX(), l.getStartY())) {
                out.add("leader line " + l + " not from a point in view to a label on show");
            }
        }
        return out;
    }

    private static boolean overlap(Bounds a, Bounds b) {
        double eps = 1e-6;
        return a.getMinX() < b.getMaxX() - eps && b.getMinX() < a.getMaxX() - eps && a.getMinY() < b.getMaxY() - eps
                && b.getMinY() < a.getMaxY() - eps;
    }
}
