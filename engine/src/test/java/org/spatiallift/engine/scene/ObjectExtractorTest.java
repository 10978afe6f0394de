package org.spatiallift.engine.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.CameraOrientation;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.SupportKind;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.image.LabelImage;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.testing.CloudBuilder;

class ObjectExtractorTest {

    private static final CameraOrientation POSE = new CameraOrientation(20, 5);
    private static final double HEIGHT = 1.4;

    /** The true frame of a camera with {@link #POSE} {@link #HEIGHT} m above the floor. */
    private static CanonicalFrame truthFrame() {
        Vec3 down = POSE.downCamera();
        RigidTransform toCanonical = CameraOrientation.cameraToCanonical(down, HEIGHT);
        return new CanonicalFrame(true, SupportKind.FLOOR, "test", new Plane(down, -HEIGHT), down, toCanonical, HEIGHT, POSE);
    }

    /**
     * Canonical-frame scene; the colour of each point is its label: 1 = a 60x40x50 cm box on the floor at yaw 25°
     * plus 10x10 cm of its mask bled onto a wall 1 m behind, 2 = a 20 cm cube on a 75 cm table, 3 = a 10-point
     * sliver, 0 = floor.
     */
    private static PointCloud scene(CloudBuilder b) {
        b.rectangle(new Vec3(0, 3, 0), Vec3.UNIT_X, Vec3.UNIT_Y, 4, 2, 0.03, 0, 0);
        b.box(0.4, 2.5, 0, 0.6, 0.4, 0.5, 25, 0.01, 1);
        b.rectangle(new Vec3(0.4, 3.6, 0.3), Vec3.UNIT_X, Vec3.UNIT_Z, 0.1, 0.1, 0.01, 0, 1);
        b.box(-0.8, 3.0, 0.75, 0.2, 0.2, 0.2, 0, 0.01, 2);
        for (int i = 0; i < 10; i++) {
            b.add(-1.5 + i * 0.01, 2, 0.4, 3);
        }
        return b.build(truthFrame().cameraToCanonical().inverse(), CoordinateFrame.CAMERA);
    }

    /** A 1-row label map whose pixel i (= point i) carries the point's label. */
    private static ObjectLabels labelsOf(PointCloud cloud) {
        return new ObjectLabels(new LabelImage(cloud.size(), 1, cloud.rgb().clone()), Map.of(1, "box", 2, "cube", 3, "cup"));
    }

    @Test
    void extractMeasuresObjectsInCanonicalFrameAndDropsBleed() {
        PointCloud cloud = scene(new CloudBuilder(2));

        ExtractedObjects result = ObjectExtractor.fromParameters(LiftParameters.defaults())
                .extract(cloud, cloud.transformed(truthFrame().cameraToCanonical(), CoordinateFrame.CANONICAL), labelsOf(cloud));

        assertThat(result.objects()).extracting(SceneObject::id).containsExactly(1, 2);
        SceneObject box = result.objects().get(0);
        assertThat(box.name()).isEqualTo("box");
        assertThat(box.droppedPoints()).isEqualTo(121);
        assertThat(box.pointCount() + box.droppedPoints()).isEqualTo(count(cloud, 1));
        assertThat(box.centroidCanonical().x()).isCloseTo(0.4, within(0.01));
        assertThat(box.centroidCanonical().y()).isCloseTo(2.5, within(0.01));
        assertThat(box.centroidCanonical().z()).isCloseTo(0.25, within(0.01));
        assertThat(box.orientedBoxCanonical().yawDeg()).isCloseTo(25, within(0.5));
        assertThat(box.orientedBoxCanonical().extents().x()).isCloseTo(0.6, within(0.005));
        assertThat(box.orientedBoxCanonical().extents().y()).isCloseTo(0.4, within(0.005));
        assertThat(box.orientedBoxCanonical().extents().z()).isCloseTo(0.5, within(0.005));
        assertThat(box.orientedBoxCanonical().center().z()).isCloseTo(0.25, within(0.005));
        assertThat(box.boxCanonical().max().z()).isCloseTo(0.5, within(0.005));
        assertThat(box.bottomAboveFloorM()).isCloseTo(0, within(0.005));
        assertThat(box.onFloor()).isTrue();
        assertThat(box.cloudIndices()).isSorted().hasSize(box.pointCount());
        assertThat(Arrays.stream(box.cloudIndices()).map(i -> cloud.rgb()[i])).containsOnly(1);

        SceneObject cube = result.objects().get(1);
        assertThat(cube.droppedPoints()).isZero();
        assertThat(cube.bottomAboveFloorM()).isCloseTo(0.75, within(0.005));
        assertThat(cube.onFloor()).isFalse();
        assertThat(cube.orientedBoxCanonical().extents().x()).isCloseTo(0.2, within(0.005));

        assertThat(result.warnings()).singleElement().asString()
                .contains("object 3 (cup) skipped").contains("10 points");
    }

    @Test
    void extractWithoutLabelledPixelsFindsNothing() {
        PointCloud cloud = new CloudBuilder(1).add(0, 0, 1, 0).add(0, 0.1, 1, 0).build(CoordinateFrame.CAMERA);

        ExtractedObjects result = ObjectExtractor.fromParameters(LiftParameters.defaults())
                .extract(cloud, cloud.transformed(truthFrame().cameraToCanonical(), CoordinateFrame.CANONICAL), labelsOf(cloud));

        assertThat(result.objects()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    private static long count(PointCloud cloud, int label) {
        return Arrays.stream(cloud.rgb(), 0, cloud.size()).filter(c -> c == label).count();
    }
}
