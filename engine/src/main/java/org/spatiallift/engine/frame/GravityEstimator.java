package org.spatiallift.engine.frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;

/**
 * Gravity from every plane of a scene at once: floor, table and counter tops (parallel planes at different heights)
 * and walls (perpendicular to gravity), weighted by their support, so that the floor is found at any camera pitch and
 * with little floor in view.
 *
 * <p>Rule:
 * <ol>
 *   <li>Hypotheses g₀: each plane's normal (oriented away from the camera), the cross product of every two planes
 *       at least {@value #NON_PARALLEL_DEG}° apart (the line two walls, or a wall and the floor, share), and the
 *       camera's +y axis projected onto each plane (+y as upright as that wall allows). Kept when admissible for a
 *       camera that is not upside down: pitch in [{@value #MIN_PITCH_DEG}°, {@value #MAX_PITCH_DEG}°] and roll within
 *       ±{@value #MAX_ROLL_DEG}°. Beyond {@value #MAX_PITCH_DEG}° a wall straight ahead would read as a floor straight
 *       below (and roll is undefined), so a photo taken straight down is not recognised. Each hypothesis is first fitted to the
 *       segmenter's planes alone ({@link JointGravity}); results closer than {@value #SAME_HYPOTHESIS_DEG}° are one.
 *       Only the {@value #MAX_STARTS} best supported of these, and only those with at least {@value #PROMISING} of the
 *       best one's consistent support, go on to the next step (which reads the whole cloud).</li>
 *   <li>For each g₀: the segmenter's planes are horizontal (|n·g₀| ≥ cos 45°) or walls; horizontal planes below the
 *       camera that RANSAC did not reach are searched along g₀ among the points no plane explains
 *       ({@link HorizontalPlaneSearch}); gravity is fitted to all of them ({@link JointGravity}).</li>
 *   <li>A fit is a support fit when a horizontal plane that counts lies below the camera (normal along g, at least
 *       {@value FloorSelector#MIN_CAMERA_HEIGHT_M} m down). When g is more than {@code horizontalToleranceDeg} from +y,
 *       a lone plane is not enough (it could be a wall): at least two planes must agree.</li>
 *   <li>Choice: the support fit with the most consistent support (Σ inliers of the planes that count), unless a fit
 *       on another axis (at least 45° away) has at least {@value #NEAR_BEST} of it and is closer to the camera's +y
 *       (a room's floor and its walls are equally consistent with each other's normals as "down"; the camera's prior
 *       decides between such axes only). Without a support fit, gravity from walls alone when at least two walls
 *       that count are {@value #NON_PARALLEL_DEG}° apart (no camera height); otherwise none.</li>
 * </ol>
 */
final class GravityEstimator {

    static final double NON_PARALLEL_DEG = 30;
    static final double MIN_PITCH_DEG = -60;
    static final double MAX_PITCH_DEG = 80;
    static final double MAX_ROLL_DEG = 45;
    static final double SAME_HYPOTHESIS_DEG = 2;
    static final double NEAR_BEST = 0.75;
    static final double PROMISING = 0.5;
    static final int MAX_STARTS = 4;
    private static final double HORIZONTAL_COS = Math.cos(Math.toRadians(45));
    private static final int HEIGHT_SAMPLE = 2000;

    private final double horizontalToleranceDeg;
    private final double thresholdM;
    private final int minInliers;

    /**
     * @param horizontalToleranceDeg largest angle from the camera's +y at which one plane alone may be the support
     * @param thresholdM             inlier distance of a plane, metres
     * @param minInliers             fewest inliers of a plane found along gravity
     */
    GravityEstimator(double horizontalToleranceDeg, double thresholdM, int minInliers) {
        this.horizontalToleranceDeg = horizontalToleranceDeg;
        this.thresholdM = thresholdM;
        this.minInliers = minInliers;
    }

    /** Gravity from {@code planes} (fitted to {@code cloud}), or empty when the structure does not give it. */
    Optional<GravityEstimate> estimate(PointCloud cloud, List<PlaneFit> planes) {
        List<Plane> oriented = planes.stream().map(p -> PlaneRansac.orient(p.plane())).toList();
        double[] spreads = new double[planes.size()];
        for (int i = 0; i < planes.size(); i++) {
            spreads[i] = NormalSpread.of(cloud.xyz(), planes.get(i));
        }
        int minimum = Math.max(minInliers, (int) Math.ceil(PlaneSegmenter.DEFAULT_MIN_INLIER_FRACTION * cloud.size()));
        List<JointGravity> cheap = new ArrayList<>();
        for (Vec3 g0 : hypotheses(oriented)) {
            JointGravity g1 = JointGravity.fit(g0, evidence(g0, planes, oriented, spreads));
            if (admissible(g1.down()) && cheap.stream().noneMatch(k -> k.down().angleDegTo(g1.down()) < SAME_HYPOTHESIS_DEG)) {
                cheap.add(g1);
            }
        }
        cheap.sort((a, b) -> Double.compare(b.consistentWeight(), a.consistentWeight()));
        double strongest = cheap.isEmpty() ? 0 : cheap.get(0).consistentWeight();
        List<Vec3> starts = cheap.stream().filter(j -> j.consistentWeight() >= PROMISING * strongest).limit(MAX_STARTS)
                .map(JointGravity::down).toList();
        Fit bestWalls = null;
        List<Fit> supportFits = new ArrayList<>();
        for (Vec3 g1 : starts) {
            Fit fit = evaluate(g1, cloud, planes, oriented, spreads, minimum);
            if (!fit.supports.isEmpty() && (fit.joint.down().angleDegTo(Vec3.UNIT_Y) <= horizontalToleranceDeg
                    || fit.joint.horizontalPlanes() + fit.joint.walls() >= 2)) {
                supportFits.add(fit);
            } else if (fit.supports.isEmpty() && fit.nonParallelWalls
                    && (bestWalls == null || fit.joint.consistentWeight() > bestWalls.joint.consistentWeight())) {
                bestWalls = fit;
            }
        }
        Fit bestSupport = choose(supportFits);
        Fit chosen = bestSupport != null ? bestSupport : bestWalls;
        if (chosen == null) {
            return Optional.empty();
        }
        return Optional.of(new GravityEstimate(chosen.joint.down(), chosen.joint.uncertaintyDeg(), chosen.supports,
                chosen.joint.horizontalPlanes(), chosen.joint.walls()));
    }

    /** Admissible, distinct gravity hypotheses from the planes' normals (see the class comment). */
    static List<Vec3> hypotheses(List<Plane> oriented) {
        List<Vec3> raw = new ArrayList<>();
        for (Plane p : oriented) {
            raw.add(p.normal());
        }
        for (int i = 0; i < oriented.size(); i++) {
            for (int j = i + 1; j < oriented.size(); j++) {
                Vec3 a = oriented.get(i).normal(), b = oriented.get(j).normal();
                double angle = axisAngleDeg(a, b);
                if (angle >= NON_PARALLEL_DEG) {
                    Vec3 c = a.cross(b).normalized();
                    raw.add(c);
                    raw.add(c.times(-1));
                }
            }
        }
        for (Plane p : oriented) {
            Vec3 n = p.normal();
            Vec3 upright = Vec3.UNIT_Y.minus(n.times(n.y()));
            if (upright.norm() > 0.1) {
                raw.add(upright.normalized());
            }
        }
        List<Vec3> kept = new ArrayList<>();
        for (Vec3 g : raw) {
            if (admissible(g) && kept.stream().noneMatch(k -> k.angleDegTo(g) < SAME_HYPOTHESIS_DEG)) {
                kept.add(g);
            }
        }
        return kept;
    }

    /** Whether a camera with gravity {@code g} is plausibly upright (see the class comment). */
    static boolean admissible(Vec3 g) {
        CameraOrientation o = CameraOrientation.fromDown(g);
        return o.pitchDeg() >= MIN_PITCH_DEG && o.pitchDeg() <= MAX_PITCH_DEG && Math.abs(o.rollDeg()) <= MAX_ROLL_DEG;
    }

    /**
     * The fit with the most consistent support, unless another axis (at least 45° from it) is nearly as well
     * supported ({@value #NEAR_BEST} of it) and closer to the camera's +y: a room's floor and walls are equally
     * consistent with each other's normals as "down", and the camera's prior decides between such axes only.
     */
    private static Fit choose(List<Fit> fits) {
        Fit best = null;
        for (Fit f : fits) {
            if (best == null || f.joint.consistentWeight() > best.joint.consistentWeight()) {
                best = f;
            }
        }
        Fit chosen = best;
        for (Fit f : fits) {
            if (best != null && f.joint.consistentWeight() >= NEAR_BEST * best.joint.consistentWeight()
                    && axisAngleDeg(f.joint.down(), best.joint.down()) >= 45
                    && f.joint.down().angleDegTo(Vec3.UNIT_Y) < chosen.joint.down().angleDegTo(Vec3.UNIT_Y)) {
                chosen = f;
            }
        }
        return chosen;
    }

    private static double axisAngleDeg(Vec3 a, Vec3 b) {
        return Math.toDegrees(Math.acos(Math.min(1, Math.abs(a.dot(b)))));
    }

    /** The segmenter's planes as evidence under g₀: horizontal when |n·g₀| ≥ cos 45°, else walls. */
    private static List<PlaneEvidence> evidence(Vec3 g0, List<PlaneFit> planes, List<Plane> oriented, double[] spreads) {
        List<PlaneEvidence> evidence = new ArrayList<>();
        for (int i = 0; i < planes.size(); i++) {
            Vec3 n = oriented.get(i).normal();
            evidence.add(new PlaneEvidence(n, planes.get(i).inlierCount(), Math.abs(n.dot(g0)) >= HORIZONTAL_COS,
                    spreads[i]));
        }
        return evidence;
    }

    private Fit evaluate(Vec3 g0, PointCloud cloud, List<PlaneFit> planes, List<Plane> oriented, double[] spreads,
                         int minimum) {
        List<PlaneEvidence> evidence = evidence(g0, planes, oriented, spreads);
        boolean[] explained = new boolean[cloud.size()];
        for (int i = 0; i < planes.size(); i++) {
            PlaneEvidence e = evidence.get(i);
            if (JointGravity.residualDeg(e, g0) < JointGravity.SCALE_DEG) {
                for (int p : planes.get(i).inliers()) {
                    explained[p] = true;
                }
            }
        }
        List<PlaneFit> found = HorizontalPlaneSearch.find(cloud, explained, g0, thresholdM, minimum,
                JointGravity.SCALE_DEG);
        boolean horizontalFromRansac = false;
        for (int i = 0; i < planes.size(); i++) {
            PlaneEvidence e = evidence.get(i);
            horizontalFromRansac |= e.horizontal() && JointGravity.residualDeg(e, g0) < JointGravity.SCALE_DEG;
        }
        for (PlaneFit f : found) {
            // Planes found along g0 are supports; they weigh in on gravity only when RANSAC found no horizontal plane
            // (their fit starts from g0 and a small one takes in the edges of what stands on it).
            double weight = horizontalFromRansac ? 0 : f.inlierCount();
            evidence.add(new PlaneEvidence(f.plane().normal(), weight, true, NormalSpread.of(cloud.xyz(), f)));
        }
        JointGravity joint = JointGravity.fit(g0, evidence);
        Vec3 g = joint.down();
        List<SupportPlane> supports = new ArrayList<>();
        List<Vec3> walls = new ArrayList<>();
        for (int k = 0; k < evidence.size(); k++) {
            PlaneEvidence e = evidence.get(k);
            if (!joint.consistent()[k]) {
                continue;
            }
            if (!e.horizontal()) {
                walls.add(e.normal());
                continue;
            }
            PlaneFit fit = k < planes.size() ? planes.get(k) : found.get(k - planes.size());
            double height = medianHeight(cloud.xyz(), fit, g);
            if (e.normal().dot(g) > 0 && height >= FloorSelector.MIN_CAMERA_HEIGHT_M) {
                supports.add(new SupportPlane(new PlaneFit(oriented(fit), fit.inliers()), k < planes.size() ? k : -1,
                        height));
            }
        }
        supports.sort((a, b) -> Integer.compare(b.fit().inlierCount(), a.fit().inlierCount()));
        boolean nonParallel = false;
        for (int i = 0; i < walls.size() && !nonParallel; i++) {
            for (int j = i + 1; j < walls.size(); j++) {
                double angle = axisAngleDeg(walls.get(i), walls.get(j));
                nonParallel |= angle >= NON_PARALLEL_DEG;
            }
        }
        return new Fit(joint, supports, nonParallel);
    }

    private static Plane oriented(PlaneFit fit) {
        return PlaneRansac.orient(fit.plane());
    }

    /** The median of g·p over (at most {@value #HEIGHT_SAMPLE} of) the plane's inliers: its distance along g. */
    static double medianHeight(float[] xyz, PlaneFit fit, Vec3 g) {
        int[] inliers = fit.inliers();
        int stride = Math.max(1, (inliers.length + HEIGHT_SAMPLE - 1) / HEIGHT_SAMPLE);
        int n = (inliers.length + stride - 1) / stride;
        if (n == 0) {
            return Double.NaN;
        }
        double[] s = new double[n];
        for (int k = 0; k < n; k++) {
            int i = 3 * inliers[k * stride];
            s[k] = g.x() * xyz[i] + g.y() * xyz[i + 1] + g.z() * xyz[i + 2];
        }
        Arrays.sort(s);
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    private record Fit(JointGravity joint, List<SupportPlane> supports, boolean nonParallelWalls) {
    }
}
