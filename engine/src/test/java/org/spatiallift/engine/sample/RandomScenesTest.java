package org.spatiallift.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spatiallift.engine.geom.Box3;

class RandomScenesTest {

    /** 20 seeds spread over pitch [−10, 40]° (down positive) and roll [−15, 15]°, both ends included. */
    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 20).mapToObj(seed -> Arguments.of(seed,
                -10 + 50.0 * (seed - 1) / 19, -15 + 30.0 * ((seed * 7) % 20) / 19));
    }

    @ParameterizedTest(name = "seed {0}, pitch {1}°, roll {2}°")
    @MethodSource("seeds")
    void randomSatisfiesPlacementRules(long seed, double pitch, double roll) {
        SampleScene scene = SampleScenes.random(seed, pitch, roll);
        GroundTruth truth = scene.truth();
        List<TruthObject> objects = truth.objects();

        assertThat(truth.orientation().pitchDeg()).isEqualTo(pitch);
        assertThat(truth.orientation().rollDeg()).isEqualTo(roll);
        assertThat(truth.cameraHeightM()).isBetween(1.0, 1.8);
        assertThat(scene.intrinsics().width()).isEqualTo(1280);
        assertThat(scene.intrinsics().height()).isEqualTo(960);
        assertThat(objects).hasSizeBetween(3, 6);
        assertThat(ScenePixels.floorShare(scene)).as("floor share").isGreaterThanOrEqualTo(0.2);

        Set<Integer> colours = new HashSet<>();
        for (TruthObject o : objects) {
            Box3 box = o.boxCanonical();
            assertThat(o.name()).isEqualTo(o.shape() + " " + o.id());
            assertThat(o.shape()).isIn("box", "cylinder");
            assertThat(o.visibleFraction()).as("visible fraction of %s", o.name()).isGreaterThan(0.99);
            assertThat(box.min().z()).as("%s stands on the floor", o.name()).isZero();
            assertThat(box.max().z()).as("top of %s", o.name()).isBetween(0.2, 1.0)
                    .isLessThanOrEqualTo(truth.cameraHeightM() - 0.5);
            assertThat(o.dims().x()).isBetween(0.2, 1.0);
            assertThat(o.dims().y()).isBetween(0.2, 1.0);
            double distance = Math.hypot(box.center().x(), box.center().y());
            assertThat(distance).as("horizontal distance of %s", o.name()).isBetween(1.5, 3.5);
            assertThat(colours.add(o.rgb())).as("colour of %s is distinct", o.name()).isTrue();
            for (TruthObject other : objects) {
                if (other.id() > o.id()) {
                    assertThat(footprintGap(box, other.boxCanonical())).as("gap between footprints of %s and %s (m)",
                            o.name(), other.name()).isGreaterThanOrEqualTo(0.1 - 1e-9);
                }
            }
        }
        assertObjectsClearOfImageBorder(scene);
    }

    @Test
    void randomIsDeterministicForASeed() {
        SampleScene a = SampleScenes.random(42, -12, 7);
        SampleScene b = SampleScenes.random(42, -12, 7);
        SampleScene other = SampleScenes.random(43, -12, 7);

        assertThat(b.color().rgb()).isEqualTo(a.color().rgb());
        assertThat(b.depth().metres()).isEqualTo(a.depth().metres());
        assertThat(b.labels().ids()).isEqualTo(a.labels().ids());
        assertThat(b.truth()).isEqualTo(a.truth());
        assertThat(other.depth().metres()).isNotEqualTo(a.depth().metres());
    }

    @Test
    void randomWithOptionsAddsNoiseToTheSameScene() {
        SampleScene exact = SampleScenes.random(5, 0, 0);
        SampleScene noisy = SampleScenes.random(5, 0, 0, RenderOptions.defaults().withDepthNoise(0.005, 1));

        assertThat(noisy.labels().ids()).isEqualTo(exact.labels().ids());
        assertThat(noisy.truth()).isEqualTo(exact.truth());
        assertThat(noisy.depth().metres()).isNotEqualTo(exact.depth().metres());
    }

    @ParameterizedTest(name = "pitch {0}°, camera {1} m")
    @CsvSource(textBlock = """
            10,  1.0, 60
            0,   1.8, 60
            """)
    void fieldOfViewStaysAt60DegreesLookingLevelOrDown(double pitch, double height, double expected) {
        assertThat(RandomSceneGenerator.fieldOfViewDeg(pitch, height, 12)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void fieldOfViewWidensWhenLookingUp() {
        double up20 = RandomSceneGenerator.fieldOfViewDeg(-20, 1.4, 13);
        double up40 = RandomSceneGenerator.fieldOfViewDeg(-40, 1.4, 13);

        assertThat(up20).isBetween(110.0, 130.0);
        assertThat(up40).isGreaterThan(up20).isLessThanOrEqualTo(155.0);
    }

    @ParameterizedTest(name = "pitch {0}°, roll {1}°")
    @CsvSource(textBlock = """
            -41, 0
            51,  0
            0,   21
            NaN, 0
            """)
    void randomRejectsUnsupportedTilt(double pitch, double roll) {
        assertThatThrownBy(() -> SampleScenes.random(1, pitch, roll))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pitch");
    }

    /** Distance between the x-y rectangles of two boxes along the axis that separates them most (negative: overlap). */
    private static double footprintGap(Box3 a, Box3 b) {
        double gapX = Math.max(a.min().x() - b.max().x(), b.min().x() - a.max().x());
        double gapY = Math.max(a.min().y() - b.max().y(), b.min().y() - a.max().y());
        return Math.max(gapX, gapY);
    }

    /** Whole objects are in the image: no labelled pixel on the outermost row or column. */
    private static void assertObjectsClearOfImageBorder(SampleScene scene) {
        int w = scene.labels().width(), h = scene.labels().height(), onBorder = 0;
        for (int u = 0; u < w; u++) {
            onBorder += (scene.labels().at(u, 0) != 0 ? 1 : 0) + (scene.labels().at(u, h - 1) != 0 ? 1 : 0);
        }
        for (int v = 0; v < h; v++) {
            onBorder += (scene.labels().at(0, v) != 0 ? 1 : 0) + (scene.labels().at(w - 1, v) != 0 ? 1 : 0);
        }
        assertThat(onBorder).as("object pixels on the image border").isZero();
    }
}
