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

class CanonicalFrameEstimatorTest {

    private static final LiftParameters DEFAULTS = LiftParameters.defaults();
    private static final double SPACING = 0.03;
    private static final double NOISE = 0.003;

    /** Canonical to camera for a camera with this pitch, roll and height: the inverse of cameraToCanonical. */
    private static RigidTransform canonicalToCamera(double pitchDeg, double rollDeg, double heightM) {
        return new CameraOrientation(pitchDeg, rollDeg).cameraToCanonical(heightM).inverse();
    }

    private static CanonicalFrame estimate(PointCloud cloudCamera) {
        List<PlaneFit> planes = PlaneSegmenter.fromParameters(DEFAULTS).segment(cloudCamera);
        return CanonicalFrameEstimator.fromParameters(DEFAULTS).estimate(cloudCamera, planes);
    }

    /**
     * A room in the canonical frame (z up, camera above the origin looking along +y): a 5 m x 3 m floor patch,
     * a larger 8 m x 3 m back wall, a 5 m x 3 m side wall and a 1.2 m x 0.8 m table top 0.75 m high.
     */
    private static CloudBuilder room(long seed) {
        return new CloudBuilder(seed)
                .rectangle(new Vec3(0, 3, 0), Vec3.UNIT_X, Vec3.UNIT_Y, 5, 3, SPACING, NOISE, 1)
                .rectangle(new Vec3(0, 4.5, 1.5), Vec3.UNIT_X, Vec3.UNIT_Z, 8, 3, SPACING, NOISE, 2)
                .rectangle(new Vec3(-2.5, 3, 1.5), Vec3.UNIT_Y, Vec3.UNIT_Z, 3, 3, SPACING, NOISE, 3)
                .rectangle(new Vec3(0.5, 2.5, 0.75), Vec3.UNIT_X, Vec3.UNIT_Y, 1.2, 0.8, SPACING, NOISE, 4);
    }

    @ParameterizedTest(name = "pitch {0}°, roll {1}°, height {2} m")
    @CsvSource(textBlock = """
            -40,   0, 1.50
            -40,  15, 1.20
            -40, -15, 1.60
            -25,  10, 1.40
            -10, -15, 1.50
              0,   0, 1.50
              0,  15, 1.10
              5,  -5, 1.70
             10,  15, 1.30
             10, -15, 1.45
            """)
    void estimatePicksTheFloorNotTheLargerWallAndRecoversPose(double pitch, double roll, double height) {
        PointCloud cloud = room(Math.round(pitch * 100 + roll)).build(canonicalToCamera(pitch, roll, height),
                CoordinateFrame.CAMERA);

        CanonicalFrame frame = estimate(cloud);

        assertThat(frame.support()).isEqualTo(SupportKind.FLOOR);
        assertThat(frame.canonical()).isTrue();
        assertThat(frame.orientation().pitchDeg()).isCloseTo(pitch, within(0.5));
        assertThat(frame.orientation().rollDeg()).isCloseTo(roll, within(0.5));
        assertThat(frame.cameraHeightM()).isCloseTo(height, within(0.01));
        assertThat(frame.reason()).startsWith("floor: ").contains("largest plane").contains("not horizontal");
    }

    @Test
    void estimateMapsTheFloorToZeroAndTheTableToItsHeight() {
        RigidTransform toCamera = canonicalToCamera(-20, 8, 1.4);
        PointCloud cloud = room(3).build(toCamera, CoordinateFrame.CAMERA);

        CanonicalFrame frame = estimate(cloud);

        RigidTransform toCanonical = frame.cameraToCanonical();
        assertThat(toCanonical.apply(toCamera.apply(new Vec3(1, 2, 0))).z()).isCloseTo(0, within(0.01));
        assertThat(toCanonical.apply(toCamera.apply(new Vec3(0.5, 2.5, 0.75))).z()).isCloseTo(0.75, within(0.01));
        assertThat(toCanonical.apply(Vec3.ZERO).z()).isCloseTo(1.4, within(0.01));
        assertThat(frame.supportPlaneCamera().normal()).isEqualTo(frame.downCamera());
    }

    @Test
    void estimatePrefersTheLowerFloorOverALargerTableTop() {
        // A big table (2.4 m x 1.6 m) and only a strip of floor (3 m x 0.8 m) in view.
        PointCloud cloud = new CloudBuilder(4)
                .rectangle(new Vec3(0, 1.2, 0), Vec3.UNIT_X, Vec3.UNIT_Y, 3, 0.8, SPACING, NOISE, 1)
                .rectangle(new Vec3(0, 2.6, 0.72), Vec3.UNIT_X, Vec3.UNIT_Y, 2.4, 1.6, SPACING, NOISE, 2)
                .build(canonicalToCamera(15, 0, 1.5), CoordinateFrame.CAMERA);

        CanonicalFrame frame = estimate(cloud);

        assertThat(frame.support()).isEqualTo(SupportKind.FLOOR);
        assertThat(frame.cameraHeightM()).isCloseTo(1.5, within(0.01));
        assertThat(frame.reason()).contains("lowest of 2 horizontal planes").contains("higher, 0.78 m below the camera");
    }

    @Test
    void estimateReportsTableWhenOnlyASmallTableTopIsInView() {
        // A 1.2 m x 0.8 m desk 0.7 m below the camera, two boxes on it and a wall behind; no floor in view.
        PointCloud cloud = new CloudBuilder(5)
                .rectangle(new Vec3(0, 0.9, 0), Vec3.UNIT_X, Vec3.UNIT_Y, 1.2, 0.8, 0.01, NOISE, 1)
                .box(-0.2, 0.9, 0, 0.2, 0.15, 0.25, 30, 0.01, 2)
                .box(0.3, 1.0, 0, 0.1, 0.1, 0.3, 0, 0.01, 3)
                .rectangle(new Vec3(0, 1.4, 0.4), Vec3.UNIT_X, Vec3.UNIT_Z, 1.6, 0.8, 0.01, NOISE, 4)
                .build(canonicalToCamera(35, -5, 0.7), CoordinateFrame.CAMERA);

        CanonicalFrame frame = estimate(cloud);

        assertThat(frame.support()).isEqualTo(SupportKind.TABLE);
        assertThat(frame.canonical()).isTrue();
        assertThat(frame.cameraHeightM()).isCloseTo(0.7, within(0.01));
        assertThat(frame.orientation().pitchDeg()).isCloseTo(35, within(0.5));
        assertThat(frame.reason()).startsWith("table top: ").contains("rather than the floor");
    }

    @Test
    void estimateAssumesUprightCameraWhenNoPlaneIsHorizontalBelowTheCamera() {
        // A wall ahead, a ceiling above and scattered points: nothing to stand on.
        PointCloud cloud = new CloudBuilder(6)
                .rectangle(new Vec3(0, 0, 3), Vec3.UNIT_X, Vec3.UNIT_Y, 4, 2.5, SPACING, NOISE, 1)
                .rectangle(new Vec3(0, -1.2, 2), Vec3.UNIT_X, Vec3.UNIT_Z, 4, 2, SPACING, NOISE, 2)
                .uniform(new Vec3(-1, -1, 1), new Vec3(1, 1, 2.5), 300, 3)
                .build(CoordinateFrame.CAMERA);

        CanonicalFrame frame = estimate(cloud);

        assertThat(frame.support()).isEqualTo(SupportKind.NONE);
        assertThat(frame.canonical()).isFalse();
        assertThat(frame.reason()).isEqualTo("no horizontal plane below the camera: upright camera assumed");
        assertThat(frame.downCamera()).isEqualTo(Vec3.UNIT_Y);
        assertThat(frame.cameraHeightM()).isEqualTo(1.5);
        assertThat(frame.supportPlaneCamera()).isNull();
        assertThat(frame.orientation().pitchDeg()).isZero();
        assertThat(frame.cameraToCanonical().apply(new Vec3(0, 1.5, 2))).satisfies(p -> {
            assertThat(p.z()).isCloseTo(0, within(1e-12));
            assertThat(p.y()).isCloseTo(2, within(1e-12));
        });
    }

    @Test
    void estimateWithoutPlanesAssumesUprightCamera() {
        CanonicalFrame frame = CanonicalFrameEstimator.fromParameters(DEFAULTS)
                .estimate(PointCloud.empty(CoordinateFrame.CAMERA), List.of());

        assertThat(frame.support()).isEqualTo(SupportKind.NONE);
        assertThat(frame.reason()).isEqualTo(CanonicalFrameEstimator.NO_PLANE_REASON);
    }
}
