package org.spatiallift.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.Vec3;

class GroundTruthTest {

    private static final RoomSpec ROOM = new RoomSpec(5, 5, 8, 2, 2.8, true, 0xB9AE9C, 0xE9E4DA);
    private static final CameraSpec CAMERA = new CameraSpec(1.5, 20, 0, 60, 320, 240);

    private static SampleScene render(ObjectSpec... objects) {
        return new SceneRenderer().render(new SceneSpec(ROOM, CAMERA, List.of(objects)));
    }

    private static void assertBox(Box3 box, double x0, double y0, double z0, double x1, double y1, double z1) {
        assertThat(box.min().toArray()).containsExactly(new double[] {x0, y0, z0}, within(1e-9));
        assertThat(box.max().toArray()).containsExactly(new double[] {x1, y1, z1}, within(1e-9));
    }

    @Test
    void truthBoxOfYawedBoxSpansItsRotatedCorners() {
        // half extents: x = cos 30°·0.4 + sin 30°·0.2, y = sin 30°·0.4 + cos 30°·0.2
        double ex = Math.cos(Math.toRadians(30)) * 0.4 + 0.5 * 0.2, ey = 0.5 * 0.4 + Math.cos(Math.toRadians(30)) * 0.2;

        TruthObject box = render(ObjectSpec.simple("box", Shape.BOX, 0xE63946, 1, 3, new Vec3(0.8, 0.4, 0.5), 30))
                .truth().objects().get(0);

        assertBox(box.boxCanonical(), 1 - ex, 3 - ey, 0, 1 + ex, 3 + ey, 0.5);
        assertThat(box.dims().toArray()).containsExactly(new double[] {0.8, 0.4, 0.5}, within(1e-12));
        assertThat(box.yawDeg()).isEqualTo(30);
        assertThat(box.shape()).isEqualTo("box");
        assertThat(box.id()).isEqualTo(1);
    }

    @Test
    void truthBoxOfCylinderAndSphereUsesTheirRadius() {
        SampleScene scene = render(
                ObjectSpec.simple("cylinder", Shape.CYLINDER, 0x3A86FF, -1, 4, new Vec3(0.6, 0.6, 0.9), 40),
                ObjectSpec.simple("sphere", Shape.SPHERE, 0xFB5607, 0.8, 4, new Vec3(0.4, 0.4, 0.4), 0));

        assertBox(scene.truth().objects().get(0).boxCanonical(), -1.3, 3.7, 0, -0.7, 4.3, 0.9);
        assertBox(scene.truth().objects().get(1).boxCanonical(), 0.6, 3.8, 0, 1.0, 4.2, 0.4);
        assertThat(scene.truth().objects().get(0).shape()).isEqualTo("cylinder");
        assertThat(scene.truth().objects().get(1).dims().toArray()).containsExactly(0.4, 0.4, 0.4);
    }

    @Test
    void truthBoxOfStackedObjectStartsOnItsSupportTop() {
        SampleScene scene = render(
                ObjectSpec.simple("crate", Shape.BOX, 0x8B5A2B, 0, 4, new Vec3(0.6, 0.6, 0.45), 0),
                ObjectSpec.simple("mug", Shape.CYLINDER, 0xE63946, 0.1, 4, new Vec3(0.1, 0.1, 0.12), 0).on("crate"));

        assertBox(scene.truth().objects().get(1).boxCanonical(), 0.05, 3.95, 0.45, 0.15, 4.05, 0.57);
    }

    @Test
    void truthBoxOfCompositeTableIsTheUnionOfItsParts() {
        ObjectSpec table = ObjectSpec.furniture("table", FurnitureTemplate.TABLE, Shape.BOX, 0x8B5A2B, 0.5, 4,
                new Vec3(1.2, 0.8, 0.75), 90);

        TruthObject truth = render(table).truth().objects().get(0);

        assertBox(truth.boxCanonical(), 0.1, 3.4, 0, 0.9, 4.6, 0.75);
        assertThat(truth.dims().toArray()).containsExactly(new double[] {1.2, 0.8, 0.75}, within(1e-12));
        assertThat(table.parts()).hasSize(5);
    }

    @Test
    void visibleFractionIsBelowOneForOccludedObjectAndOneForItsOccluder() {
        SampleScene scene = render(
                ObjectSpec.simple("front", Shape.BOX, 0xE63946, 0, 2.5, new Vec3(0.6, 0.3, 1.0), 0),
                ObjectSpec.simple("behind", Shape.BOX, 0x3A86FF, 0, 4.0, new Vec3(1.0, 0.3, 0.8), 0),
                ObjectSpec.simple("aside", Shape.CYLINDER, 0x38B000, 1.5, 4.0, new Vec3(0.4, 0.4, 0.5), 0));

        List<TruthObject> truth = scene.truth().objects();
        assertThat(truth.get(0).visibleFraction()).isEqualTo(1.0);
        assertThat(truth.get(1).visibleFraction()).isStrictlyBetween(0.1, 0.9);
        assertThat(truth.get(2).visibleFraction()).isEqualTo(1.0);
    }

    @Test
    void visibleFractionIsZeroForObjectOutsideTheImage() {
        SampleScene scene = render(ObjectSpec.simple("behind the camera", Shape.BOX, 0xE63946, 0, -1.5,
                new Vec3(0.4, 0.4, 0.4), 0));

        assertThat(scene.truth().objects().get(0).visibleFraction()).isZero();
        assertThat(scene.labels().ids()).containsOnly(0);
    }

    @Test
    void truthCarriesCameraHeightAndOrientation() {
        GroundTruth truth = render().truth();

        assertThat(truth.cameraHeightM()).isEqualTo(1.5);
        assertThat(truth.orientation().pitchDeg()).isEqualTo(20);
        assertThat(truth.orientation().rollDeg()).isZero();
        assertThat(truth.objects()).isEmpty();
    }
}
