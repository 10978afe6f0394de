package org.spatiallift.engine.frame;

import java.util.List;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.pipeline.LiftParameters;

/**
 * The gravity-aligned canonical frame of a scene from its planes: {@link FloorSelector} gives gravity g (fitted to
 * all horizontal planes and walls, {@link GravityEstimator}) and the support plane (normal g) with the camera height h
 * = its distance from the camera; pitch and roll follow {@link CameraOrientation#fromDown}, and
 * p_canonical = R·p_camera + (0, 0, h) with R from {@link CameraOrientation#cameraToCanonical(Vec3, double)}, so the
 * support plane is z = 0.
 *
 * <p>Without a support plane ({@link SupportKind#NONE}) the frame is marked not canonical and h =
 * {@value #DEFAULT_CAMERA_HEIGHT_M} m is assumed; g is the walls' gravity when at least two walls give it, else an
 * upright camera is assumed (g = +y).
 */
public final class CanonicalFrameEstimator {

    public static final double DEFAULT_CAMERA_HEIGHT_M = 1.5;
    /** Why no floor was found when no plane is horizontal below the camera (what follows says what was done). */
    public static final String NO_PLANE = "no horizontal plane below the camera";
    public static final String NO_PLANE_REASON = NO_PLANE + ": upright camera assumed";

    private final FloorSelector selector;

    public CanonicalFrameEstimator(FloorSelector selector) {
        this.selector = selector;
    }

    /** With the horizontal tolerance of the lift parameters. */
    public static CanonicalFrameEstimator fromParameters(LiftParameters parameters) {
        return new CanonicalFrameEstimator(new FloorSelector(parameters.horizontalToleranceDeg(),
                parameters.ransacThresholdM()));
    }

    /** The frame from the planes found in {@code cloudCamera} (largest first, as {@link PlaneSegmenter} gives them). */
    public CanonicalFrame estimate(PointCloud cloudCamera, List<PlaneFit> planes) {
        return fromSupport(selector.select(cloudCamera, planes));
    }

    /** The frame standing on {@code choice}, or the upright fallback for NONE. */
    public static CanonicalFrame fromSupport(SupportChoice choice) {
        if (choice.kind() == SupportKind.NONE) {
            if (Vec3.UNIT_Y.equals(choice.downCamera())) {
                return uprightFallback(choice.reason());
            }
            Vec3 down = choice.downCamera();
            return new CanonicalFrame(false, SupportKind.NONE, choice.reason(), null, down,
                    CameraOrientation.cameraToCanonical(down, DEFAULT_CAMERA_HEIGHT_M), DEFAULT_CAMERA_HEIGHT_M,
                    CameraOrientation.fromDown(down), choice.gravityUncertaintyDeg());
        }
        Plane plane = choice.planeCamera();
        Vec3 down = plane.normal();
        double height = choice.cameraHeightM();
        RigidTransform toCanonical = CameraOrientation.cameraToCanonical(down, height);
        return new CanonicalFrame(true, choice.kind(), choice.reason(), plane, down, toCanonical, height,
                CameraOrientation.fromDown(down), choice.gravityUncertaintyDeg());
    }

    /** An upright camera {@value #DEFAULT_CAMERA_HEIGHT_M} m above an unseen floor; not canonical. */
    public static CanonicalFrame uprightFallback(String reason) {
        Vec3 down = Vec3.UNIT_Y;
        return new CanonicalFrame(false, SupportKind.NONE, reason, null, down,
                CameraOrientation.cameraToCanonical(down, DEFAULT_CAMERA_HEIGHT_M), DEFAULT_CAMERA_HEIGHT_M,
                CameraOrientation.fromDown(down));
    }
}
