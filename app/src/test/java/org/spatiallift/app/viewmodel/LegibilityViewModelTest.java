package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.app.prefs.InMemoryPreferenceStore;
import org.spatiallift.engine.perception.filter.SceneVerdict;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.PerceptionReport;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.pipeline.Stage;

/** What the user reads: numbers without negative zero, no "null", the title, verdicts, masks that let colour show. */
class LegibilityViewModelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            roll %.1f°          | -0.04   | roll 0.0°
            %.3f m              | -0.0001 | 0.000 m
            %.0f ms             | -0.2    | 0 ms
            %.2f m              | -0.05   | -0.05 m
            %.1f m              | -10.0   | -10.0 m
            height %.2f m       | -0.0    | height 0.00 m
            """)
    void formatNeverPrintsNegativeZero(String pattern, double value, String expected) {
        assertThat(Formats.format(pattern, value)).isEqualTo(expected);
    }

    @Test
    void pointAndLengthNeverPrintNegativeZero() {
        assertThat(Formats.point(new double[] {-0.0002, -1.5, -0.0}, "canonical"))
                .isEqualTo("(0.000, -1.500, 0.000) m, canonical");
        assertThat(Formats.length(-0.0004, LengthUnit.METRES_AND_FEET)).isEqualTo("0.000 m (0.00 ft)");
    }

    @Test
    void onlyNumbersLoseTheirSignNotTextsAndSignedDeltasStayAlike() {
        assertThat(Formats.format("%s: %.1f m", "/data/-0/x-0.0.png", -0.01)).isEqualTo("/data/-0/x-0.0.png: 0.0 m");
        assertThat(Formats.format("%d%% of %,d points at %.2f m", 5, -0, -0.001)).isEqualTo("5% of 0 points at 0.00 m");
        assertThat(Formats.distance(1.0, new double[] {-0.0001, 0.0, 1.0}, LengthUnit.METRES))
                .isEqualTo("1.000 m · Δx +0.000 m, Δy +0.000 m, Δz +1.000 m, canonical frame");
    }

    @Test
    void folderTextSaysNoFolderIsChosenBeforeOneIs(@TempDir Path dir) {
        SameThreadExecutor executor = new SameThreadExecutor();
        FolderViewModel folder = new FolderViewModel(executor, new NotificationsViewModel(),
                new AppPreferences(new InMemoryPreferenceStore()));

        assertThat(folder.folderTextProperty().get()).doesNotContain("null").startsWith("No folder chosen");
        folder.browse(dir);
        assertThat(folder.folderTextProperty().get()).isEqualTo(dir.toAbsolutePath().toString());
    }

    @Test
    void titleNamesTheSceneOnShow(@TempDir Path models) {
        SameThreadExecutor executor = new SameThreadExecutor();
        MainViewModel viewModel = new MainViewModel(executor, executor, new InMemoryPreferenceStore(),
                new ModelStore(models));
        assertThat(viewModel.titleProperty().get()).isEqualTo("SpatialLift");

        viewModel.openSample();

        assertThat(viewModel.titleProperty().get()).isEqualTo("SpatialLift — " + viewModel.sceneProperty().get().title());
    }

    @Test
    void acceptedSceneFilterVerdictIsANoteAndARejectionAWarning() {
        LiftResult r = sample().result();
        assertThat(r.perception().scene().accepted()).isTrue();
        String key = Stage.SCENE_FILTER.key();

        assertThat(StageTexts.byStage(r, List.of())).doesNotContainKey(key);
        assertThat(StageTexts.notesByStage(r).get(key)).singleElement().asString()
                .startsWith("scene filter (rules): accepted: ");

        PerceptionReport p = r.perception();
        LiftResult rejected = new LiftResult(r.input(), r.parameters(), r.cloudCamera(), r.cloudCanonical(),
                r.voxelCamera(), r.planes(), r.frame(), r.objects(), r.timings(), r.warnings(),
                new PerceptionReport(p.source(), p.detections(), p.masks(),
                        new SceneVerdict(false, "rules", "rejected: 1 usable object (needs 2)"), p.segmenter()));
        assertThat(StageTexts.byStage(rejected, List.of()).get(key)).containsExactly(
                "scene filter (rules): rejected: 1 usable object (needs 2)");
        assertThat(StageTexts.notesByStage(rejected)).isEmpty();
    }

    @Test
    void maskOverlayLetsTheImageShowInsideAndOutlinesTheMaskOpaque() {
        SceneModel scene = sample();
        ImagePixels masks = ImageLayersBuilder.masks(scene);
        ImagePixels rgb = ImageLayersBuilder.rgb(scene.result().input().color());
        int[] ids = scene.result().input().labels().labels().ids();
        int w = scene.width(), h = scene.height();
        ObjectMarker sofa = ObjectMarkers.of(scene.result()).stream().filter(o -> o.name().equals("sofa"))
                .findFirst().orElseThrow();

        int inside = 0, edge = 0;
        for (int v = 3; v < h - 3; v++) {
            for (int u = 3; u < w - 3; u++) {
                int p = v * w + u;
                if (ids[p] != sofa.id()) {
                    continue;
                }
                int overlay = masks.argb()[p];
                int point = scene.pointAt(u, v);
                if (sameIdAround(ids, w, u, v, 3) && point >= 0 && scene.objectOf(point) == sofa.id()) {
                    inside++;
                    double alpha = (overlay >>> 24) / 255.0;
                    assertThat(alpha).as("mask fill opacity at (%d, %d)", u, v).isLessThanOrEqualTo(0.35);
                    int shown = blend(overlay, rgb.argb()[p]);
                    assertThat(distance(shown, rgb.argb()[p])).as("the image dominates at (%d, %d)", u, v)
                            .isLessThan(distance(shown, sofa.rgb()));
                } else if (ids[p - 1] != ids[p] || ids[p + 1] != ids[p] || ids[p - w] != ids[p] || ids[p + w] != ids[p]) {
                    edge++;
                    assertThat(overlay).as("edge pixel (%d, %d)", u, v).isEqualTo(0xFF000000 | sofa.rgb());
                }
            }
        }
        assertThat(inside).isGreaterThan(1000);
        assertThat(edge).isGreaterThan(100);
    }

    private static SceneModel sample() {
        return new SceneLoader().liftSample(LiftParameters.defaults(), ProgressListener.NONE, Cancellation.NEVER);
    }

    private static boolean sameIdAround(int[] ids, int w, int u, int v, int r) {
        for (int dv = -r; dv <= r; dv++) {
            for (int du = -r; du <= r; du++) {
                if (ids[(v + dv) * w + u + du] != ids[v * w + u]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The overlay drawn over the image (source over). */
    private static int blend(int overlay, int under) {
        double a = (overlay >>> 24) / 255.0;
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double c = a * (overlay >> shift & 0xFF) + (1 - a) * (under >> shift & 0xFF);
            out |= (int) Math.round(c) << shift;
        }
        return out;
    }

    private static double distance(int a, int b) {
        double d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double x = (a >> shift & 0xFF) - (b >> shift & 0xFF);
            d += x * x;
        }
        return Math.sqrt(d);
    }
}
