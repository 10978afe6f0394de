package org.spatiallift.engine.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.CameraOrientation;
import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.image.LabelImage;
import org.spatiallift.engine.scene.ExtractedObjects;
import org.spatiallift.engine.scene.ObjectLabels;
import org.spatiallift.engine.scene.SceneObject;
import org.spatiallift.engine.validate.GroundTruthBox;

/**
 * Objects from annotated boxes: the points are those inside the oriented box, the extent is the annotated box (not
 * the points' hull), boxes out of view are left out, and a label map narrows the points to the box's instance.
 */
class BoxObjectsTest {

    private static final double YAW = Math.toRadians(30);
    /** Camera level, 1.5 m above the floor: gravity is the camera's +y. */
    private static final Vec3 DOWN = new Vec3(0, 1, 0);
    private static final RigidTransform TO_CANONICAL = CameraOrientation.cameraToCanonical(DOWN, 1.5);
    /** A 1.0 × 0.6 (tall) × 0.4 m box turned 30° about gravity, 3 m ahead, its bottom on the floor. */
    private static final GroundTruthBox BOX = new GroundTruthBox("night_stand", new Vec3(0.2, 1.2, 3.0),
            new Vec3(1.0, 0.6, 0.4), Mat3.rotationY(YAW));

    @Test
    void containsCameraTestsTheOrientedBoxNotItsAxisAlignedHull() {
        Vec3 inside = local(0.45, 0.25, 0.15);
        Vec3 pastItsLength = local(0.55, 0, 0);
        Vec3 pastItsHeight = local(0, 0.31, 0);
        // inside the axis-aligned box around the corners, but past the box's own width
        Vec3 inTheHullOnly = local(0.45, 0, 0.25);
        var hull = BOX.aabb(RigidTransform.IDENTITY);

        assertThat(BOX.containsCamera(inside.x(), inside.y(), inside.z())).isTrue();
        assertThat(BOX.containsCamera(pastItsLength.x(), pastItsLength.y(), pastItsLength.z())).isFalse();
        assertThat(BOX.containsCamera(pastItsHeight.x(), pastItsHeight.y(), pastItsHeight.z())).isFalse();
        assertThat(inTheHullOnly.x()).isBetween(hull.min().x(), hull.max().x());
        assertThat(inTheHullOnly.z()).isBetween(hull.min().z(), hull.max().z());
        assertThat(BOX.containsCamera(inTheHullOnly.x(), inTheHullOnly.y(), inTheHullOnly.z())).isFalse();
    }

    @Test
    void theExtentIsTheAnnotatedBoxNotTheHullOfThePartialPointsInIt() {
        // only the upper half of the front face is seen (a partial view): 60 points
        List<Vec3> points = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            points.add(local(-0.3 + 0.01 * i, -0.05 - 0.002 * i, -0.19));
        }
        points.add(local(0.7, 0, 0)); // outside: not its point
        PointCloud cloud = cloud(points);

        ExtractedObjects out = BoxObjects.withFloorContact(0.05).extract(cloud, TO_CANONICAL, List.of(BOX), null);

        assertThat(out.objects()).hasSize(1);
        SceneObject o = out.objects().get(0);
        assertThat(o.name()).isEqualTo("night stand");
        assertThat(o.pointCount()).isEqualTo(60);
        assertThat(o.cloudIndices()).doesNotContain(60);
        assertThat(o.orientedBoxCanonical().extents().x()).isCloseTo(1.0, within(1e-9));
        assertThat(o.orientedBoxCanonical().extents().y()).isCloseTo(0.4, within(1e-9));
        assertThat(o.orientedBoxCanonical().extents().z()).isCloseTo(0.6, within(1e-9));
        assertThat(o.boxCanonical().extents().z()).isCloseTo(0.6, within(1e-9));
        // the points alone span 0.59 × 0.12 m: far from the box
        assertThat(o.bottomAboveFloorM()).isCloseTo(0.0, within(1e-9));
        assertThat(o.onFloor()).isTrue();
        assertThat(o.centroidCanonical().distanceTo(TO_CANONICAL.apply(BOX.centreCamera()))).isLessThan(1e-9);
    }

    @Test
    void aBoxWithTooFewPointsInViewIsLeftOutWithAWarning() {
        PointCloud cloud = cloud(List.of(local(0, 0, 0), local(0.1, 0, 0)));

        ExtractedObjects out = BoxObjects.withFloorContact(0.05).extract(cloud, TO_CANONICAL, List.of(BOX), null);

        assertThat(out.objects()).isEmpty();
        assertThat(out.warnings()).singleElement().asString().contains("night stand", "2 points", "not in view");
    }

    @Test
    void withALabelMapOnlyThePointsOfTheBoxsMainInstanceAreKept() {
        // 40 points of instance 7 and 10 of instance 3 (a wall behind it) in the box; pixel i carries ids[i]
        List<Vec3> points = new ArrayList<>();
        int[] ids = new int[50];
        for (int i = 0; i < 50; i++) {
            points.add(local(-0.4 + 0.015 * i, 0, 0));
            ids[i] = i < 40 ? 7 : 3;
        }
        ObjectLabels labels = new ObjectLabels(new LabelImage(50, 1, ids), Map.of(7, "nightstand", 3, "wall"));

        ExtractedObjects out = BoxObjects.withFloorContact(0.05).extract(cloud(points), TO_CANONICAL, List.of(BOX),
                labels);

        SceneObject o = out.objects().get(0);
        assertThat(o.pointCount()).isEqualTo(40);
        assertThat(o.droppedPoints()).isEqualTo(10);
        assertThat(o.name()).as("the class comes from the box").isEqualTo("night stand");
        assertThat(o.orientedBoxCanonical().extents().x()).isCloseTo(1.0, within(1e-9));
    }

    /** A point given in the box's own axes (length, height, width), in the camera frame. */
    private static Vec3 local(double a, double b, double c) {
        return BOX.centreCamera().plus(BOX.axesCamera().times(new Vec3(a, b, c)));
    }

    private static PointCloud cloud(List<Vec3> points) {
        float[] xyz = new float[3 * points.size()];
        int[] pixel = new int[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xyz[3 * i] = (float) points.get(i).x();
            xyz[3 * i + 1] = (float) points.get(i).y();
            xyz[3 * i + 2] = (float) points.get(i).z();
            pixel[i] = i;
        }
        return new PointCloud(CoordinateFrame.CAMERA, points.size(), xyz, new int[points.size()], pixel);
    }
}
