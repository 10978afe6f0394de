package org.spatiallift.engine.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;

/**
 * Chooses the plane a scene stands on from the planes found in a camera-frame cloud. The floor is the lowest
 * roughly horizontal plane below the camera with substantial support, not simply the largest plane (which is often
 * a wall).
 *
 * <p>Prior: the camera is roughly upright (pitch within about [−45°, 60°], roll within ±30°), so gravity is near the
 * camera's +y axis. Rule, in order:
 * <ol>
 *   <li>Orient every plane's normal away from the camera (offset ≤ 0): the camera is on the negative side and its
 *       height above the plane is h = −offset. The tilt of a plane is the angle between that normal and +y.</li>
 *   <li>Candidates: planes with tilt ≤ {@code horizontalToleranceDeg} (roughly horizontal and below the camera;
 *       a ceiling's normal points up, away from +y) and h ≥ {@value #MIN_CAMERA_HEIGHT_M} m.
 *       None: {@link SupportKind#NONE}.</li>
 *   <li>Substantial: candidates with at least {@value #SUBSTANTIAL_FRACTION} of the inliers of the largest
 *       candidate (a floor partly hidden by furniture is still much more than a sliver).</li>
 *   <li>Choice: the lowest substantial candidate (largest h), since table tops, seats and shelves lie above the floor.
 *       Candidates less than {@value #SAME_LEVEL_M} m apart in height count as one level (a noisy floor found
 *       twice); within the lowest level the one with most inliers wins.</li>
 *   <li>Floor or table top: the choice is a {@link SupportKind#TABLE} when its footprint ({@link PlaneFootprint},
 *       2nd–98th percentile span) is shorter than {@value #TABLE_MAX_EXTENT_M} m along its longest axis and no
 *       other substantial candidate lies a level above it: a small horizontal surface with nothing standing higher
 *       is a table top seen from above with no floor in view (a desk or table rarely shows more than 1.6 m; the
 *       visible floor of a room almost always does: 2.1 m even in the low-camera Redwood frames). Otherwise it is the
 *       {@link SupportKind#FLOOR}. Floor and table top give the same frame; only the label (and what "height" means)
 *       differs.</li>
 * </ol>
 * Deterministic: ties keep the earlier plane in the list (the larger one, for a segmenter's output).
 */
public final class FloorSelector {

    public static final double MIN_CAMERA_HEIGHT_M = 0.1;
    public static final double SUBSTANTIAL_FRACTION = 0.25;
    public static final double SAME_LEVEL_M = 0.10;
    public static final double TABLE_MAX_EXTENT_M = 1.6;
    private static final Logger LOG = LoggerFactory.getLogger(FloorSelector.class);

    private final double horizontalToleranceDeg;

    /** @param horizontalToleranceDeg largest angle between a support plane's normal and the camera's +y axis */
    public FloorSelector(double horizontalToleranceDeg) {
        if (!(horizontalToleranceDeg > 0 && horizontalToleranceDeg < 90)) {
            throw new IllegalArgumentException("horizontal tolerance must be in (0, 90) degrees, got " + horizontalToleranceDeg);
        }
        this.horizontalToleranceDeg = horizontalToleranceDeg;
    }

    /** The support among {@code planes} (fitted to {@code cloudCamera}); see the class comment for the rule. */
    public SupportChoice select(PointCloud cloudCamera, List<PlaneFit> planes) {
        List<Candidate> candidates = new ArrayList<>();
        int largestHorizontal = 0;
        for (int i = 0; i < planes.size(); i++) {
            Plane plane = PlaneRansac.orient(planes.get(i).plane());
            double tilt = plane.normal().angleDegTo(Vec3.UNIT_Y);
            double height = -plane.offset();
            if (tilt <= horizontalToleranceDeg && height >= MIN_CAMERA_HEIGHT_M) {
                candidates.add(new Candidate(i, planes.get(i), plane, tilt, height));
                largestHorizontal = Math.max(largestHorizontal, planes.get(i).inlierCount());
            }
        }
        if (candidates.isEmpty()) {
            LOG.info("no support plane among {} planes: none within {}° of the camera's down axis and {} m below it",
                    planes.size(), horizontalToleranceDeg, MIN_CAMERA_HEIGHT_M);
            return new SupportChoice(SupportKind.NONE, null, -1, 0, CanonicalFrameEstimator.NO_PLANE_REASON);
        }
        double minimum = SUBSTANTIAL_FRACTION * largestHorizontal;
        List<Candidate> substantial = candidates.stream().filter(c -> c.fit.inlierCount() >= minimum).toList();
        double lowest = substantial.stream().mapToDouble(Candidate::height).max().orElseThrow();
        Candidate chosen = null;
        for (Candidate c : substantial) {
            if (c.height > lowest - SAME_LEVEL_M && (chosen == null || c.fit.inlierCount() > chosen.fit.inlierCount())) {
                chosen = c;
            }
        }
        Candidate pick = chosen;
        boolean somethingAbove = substantial.stream().anyMatch(c -> c.height < pick.height - SAME_LEVEL_M);
        PlaneFootprint footprint = PlaneFootprint.of(cloudCamera, pick.fit);
        boolean table = footprint.longM() < TABLE_MAX_EXTENT_M && !somethingAbove;
        SupportKind kind = table ? SupportKind.TABLE : SupportKind.FLOOR;
        String reason = reason(kind, pick, planes, candidates.size(), substantial.size(), footprint, somethingAbove);
        LOG.debug("support: {}", reason);
        return new SupportChoice(kind, pick.plane, pick.index, pick.fit.inlierCount(), reason);
    }

    private String reason(SupportKind kind, Candidate c, List<PlaneFit> planes, int horizontal, int substantial,
                          PlaneFootprint footprint, boolean somethingAbove) {
        StringBuilder sb = new StringBuilder();
        sb.append(kind == SupportKind.FLOOR ? "floor" : "table top")
                .append(String.format(Locale.ROOT, ": plane %d of %d (%d inliers), %.2f m below the camera, normal %.1f° from"
                                + " the camera's down axis, %.1f m x %.1f m", c.index + 1, planes.size(), c.fit.inlierCount(),
                        c.height, c.tilt, footprint.longM(), footprint.shortM()));
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
        int largest = 0;
        for (int i = 1; i < planes.size(); i++) {
            largest = planes.get(i).inlierCount() > planes.get(largest).inlierCount() ? i : largest;
        }
        if (largest != c.index) {
            Plane plane = PlaneRansac.orient(planes.get(largest).plane());
            double tilt = plane.normal().angleDegTo(Vec3.UNIT_Y);
            String why;
            if (tilt > horizontalToleranceDeg) {
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

    private record Candidate(int index, PlaneFit fit, Plane plane, double tilt, double height) {
    }
}
