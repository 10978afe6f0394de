package org.spatiallift.engine.frame;

import java.util.List;

import org.spatiallift.engine.geom.Vec3;

/**
 * Gravity fitted to several planes at once: horizontal planes (floor, table and counter tops, ceiling) have normals
 * parallel to it, walls perpendicular. With unit normals n_i, weights w_i ({@link #precisionWeight}: support over
 * the plane's own normal spread) and robust weights t_i, the unit g
 * minimising Σ_horizontal t·w·(1 − (n·g)²) + Σ_walls t·w·(n·g)² maximises gᵀ·M·g with
 * M = Σ_horizontal t·w·n·nᵀ − Σ_walls t·w·n·nᵀ: g is M's eigenvector of the largest eigenvalue (signed like the
 * start). The t_i are Tukey's biweight (1 − (r/c)²)² of each plane's residual angle r (horizontal: the angle
 * between n and ±g; wall: its departure from 90°) with c = {@value #SCALE_DEG}°, recomputed for
 * {@value #ROUNDS} rounds (iteratively reweighted least squares): a plane more than c from horizontal or vertical
 * (a sloped ceiling, a tilted cabinet door, a badly bent far wall) stops counting.
 *
 * <p>Uncertainty: √(Σ t·w·(r² + s²) / Σ t·w) over the planes that count, with s each plane's own normal spread
 * ({@link NormalSpread}): the weighted RMS disagreement of the evidence with the fitted gravity, in degrees.
 *
 * @param down              unit gravity in the camera frame
 * @param uncertaintyDeg    see above
 * @param consistentWeight  Σ w of the planes within c of horizontal or vertical
 * @param horizontalPlanes  how many horizontal planes count (t > 0)
 * @param walls             how many walls count (t > 0)
 * @param consistent        per evidence entry: whether it counts
 */
record JointGravity(Vec3 down, double uncertaintyDeg, double consistentWeight, int horizontalPlanes, int walls,
                    boolean[] consistent) {

    static final double SCALE_DEG = 5.0;
    static final int ROUNDS = 8;
    static final double REFERENCE_SPREAD_DEG = 1.0;

    /** The gravity nearest {@code start} that fits {@code evidence} best (see the class comment). */
    static JointGravity fit(Vec3 start, List<PlaneEvidence> evidence) {
        Vec3 g = start.normalized();
        for (int round = 0; round < ROUNDS; round++) {
            double[] m = new double[6];
            boolean any = false;
            for (PlaneEvidence e : evidence) {
                double t = tukey(residualDeg(e, g));
                if (t <= 0) {
                    continue;
                }
                any = true;
                double s = (e.horizontal() ? 1 : -1) * t * precisionWeight(e);
                Vec3 n = e.normal();
                m[0] += s * n.x() * n.x();
                m[1] += s * n.x() * n.y();
                m[2] += s * n.x() * n.z();
                m[3] += s * n.y() * n.y();
                m[4] += s * n.y() * n.z();
                m[5] += s * n.z() * n.z();
            }
            if (!any) {
                break;
            }
            Vec3 next = SymmetricEigen3.of(m[0], m[1], m[2], m[3], m[4], m[5]).vectors()[2];
            if (next.dot(g) < 0) {
                next = next.times(-1);
            }
            boolean settled = next.angleDegTo(g) < 1e-4;
            g = next;
            if (settled) {
                break;
            }
        }
        double sum = 0, weighted = 0, consistentWeight = 0;
        int horizontal = 0, walls = 0;
        boolean[] consistent = new boolean[evidence.size()];
        for (int k = 0; k < evidence.size(); k++) {
            PlaneEvidence e = evidence.get(k);
            double r = residualDeg(e, g);
            double t = tukey(r);
            if (t > 0) {
                consistent[k] = true;
                consistentWeight += e.weight();
                sum += t * e.weight();
                weighted += t * e.weight() * (r * r + e.ownSpreadDeg() * e.ownSpreadDeg());
                if (e.horizontal()) {
                    horizontal++;
                } else {
                    walls++;
                }
            }
        }
        double uncertainty = sum > 0 ? Math.sqrt(weighted / sum) : Double.NaN;
        return new JointGravity(g, uncertainty, consistentWeight, horizontal, walls, consistent);
    }

    /**
     * A plane's weight in the fit: its support divided by 1 + (s / {@value #REFERENCE_SPREAD_DEG}°)², s its own normal
     * spread (inverse-variance weighting: a bent or noisy plane, such as a far wall in real depth, says less about
     * gravity than a flat one of the same size).
     */
    static double precisionWeight(PlaneEvidence e) {
        double r = e.ownSpreadDeg() / REFERENCE_SPREAD_DEG;
        return e.weight() / (1 + r * r);
    }

    /** A plane's departure from what it claims to be (horizontal or vertical) under gravity g, degrees. */
    static double residualDeg(PlaneEvidence e, Vec3 g) {
        double c = Math.min(1, Math.abs(e.normal().dot(g)));
        return e.horizontal() ? Math.toDegrees(Math.acos(c)) : Math.toDegrees(Math.asin(c));
    }

    private static double tukey(double residualDeg) {
        double u = residualDeg / SCALE_DEG;
        return u >= 1 ? 0 : (1 - u * u) * (1 - u * u);
    }
}
