package org.spatiallift.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hover, pick and measure on the sample scene, without a toolkit. */
class InspectorViewModelTest {

    private static MainViewModel viewModel;
    private static SceneSnapshot scene;

    @BeforeAll
    static void openSample() {
        viewModel = new MainViewModel(new SameThreadExecutor());
        viewModel.openSample();
        scene = viewModel.sceneProperty().get();
    }

    @Test
    void hoverOnFloorPixelShowsPixelDepthAndCanonicalPoint() {
        viewModel.inspector().hover(320.4, 470.9);

        assertThat(viewModel.inspector().hoverTextProperty().get()).startsWith("pixel (320, 470) px · depth ")
                .contains(" m · point (").endsWith(" m, canonical");
    }

    @Test
    void hoverOffImageClearsText() {
        viewModel.inspector().hover(-3, 10);

        assertThat(viewModel.inspector().hoverTextProperty().get()).isEmpty();
    }

    @Test
    void pickDrawnPointReportsItsCanonicalAndCameraCoordinates() {
        viewModel.inspector().measuringProperty().set(false);
        int k = scene.cloud().count() / 2;
        double[] p = drawn(k);

        viewModel.inspector().pickDrawn(k, p);

        PickedPoint picked = viewModel.inspector().pickedProperty().get();
        assertThat(picked.canonical()).containsExactly(p, within(1e-6));
        assertThat(picked.camera()[2]).isGreaterThan(0);
        assertThat(picked.text()).contains("m, canonical").contains("m, camera");
    }

    @Test
    void pickSnapsToPointNearestTheHitAmongNeighbours() {
        viewModel.inspector().measuringProperty().set(false);
        int k = scene.cloud().count() / 2;
        double[] target = drawn(k + 2);

        viewModel.inspector().pickDrawn(k, target);

        assertThat(viewModel.inspector().pickedProperty().get().canonical()).containsExactly(target, within(1e-6));
    }

    @Test
    void pickOnObjectSelectsItWhenNotMeasuring() {
        viewModel.inspector().measuringProperty().set(false);
        ObjectMarker sofa = scene.objects().stream().filter(o -> o.name().equals("sofa")).findFirst().orElseThrow();
        float[] s = sofa.samplePoints();
        int k = drawnIndexOf(s[0], s[1], s[2]);

        viewModel.inspector().pickDrawn(k, new double[] {s[0], s[1], s[2]});

        assertThat(viewModel.objects().selectedProperty().get()).isEqualTo(sofa);
    }

    @Test
    void measureTwoPicksGivesStraightLengthInPreferredUnits() {
        viewModel.inspector().measuringProperty().set(true);
        double[] a = drawn(1000);
        double[] b = drawn(scene.cloud().count() - 1000);

        viewModel.inspector().pickDrawn(1000, a);
        assertThat(viewModel.inspector().measurementProperty().get().complete()).isFalse();
        viewModel.inspector().pickDrawn(scene.cloud().count() - 1000, b);

        Measurement m = viewModel.inspector().measurementProperty().get();
        double expected = Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
        assertThat(m.lengthM()).isCloseTo(expected, within(1e-6));
        assertThat(m.label()).matches("\\d+\\.\\d{3} m · Δx [-+]\\d+\\.\\d{3} m, Δy [-+]\\d+\\.\\d{3} m, Δz [-+]\\d+\\.\\d{3} m,"
                + " canonical frame");

        viewModel.preferences().lengthUnitProperty().set(LengthUnit.METRES_AND_FEET);
        assertThat(viewModel.inspector().measurementProperty().get().label())
                .matches("\\d+\\.\\d{3} m \\(\\d+\\.\\d{2} ft\\) · Δx [-+]\\d+\\.\\d{3} m \\([-+]\\d+\\.\\d{2} ft\\), .*");
        viewModel.preferences().lengthUnitProperty().set(LengthUnit.METRES);
        viewModel.inspector().measuringProperty().set(false);
    }

    @Test
    void measurementShowsDeltasFromFirstToSecondEndInCanonicalFrame() {
        viewModel.inspector().measuringProperty().set(true);
        double[] a = drawn(2000);
        double[] b = drawn(scene.cloud().count() - 3000);

        viewModel.inspector().pickDrawn(2000, a);
        viewModel.inspector().pickDrawn(scene.cloud().count() - 3000, b);

        Measurement m = viewModel.inspector().measurementProperty().get();
        double[] d = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        assertThat(m.delta()).containsExactly(d, within(1e-9));
        assertThat(m.label()).isEqualTo(String.format(java.util.Locale.ROOT,
                "%.3f m · Δx %+.3f m, Δy %+.3f m, Δz %+.3f m, canonical frame", m.lengthM(), d[0], d[1], d[2]));
        assertThat(Math.abs(d[2])).as("the two ends differ in height, so Δz is not 0").isGreaterThan(0.01);
        viewModel.inspector().measuringProperty().set(false);
    }

    private static double[] drawn(int k) {
        float[] xyz = scene.cloud().xyz();
        return new double[] {xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]};
    }

    private static int drawnIndexOf(float x, float y, float z) {
        float[] xyz = scene.cloud().xyz();
        for (int k = 0; k < scene.cloud().count(); k++) {
            if (xyz[3 * k] == x && xyz[3 * k + 1] == y && xyz[3 * k + 2] == z) {
                return k;
            }
        }
        throw new AssertionError("sample point not drawn");
    }
}
