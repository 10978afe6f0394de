package org.spatiallift.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.Vec3;

class SceneRendererLabelTest {

    static Stream<Arguments> scenes() {
        return Stream.of(
                Arguments.of("built-in", SampleScenes.builtIn()),
                Arguments.of("random 7, pitch 15°, roll −8°", SampleScenes.random(7, 15, -8)),
                Arguments.of("random 11, pitch −25°, roll 12°", SampleScenes.random(11, -25, 12)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenes")
    void renderLabelsEveryObjectWithItsNameAndId(String name, SampleScene scene) {
        int[] pixels = pixelCounts(scene);

        for (TruthObject o : scene.truth().objects()) {
            assertThat(pixels[o.id()]).as("pixels of %s", o.name()).isPositive();
            assertThat(scene.names()).containsEntry(o.id(), o.name());
        }
        assertThat(scene.names()).hasSameSizeAs(scene.truth().objects());
        assertThat(Arrays.stream(scene.labels().ids()).max().orElseThrow()).isEqualTo(scene.truth().objects().size());
        assertThat(Arrays.stream(scene.labels().ids()).min().orElseThrow()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenes")
    void renderShadesObjectPixelsInTheirBaseHue(String name, SampleScene scene) {
        double[] worst = new double[scene.truth().objects().size() + 1];
        int[] rgb = scene.color().rgb(), ids = scene.labels().ids();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] > 0) {
                int base = scene.truth().objects().get(ids[i] - 1).rgb();
                double d = ScenePixels.hueDistance(ScenePixels.hueDeg(rgb[i]), ScenePixels.hueDeg(base));
                worst[ids[i]] = Math.max(worst[ids[i]], d);
            }
        }
        for (TruthObject o : scene.truth().objects()) {
            assertThat(worst[o.id()]).as("largest hue difference (°) of %s's pixels from its base colour", o.name())
                    .isLessThan(4.0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenes")
    void renderBackProjectsObjectPixelsInsideTheirTruthBox(String name, SampleScene scene) {
        int n = scene.truth().objects().size();
        double[][] lo = new double[n + 1][], hi = new double[n + 1][];
        for (int v = 0; v < scene.labels().height(); v++) {
            for (int u = 0; u < scene.labels().width(); u++) {
                int id = scene.labels().at(u, v);
                if (id == 0) {
                    continue;
                }
                assertThat(scene.depth().at(u, v)).isPositive();
                double[] p = ScenePixels.canonical(scene, u, v).toArray();
                if (lo[id] == null) {
                    lo[id] = p.clone();
                    hi[id] = p.clone();
                }
                for (int k = 0; k < 3; k++) {
                    lo[id][k] = Math.min(lo[id][k], p[k]);
                    hi[id][k] = Math.max(hi[id][k], p[k]);
                }
            }
        }
        for (TruthObject o : scene.truth().objects()) {
            Box3 truth = o.boxCanonical();
            Vec3 min = truth.min().minus(new Vec3(1e-3, 1e-3, 1e-3)), max = truth.max().plus(new Vec3(1e-3, 1e-3, 1e-3));
            Vec3 pixelMin = new Vec3(lo[o.id()][0], lo[o.id()][1], lo[o.id()][2]);
            Vec3 pixelMax = new Vec3(hi[o.id()][0], hi[o.id()][1], hi[o.id()][2]);
            double slack = Math.min(Math.min(pixelMin.x() - min.x(), Math.min(pixelMin.y() - min.y(), pixelMin.z() - min.z())),
                    Math.min(max.x() - pixelMax.x(), Math.min(max.y() - pixelMax.y(), max.z() - pixelMax.z())));
            assertThat(slack).as("%s: pixel box %s..%s inside truth box %s..%s + 1 mm", o.name(), pixelMin, pixelMax,
                    truth.min(), truth.max()).isNotNegative();
        }
    }

    private static int[] pixelCounts(SampleScene scene) {
        int[] counts = new int[scene.truth().objects().size() + 1];
        for (int id : scene.labels().ids()) {
            counts[id]++;
        }
        return counts;
    }
}
