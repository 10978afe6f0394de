package org.spatiallift.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spatiallift.engine.geom.Vec3;

class BuiltInSceneTest {

    private static SceneSpec spec;
    private static SampleScene scene;

    @BeforeAll
    static void render() {
        spec = SampleScenes.builtInSpec();
        scene = SampleScenes.builtIn();
    }

    @Test
    void builtInSpecLoadsCameraFromResource() {
        assertThat(SampleScenes.class.getResource(SampleScenes.BUILT_IN_RESOURCE)).isNotNull();
        CameraSpec camera = spec.camera();
        assertThat(camera.heightM()).isEqualTo(1.4);
        assertThat(camera.pitchDeg()).isEqualTo(20);
        assertThat(camera.rollDeg()).isZero();
        assertThat(camera.hfovDeg()).isEqualTo(60);
        assertThat(scene.intrinsics().width()).isEqualTo(640);
        assertThat(scene.intrinsics().height()).isEqualTo(480);
        assertThat(scene.intrinsics().horizontalFovDeg()).isCloseTo(60.0, within(1e-9));
    }

    @Test
    void builtInHasEightToTwelveDistinctlyNamedAndColouredObjects() {
        List<ObjectSpec> objects = spec.objects();

        assertThat(objects).hasSizeBetween(8, 12);
        assertThat(objects).extracting(ObjectSpec::name).doesNotHaveDuplicates()
                .contains("table", "chair", "sofa", "cabinet", "floor lamp", "ball", "mug");
        assertThat(objects).extracting(ObjectSpec::shape).contains(Shape.BOX, Shape.CYLINDER, Shape.SPHERE);
        assertThat(objects).anySatisfy(o -> assertThat(o.parts()).hasSizeGreaterThan(1));
        assertThat(objects).anySatisfy(o -> assertThat(o.onName()).isEqualTo("table"));
        for (int i = 0; i < objects.size(); i++) {
            for (int j = i + 1; j < objects.size(); j++) {
                assertThat(colourDistance(objects.get(i).rgb(), objects.get(j).rgb()))
                        .as("colour distance of %s and %s", objects.get(i).name(), objects.get(j).name())
                        .isGreaterThan(80);
            }
        }
    }

    @Test
    void builtInShowsEveryObjectMostlyWithItsTop() {
        int n = scene.truth().objects().size();
        int[] topPixels = new int[n + 1];
        for (int v = 0; v < 480; v++) {
            for (int u = 0; u < 640; u++) {
                int id = scene.labels().at(u, v);
                if (id > 0) {
                    Vec3 p = ScenePixels.canonical(scene, u, v);
                    double top = scene.truth().objects().get(id - 1).boxCanonical().max().z();
                    topPixels[id] += Math.abs(p.z() - top) < 0.005 ? 1 : 0;
                }
            }
        }
        for (TruthObject o : scene.truth().objects()) {
            assertThat(o.visibleFraction()).as("visible fraction of %s", o.name()).isGreaterThan(0.6);
            assertThat(o.boxCanonical().max().z()).as("top of %s", o.name()).isLessThan(scene.truth().cameraHeightM());
            assertThat(topPixels[o.id()]).as("pixels of the top of %s", o.name()).isGreaterThanOrEqualTo(20);
        }
        assertThat(ScenePixels.floorShare(scene)).isGreaterThan(0.3);
    }

    @Test
    void builtInRendersTheSameImagesTwice() {
        SampleScene again = SampleScenes.builtIn();

        assertThat(again.color().rgb()).isEqualTo(scene.color().rgb());
        assertThat(again.depth().metres()).isEqualTo(scene.depth().metres());
        assertThat(again.labels().ids()).isEqualTo(scene.labels().ids());
    }

    @Test
    void builtInRendersWellUnderASecond() {
        new SceneRenderer().render(spec);
        long start = System.nanoTime();
        new SceneRenderer().render(spec);
        double millis = (System.nanoTime() - start) / 1e6;

        assertThat(millis).as("render time of the built-in scene (ms)").isLessThan(1000);
    }

    private static double colourDistance(int a, int b) {
        double dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        double dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        double db = (a & 0xFF) - (b & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}
