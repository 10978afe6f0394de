package org.spatiallift.engine.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.testing.CloudBuilder;

/**
 * Gravity from several planes at once ({@link GravityEstimator}) on synthetic clouds built in the canonical frame
 * (z up, camera above the origin looking along +y) and seen from a camera of known pitch, roll and height: steep
 * pitch over a counter, little floor between large walls, a mattress above a smaller floor, walls only.
 */
class GravityFromManyPlanesTest {

    private static final LiftParameters DEFAULTS = LiftParameters.defaults();
    private static final double SPACING = 0.02;
    private static final double NOISE = 0.003;

    private static RigidTransform canonicalToCamera(double pitchDeg, double rollDeg, double heightM) {
        return new CameraOrientation(pitchDeg, rollDeg).cameraToCanonical(heightM).inverse();
    }

    private static CanonicalFrame estimate(PointCloud cloudCamera) {
        List<PlaneFit> planes = PlaneSegmenter.fromParameters(DEFAULTS).segment(cloudCamera);
        return CanonicalFrameEstimator.fromParameters(DEFAULTS).estimate(cloudCamera, planes);
    }

    private static double gravityErrorDeg(CanonicalFrame frame, double pitch, double roll) {
        return frame.downCamera().angleDegTo(new CameraOrientation(pitch, roll).downCamera());
    }

    @ParameterizedTest(name = "pitch {0}°, roll {1}°")
    @CsvSource(textBlock = """
            55,  0
            60,  8
            70, -5
            """)
    void steepPitchFindsTheFloorBesideACounterTop(double pitch, double roll) {
        // A hand-held camera 1.6 m up, pitched steeply down over a counter: floor tiles at its foot, a 0.9 m high
        // counter top ahead and the wall behind the counter.
        PointCloud cloud = new CloudBuilder(11)
                .rectangle(new Vec3(0, 0.55, 0), Vec3.UNIT_X, Vec3.UNIT_Y, 1.4, 0.5, SPACING, NOISE, 1)
                .rectangle(new Vec3(0, 1.15, 0.9), Vec3.UNIT_X, Vec3.UNIT_Y, 1.6, 0.6, SPACING, NOISE, 2)
                .rectangle(new Vec3(0, 1.5, 1.4), Vec3.UNIT_X, Vec3.UNIT_Z, 1.6, 1.0, SPACING, NOISE, 3)
                .build(canonicalToCamera(pitch, roll, 1.6), CoordinateFrame.CAMERA);

        CanonicalFrame frame = estimate(cloud);

        assertThat(frame.canonical()).as(frame.reason()).isTrue();
        assertThat(frame.support()).as(frame.reason()).isEqualTo(SupportKind.FLOOR);
        assertThat(gravityErrorDeg(frame, pitch, roll)).as(frame.reason()).isLessThan(0.5);
        assertThat(frame.cameraHeightM()).as(frame.reason()).isCloseTo(1.6, within(0.02));
        assertThat(frame.reason()).contains("lowest of 2 horizontal planes").contains("wall");
    }

    @Test
    void littleFloorBetweenLargeWallsIsStillTheFloor() {
        // Two large walls and a cabinet front fill the view; the floor is a 0.9 m x 0.4 m strip, smaller than each.
        double pitch = 8, roll = -4, height = 1.35;
        PointCloud cloud = new CloudBuilder(12)
                .rectangle(new Vec3(0.3, 3.0, 1.3), Vec3.UNIT_X, Vec3.UNIT_Z, 3.2, 2.6, SPACING, NOISE, 1)
                .rectangle(new Vec3(-1.3, 2.0, 1.3), Vec3.UNIT_Y, Vec3.UNIT_Z, 2.0, 2.6, SPACING, NOISE, 2)
                .rectangle(new Vec3(0.8, 2.2, 0.5), Vec3.UNIT_X, Vec3.UNIT_Z, 1.2, 0.9, SPACING, NOISE, 3)
                .rectangle(new Vec3(-0.4, 1.6, 0), Vec3.UNIT_X, Vec3.UNIT_Y, 0.9, 0.4, SPACING, NOISE, 4)
                .build(canonicalToCamera(pitch, roll, height), CoordinateFrame.CAMERA);

        CanonicalFrame frame = estimate(cloud);

        assertThat(frame.canonical()).as(frame.reason()).isTrue();
        assertThat(gravityErrorDeg(frame, pitch, roll)).as(frame.reason()).isLessThan(0.5);
        assertThat(frame.cameraHeightM()).as(frame.reason()).isCloseTo(height, within(0.02));
        assertThat(frame.gravityUncertaintyDeg()).as(frame.reason()).isBetween(0.0, 1.0);
    }

    @Test
    void aMattressLargerThanTheVisibleFloorIsNotTheFloor() {
        // A 2 m x 1.6 m mattress 0.5 m high fills the view; the floor shows as two 0.5 m bands beside it and before it.
        double pitch = 20, roll = 5, height = 1.3;
        PointCloud cloud = new CloudBuilder(13)
                .rectangle(new Vec3(0.2, 2.2, 0.5), Vec3.UNIT_X, Vec3.UNIT_Y, 2.0, 1.6, SPACING, NOISE, 1)
                .rectangle(new Vec3(0, 1.1, 0), Vec3.UNIT_X, Vec3.UNIT_Y, 2.4, 0.5, SPACING, NOISE, 2)
                .rectangle(new Vec3(-1.1, 2.2, 0), Vec3.UNIT_X, Vec3.UNIT_Y, 0.5, 1.6, SPACING, NOISE, 2)
                .rectangle(new Vec3(0, 3.3, 1.2), Vec3.UNIT_X, Vec3.UNIT_Z, 3.0, 2.4, SPACING, NOISE, 3)
                .build(canonicalToCamera(pitch, roll, height), CoordinateFrame.CAMERA);

        CanonicalFrame frame = estimate(cloud);

        assertThat(frame.support()).as(frame.reason()).isEqualTo(SupportKind.FLOOR);
        assertThat(frame.cameraHeightM()).as(frame.reason()).isCloseTo(height, within(0.02));
        assertThat(gravityErrorDeg(frame, pitch, roll)).as(frame.reason()).isLessThan(0.5);
        assertThat(frame.reason()).contains("the lowest of 2 horizontal planes");
    }

    @Test
    void wallsOnlyGiveGravityButNoHeight() {
        // Two walls meeting in a corner, no floor or table in view.
        double pitch = 12, roll = 6;
        PointCloud cloud = new CloudBuilder(14)
                .rectangle(new Vec3(0.5, 3.0, 1.5), Vec3.UNIT_X, Vec3.UNIT_Z, 3.0, 2.0, SPACING, NOISE, 1)
                .rectangle(new Vec3(-1.0, 2.0, 1.5), Vec3.UNIT_Y, Vec3.UNIT_Z, 2.0, 2.0, SPACING, NOISE, 2)
                .build(canonicalToCamera(pitch, roll, 1.4), CoordinateFrame.CAMERA);

        CanonicalFrame frame = estimate(cloud);

        assertThat(frame.canonical()).isFalse();
        assertThat(frame.support()).isEqualTo(SupportKind.NONE);
        assertThat(frame.supportPlaneCamera()).isNull();
        assertThat(gravityErrorDeg(frame, pitch, roll)).as(frame.reason()).isLessThan(0.5);
        assertThat(frame.cameraHeightM()).isEqualTo(CanonicalFrameEstimator.DEFAULT_CAMERA_HEIGHT_M);
        assertThat(frame.reason()).startsWith("no horizontal plane below the camera; gravity from 0 horizontal planes"
                + " and 2 walls").endsWith("camera height 1.5 m assumed");
        assertThat(frame.gravityUncertaintyDeg()).isBetween(0.0, 1.0);
    }

    @Test
    void oneWallAloneLeavesGravityAmbiguous() {
        PointCloud cloud = new CloudBuilder(15)
                .rectangle(new Vec3(0, 3.0, 1.5), Vec3.UNIT_X, Vec3.UNIT_Z, 3.0, 2.0, SPACING, NOISE, 1)
                .build(canonicalToCamera(10, 10, 1.4), CoordinateFrame.CAMERA);

        CanonicalFrame frame = estimate(cloud);

        assertThat(frame.support()).isEqualTo(SupportKind.NONE);
        assertThat(frame.reason()).isEqualTo(CanonicalFrameEstimator.NO_PLANE_REASON);
        assertThat(frame.downCamera()).isEqualTo(Vec3.UNIT_Y);
        assertThat(frame.gravityUncertaintyDeg()).isNaN();
    }

    @Test
    void uncertaintyGrowsWhenThePlanesDisagree() {
        // The same floor and walls, once exact and once with the side wall leaning 3° (still counted as a wall).
        Vec3 leaning = new Vec3(Math.sin(Math.toRadians(3)), 0, Math.cos(Math.toRadians(3)));
        CloudBuilder exact = new CloudBuilder(16)
                .rectangle(new Vec3(0, 2.0, 0), Vec3.UNIT_X, Vec3.UNIT_Y, 2.5, 2.0, SPACING, NOISE, 1)
                .rectangle(new Vec3(-1.3, 2.0, 1.2), Vec3.UNIT_Y, Vec3.UNIT_Z, 2.0, 2.4, SPACING, NOISE, 2);
        CloudBuilder bent = new CloudBuilder(16)
                .rectangle(new Vec3(0, 2.0, 0), Vec3.UNIT_X, Vec3.UNIT_Y, 2.5, 2.0, SPACING, NOISE, 1)
                .rectangle(new Vec3(-1.3, 2.0, 1.2), Vec3.UNIT_Y, leaning, 2.0, 2.4, SPACING, NOISE, 2);
        RigidTransform toCamera = canonicalToCamera(15, 0, 1.4);

        double u0 = estimate(exact.build(toCamera, CoordinateFrame.CAMERA)).gravityUncertaintyDeg();
        double u1 = estimate(bent.build(toCamera, CoordinateFrame.CAMERA)).gravityUncertaintyDeg();

        assertThat(u0).isLessThan(0.3);
        assertThat(u1).isGreaterThan(u0 + 0.5);
    }
}
