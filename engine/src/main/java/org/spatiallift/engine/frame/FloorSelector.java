package org.spatiallift.engine.frame;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;

/**
 * Chooses the plane a scene stands on from the planes found in a camera-frame cloud. The floor is the lowest
 * horizontal plane below the camera with substantial support, not simply the largest plane (which is often a wall),
 * nor the largest horizontal one (a bed's mattress).
 *
 * <p>Rule, in order:
 * <ol>
 *   <li>Gravity g from all planes jointly ({@link GravityEstimator}): floor, table and counter tops, ceilings and
 *       walls, including horizontal planes that RANSAC did not reach, at any camera pitch. The candidates are the
 *       horizontal planes that agree with g and lie at least {@value #MIN_CAMERA_HEIGHT_M} m below the camera; a
 *       candidate's height h is the median distance of its points along g. No gravity, or gravity from walls alone:
 *       {@link SupportKind#NONE}.</li>
 *   <li>Substantial: candidates with at least {@value #SUBSTANTIAL_FRACTION} of the inliers of the largest
 *       candidate (a floor partly hidden by furniture is still much more than a sliver).</li>
 *   <li>Choice: the lowest substantial candidate (largest h), since table tops, beds, seats and shelves lie above the
 *       floor. Candidates less than {@value #SAME_LEVEL_M} m apart in height count as one level (a noisy floor found
 *       twice); within the lowest level the one with most inliers wins.</li>
 *   <li>Floor or table top: the choice is a {@link SupportKind#TABLE} when its footprint ({@link PlaneFootprint},
 *       2nd–98th percentile span) is shorter than {@value #TABLE_MAX_EXTENT_M} m along its longest axis and no
 *       other substantial candidate lies a level above it: a small horizontal surface with nothing standing higher
 *       is a table top seen from above with no floor in view (a desk or table rarely shows more than 1.6 m; the
 *       visible floor of a room almost always does: 2.1 m even in the low-camera Redwood frames). Otherwise it is the
 *       {@link SupportKind#FLOOR}. Floor and table top give the same frame; only the label (and what "height" means)
 *       differs.</li>
 *   <li>The support plane is the plane with normal g at distance h from the camera, so that it is z = 0 in the
 *       canonical frame and gravity is the joint estimate, not one plane's normal.</li>
 * </ol>
 * Deterministic: ties keep the larger plane.
 */
public final class FloorSelector {

    public static final double MIN_CAMERA_HEIGHT_M = 0.1;
    public static final double SUBSTANTIAL_FRACTION = 0.25;
    public static final double SAME_LEVEL_M = 0.10;
    public static final double TABLE_MAX_EXTENT_M = 1.6;
    private static final Logger LOG = LoggerFactory.getLogger(FloorSelector.class);

    private final GravityEstimator gravity;

    /**
     * @param horizontalToleranceDeg largest angle between gravity and the camera's +y axis at which one horizontal
     *                               plane alone may be the support; beyond it, up to any pitch, a second plane (a
     *                               parallel one or a wall) must agree
     * @param thresholdM             inlier distance of a plane, metres (the RANSAC threshold)
     */
    public FloorSelector(double horizontalToleranceDeg, double thresholdM) {
        if (!(horizontalToleranceDeg > 0 && horizontalToleranceDeg < 90)) {
            throw new IllegalArgumentException("horizontal tolerance must be in (0, 90) degrees, got " + horizontalToleranceDeg);
        }
        if (!(thresholdM > 0)) {
            throw new IllegalArgumentException("plane inlier distance must be > 0 m, got " + thresholdM);
        }
        this.gravity = new GravityEstimator(horizontalToleranceDeg, thresholdM, PlaneSegmenter.DEFAULT_MIN_INLIERS);
    }

    /** The support among {@code planes} (fitted to {@code cloudCamera}); see the class comment for the rule. */
    public SupportChoice select(PointCloud cloudCamera, List<PlaneFit> planes) {
        Optional<GravityEstimate> estimate = gravity.estimate(cloudCamera, planes);
        if (estimate.isEmpty()) {
            LOG.info("no support plane among {} planes: no horizontal plane below the camera and fewer than two walls"
                    + " to give gravity", planes.size());
            return SupportChoice.none(CanonicalFrameEstimator.NO_PLANE_REASON);
        }
        GravityEstimate g = estimate.get();
        if (g.supports().isEmpty()) {
            String reason = String.format(Locale.ROOT, "%s; %s, camera height %.1f m assumed",
                    CanonicalFrameEstimator.NO_PLANE, g.evidence(),
                    CanonicalFrameEstimator.DEFAULT_CAMERA_HEIGHT_M);
            LOG.info("{}", reason);
            return new SupportChoice(SupportKind.NONE, null, -1, 0, reason, g.down(), g.uncertaintyDeg());
        }
        List<SupportPlane> candidates = g.supports();
        int largest = candidates.get(0).fit().inlierCount();
        double minimum = SUBSTANTIAL_FRACTION * largest;
        List<SupportPlane> substantial = candidates.stream().filter(c -> c.fit().inlierCount() >= minimum).toList();
        double lowest = substantial.stream().mapToDouble(SupportPlane::heightM).max().orElseThrow();
        SupportPlane chosen = null;
        for (SupportPlane c : substantial) {
            if (c.heightM() > lowest - SAME_LEVEL_M && (chosen == null || c.fit().inlierCount() > chosen.fit().inlierCount())) {
                chosen = c;
            }
        }
        SupportPlane pick = chosen;
        boolean somethingAbove = substantial.stream().anyMatch(c -> c.heightM() < pick.heightM() - SAME_LEVEL_M);
        PlaneFootprint footprint = PlaneFootprint.of(cloudCamera, pick.fit());
        boolean table = footprint.longM() < TABLE_MAX_EXTENT_M && !somethingAbove;
        SupportKind kind = table ? SupportKind.TABLE : SupportKind.FLOOR;
        String reason = reason(kind, pick, g, planes, candidates.size(), substantial.size(), footprint);
        LOG.debug("support: {}", reason);
        Plane plane = new Plane(g.down(), -pick.heightM());
        return new SupportChoice(kind, plane, pick.planeIndex(), pick.fit().inlierCount(), reason, g.down(),
                g.uncertaintyDeg());
    }

    private String reason(SupportKind kind, SupportPlane c, GravityEstimate g, List<PlaneFit> planes, int horizontal,
                          int substantial, PlaneFootprint footprint) {
        StringBuilder sb = new StringBuilder();
        String which = c.planeIndex() >= 0
                ? String.format(Locale.ROOT, "plane %d of %d", c.planeIndex() + 1, planes.size())
                : "a horizontal plane found along gravity";
        sb.append(kind == SupportKind.FLOOR ? "floor" : "table top")
                .append(String.format(Locale.ROOT, ": %s (%d inliers), %.2f m below the camera, gravity %.1f° from"
                                + " the camera's down axis, %.1f m x %.1f m", which, c.fit().inlierCount(), c.heightM(),
                        g.down().angleDegTo(Vec3.UNIT_Y), footprint.longM(), footprint.shortM()));
        if (kind == SupportKind.TABLE) {
            sb.append(String.format(Locale.ROOT, "; the only horizontal support in view and smaller than %.1f m, so a"
                    + " table top rather than the floor (heights are above it)", TABLE_MAX_EXTENT_M));
        } else if (substantial > 1) {
            sb.append(String.format(Locale.ROOT, "; the lowest of %d horizontal planes with substantial support",
                    substantial));
        } else {
            sb.append("; the only horizontal plane below the camera with substantial support");
        }
        if (horizontal > substantial) {
            sb.append(String.format(Locale.ROOT, "; %d smaller horizontal plane(s) ignored", horizontal - substantial));
        }
        sb.append("; ").append(g.evidence());
        int largest = 0;
        for (int i = 1; i < planes.size(); i++) {
            largest = planes.get(i).inlierCount() > planes.get(largest).inlierCount() ? i : largest;
        }
        if (!planes.isEmpty() && largest != c.planeIndex()) {
            Plane plane = PlaneRansac.orient(planes.get(largest).plane());
            double tilt = plane.normal().angleDegTo(g.down());
            String why;
            if (tilt > JointGravity.SCALE_DEG) {
                why = String.format(Locale.ROOT, "not horizontal below the camera (%.0f° from down)", tilt);
            } else if (-plane.offset() < MIN_CAMERA_HEIGHT_M) {
                why = "at the camera's own height";
            } else {
                why = String.format(Locale.ROOT, "higher, %.2f m below the camera", -plane.offset());
            }
            sb.append(String.format(Locale.ROOT, "; the largest plane (%d inliers) is %s",
                    planes.get(largest).inlierCount(), why));
        }
        return sb.toString();
    }
}
