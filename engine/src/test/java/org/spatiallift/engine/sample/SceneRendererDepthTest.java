package org.spatiallift.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.frame.CameraOrientation;
import org.spatiallift.engine.geom.Vec3;

class SceneRendererDepthTest {

    private static final RoomSpec ROOM = new RoomSpec(6, 6, 10, 2, 3.0, true, 0xB9AE9C, 0xE9E4DA);

    /**
     * In the camera frame the floor is {p : g·p = h} (g the unit down direction, h the camera height), so the ray
     * z·d with d = ((u − cx)/fx, (v − cy)/fy, 1) meets it at z = h / (g·d).
     */
    @ParameterizedTest(name = "pitch {0}°, roll {1}°, hfov {2}°")
    @CsvSource(textBlock = """
            20,    0, 60
            0,     0, 60
            -10,   5, 90
            10,  -15, 60
            35,   10, 70
            -30, -12, 120
            """)
    void renderDepthEqualsAnalyticFloorDepthEmptyRoom(double pitch, double roll, double hfov) {
        double h = 1.3;
        SampleScene scene = new SceneRenderer().render(
                new SceneSpec(ROOM, new CameraSpec(h, pitch, roll, hfov, 320, 240), List.of()));
        Intrinsics k = scene.intrinsics();
        Vec3 g = new CameraOrientation(pitch, roll).downCamera();
        var toCanonical = ScenePixels.toCanonical(scene);
        int floorPixels = 0, labelled = 0;
        double maxDepthError = 0, maxHeight = 0;
        for (int v = 0; v < k.height(); v++) {
            for (int u = 0; u < k.width(); u++) {
                Vec3 d = new Vec3((u - k.cx()) / k.fx(), (v - k.cy()) / k.fy(), 1);
                double gd = g.dot(d);
                if (gd <= 0) {
                    continue;
                }
                double z = h / gd;
                Vec3 floorCanonical = toCanonical.apply(d.times(z));
                boolean insideWalls = floorCanonical.x() > -ROOM.leftM() + 0.01 && floorCanonical.x() < ROOM.rightM() - 0.01
                        && floorCanonical.y() > -ROOM.backM() + 0.01 && floorCanonical.y() < ROOM.frontM() - 0.01;
                if (!insideWalls) {
                    continue;
                }
                floorPixels++;
                maxDepthError = Math.max(maxDepthError, Math.abs(scene.depth().at(u, v) - z));
                maxHeight = Math.max(maxHeight, Math.abs(ScenePixels.canonical(scene, u, v).z()));
                labelled += scene.labels().at(u, v) == 0 ? 0 : 1;
            }
        }
        assertThat(floorPixels).isGreaterThan(k.width() * k.height() / 20);
        assertThat(maxDepthError).as("largest |depth − h/(g·d)| over floor pixels (m)").isLessThan(1e-4);
        assertThat(maxHeight).as("largest |canonical z| of back-projected floor pixels (m)").isLessThan(1e-3);
        assertThat(labelled).isZero();
    }

    @Test
    void renderBackProjectsWallsOntoTheirPlanesEmptyRoom() {
        SampleScene scene = new SceneRenderer().render(
                new SceneSpec(ROOM, new CameraSpec(1.5, 0, 0, 100, 200, 150), List.of()));
        int onWalls = 0;
        double worst = 0;
        for (int v = 0; v < 150; v++) {
            for (int u = 0; u < 200; u++) {
                Vec3 p = ScenePixels.canonical(scene, u, v);
                double distance = Math.min(Math.min(Math.abs(p.x() + 6), Math.abs(p.x() - 6)),
                        Math.min(Math.min(Math.abs(p.y() - 10), Math.abs(p.y() + 2)), Math.min(Math.abs(p.z()), Math.abs(p.z() - 3))));
                worst = Math.max(worst, distance);
                if (Math.abs(p.y() - 10) < 1e-3 || Math.abs(Math.abs(p.x()) - 6) < 1e-3) {
                    onWalls++;
                }
            }
        }
        assertThat(worst).as("largest distance of a back-projected pixel to its room plane (m)").isLessThan(1e-3);
        assertThat(onWalls).isPositive();
    }

    @Test
    void renderWritesZeroDepthBeyondMaxRange() {
        SceneSpec spec = new SceneSpec(ROOM, new CameraSpec(1.5, 0, 0, 60, 160, 120), List.of());
        SampleScene scene = new SceneRenderer(new RenderOptions(4.0, 0, 0)).render(spec);

        int pixels = scene.depth().metres().length;
        assertThat(scene.depth().countInRange(0, 4)).isPositive().isLessThan(pixels);
        assertThat(scene.depth().countInRange(4, Double.MAX_VALUE)).isZero();
    }

    @Test
    void renderAddsSeededGaussianNoiseWhenAsked() {
        SceneSpec spec = new SceneSpec(ROOM, new CameraSpec(1.5, 20, 0, 60, 160, 120), List.of());
        SampleScene exact = new SceneRenderer().render(spec);
        SampleScene noisy = new SceneRenderer(RenderOptions.defaults().withDepthNoise(0.01, 7)).render(spec);
        SampleScene again = new SceneRenderer(RenderOptions.defaults().withDepthNoise(0.01, 7)).render(spec);
        SampleScene otherSeed = new SceneRenderer(RenderOptions.defaults().withDepthNoise(0.01, 8)).render(spec);

        double sum = 0, sumSq = 0;
        int n = 0;
        for (int i = 0; i < exact.depth().metres().length; i++) {
            double e = noisy.depth().metres()[i] - exact.depth().metres()[i];
            sum += e;
            sumSq += e * e;
            n++;
        }
        assertThat(sum / n).isCloseTo(0.0, within(0.001));
        assertThat(Math.sqrt(sumSq / n)).isCloseTo(0.01, within(0.001));
        assertThat(again.depth().metres()).isEqualTo(noisy.depth().metres());
        assertThat(otherSeed.depth().metres()).isNotEqualTo(noisy.depth().metres());
        assertThat(noisy.labels().ids()).isEqualTo(exact.labels().ids());
        assertThat(noisy.color().rgb()).isEqualTo(exact.color().rgb());
    }
}
