package org.spatiallift.engine.frame;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;

/**
 * Plane detection by RANSAC (Fischler &amp; Bolles 1981, "Random sample consensus") with local optimisation
 * (LO-RANSAC, Chum, Matas &amp; Kittler 2003), deterministic for a seed.
 *
 * <ol>
 *   <li>Score set: a fixed random subsample of {@code scoreSample} candidates (all of them when fewer).</li>
 *   <li>Hypotheses: the plane through 3 random score-set points, n = (b − a) × (c − a) / |…|, d = −n·a; its score
 *       is the number of score-set points with |n·p + d| ≤ threshold, abandoned early when a partial count is
 *       clearly below the best (bail-out test, Capel 2005).</li>
 *   <li>Local optimisation: each hypothesis that beats the best score so far is refitted on the score set by total
 *       least squares over its inliers ({@link PlaneLeastSquares#fit}), then by Tukey-weighted least squares with
 *       c = {@value #ROBUST_SCALE}·threshold ({@link PlaneLeastSquares#refineTukey}); the last
 *       {@value #KEPT_CANDIDATES} optimised planes are kept.</li>
 *   <li>Adaptive stop: with w the best inlier ratio so far (raw or optimised), stop after k iterations once
 *       (1 − w³)^k &lt; 1 − confidence, i.e. k ≥ log(1 − confidence) / log(1 − w³); never more than maxIterations.</li>
 *   <li>Selection and final fit: of the kept planes, the one with most inliers among all candidates wins; it is
 *       refined once more by Tukey-weighted least squares on all candidates (kept only if that does not lose
 *       inliers), and its inliers are those within the threshold.</li>
 * </ol>
 * Real depth is warped by a few centimetres (Kinect), so a floor has several near-optimal planes within a 2 cm band;
 * the local optimisation makes the answer the best of them instead of whichever 3 points were drawn.
 *
 * <p>The normal is oriented so that the origin (the camera, for a camera-frame cloud) is on its negative side:
 * offset ≤ 0, and −offset is the origin's distance from the plane. Random numbers come from
 * {@link SplittableRandom} seeded with {@code seed}: the same input and seed give the same plane and inliers.
 */
public final class PlaneRansac {

    public static final double DEFAULT_CONFIDENCE = 0.999;
    public static final int DEFAULT_SCORE_SAMPLE = 3000;
    static final double ROBUST_SCALE = 2.0;
    static final int KEPT_CANDIDATES = 4;
    private static final int ROBUST_ROUNDS = 20;
    private static final int BLOCK = 200;
    private static final double BAIL_OUT_Z = 3.0;
    private static final Logger LOG = LoggerFactory.getLogger(PlaneRansac.class);

    private final double thresholdM;
    private final int maxIterations;
    private final long seed;
    private final double confidence;
    private final int scoreSample;

    /** RANSAC with {@link #DEFAULT_CONFIDENCE} and a score set of {@link #DEFAULT_SCORE_SAMPLE} points. */
    public PlaneRansac(double thresholdM, int maxIterations, long seed) {
        this(thresholdM, maxIterations, seed, DEFAULT_CONFIDENCE, DEFAULT_SCORE_SAMPLE);
    }

    /**
     * @param thresholdM    inlier distance from the plane, metres
     * @param maxIterations upper bound of hypotheses
     * @param seed          random seed
     * @param confidence    probability in (0, 1) of having drawn one all-inlier sample when stopping early
     * @param scoreSample   size of the random subsample hypotheses are scored on
     */
    public PlaneRansac(double thresholdM, int maxIterations, long seed, double confidence, int scoreSample) {
        if (!(thresholdM > 0) || maxIterations < 1 || !(confidence > 0 && confidence < 1) || scoreSample < 3) {
            throw new IllegalArgumentException("RANSAC needs threshold > 0 m, at least 1 iteration, confidence in (0, 1)"
                    + " and a score sample of at least 3; got " + thresholdM + ", " + maxIterations + ", "
                    + confidence + ", " + scoreSample);
        }
        this.thresholdM = thresholdM;
        this.maxIterations = maxIterations;
        this.seed = seed;
        this.confidence = confidence;
        this.scoreSample = scoreSample;
    }

    /** The dominant plane of the whole cloud, or empty when it has no three non-collinear points. */
    public Optional<PlaneFit> fit(PointCloud cloud) {
        int[] all = new int[cloud.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return fit(cloud.xyz(), all, all.length);
    }

    /**
     * The dominant plane among the points {@code candidates[0..count)} of a flat xyz array; the fit's inliers are
     * indices into that array (ascending), drawn from the candidates only.
     */
    public Optional<PlaneFit> fit(float[] xyz, int[] candidates, int count) {
        if (count < 3) {
            return Optional.empty();
        }
        SplittableRandom random = new SplittableRandom(seed);
        int m = Math.min(count, scoreSample);
        float[] sx = new float[m], sy = new float[m], sz = new float[m];
        float[] sample = new float[3 * m];
        int[] pick = Arrays.copyOf(candidates, count);
        for (int t = 0; t < m; t++) {
            int r = t + random.nextInt(count - t);
            int swap = pick[t];
            pick[t] = pick[r];
            pick[r] = swap;
            int i = 3 * pick[t];
            sx[t] = sample[3 * t] = xyz[i];
            sy[t] = sample[3 * t + 1] = xyz[i + 1];
            sz[t] = sample[3 * t + 2] = xyz[i + 2];
        }
        int[] sampleIndex = new int[m];
        for (int t = 0; t < m; t++) {
            sampleIndex[t] = t;
        }
        int[] scratch = new int[Math.max(m, count)];

        Deque<Plane> kept = new ArrayDeque<>();
        int bestScore = 0;
        int bestRatioScore = 0;
        long needed = maxIterations;
        int iteration = 0;
        float t = (float) thresholdM;
        while (iteration < needed) {
            iteration++;
            int a = random.nextInt(m), b = random.nextInt(m), c = random.nextInt(m);
            if (a == b || a == c || b == c) {
                continue;
            }
            double ux = sx[b] - sx[a], uy = sy[b] - sy[a], uz = sz[b] - sz[a];
            double vx = sx[c] - sx[a], vy = sy[c] - sy[a], vz = sz[c] - sz[a];
            double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
            double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
            if (!(len > 1e-12)) {
                continue;
            }
            float fx = (float) (nx / len), fy = (float) (ny / len), fz = (float) (nz / len);
            float fd = -(fx * sx[a] + fy * sy[a] + fz * sz[a]);
            int score = score(sx, sy, sz, m, fx, fy, fz, fd, t, bestScore);
            if (score > bestScore) {
                bestScore = score;
                Plane hypothesis = new Plane(new Vec3(nx / len, ny / len, nz / len), fd);
                Plane optimised = optimise(sample, sampleIndex, m, hypothesis, scratch);
                int optimisedScore = inliersOf(sample, sampleIndex, m, optimised, scratch);
                kept.addLast(optimised);
                if (kept.size() > KEPT_CANDIDATES) {
                    kept.removeFirst();
                }
                bestRatioScore = Math.max(bestRatioScore, Math.max(score, optimisedScore));
                needed = Math.min(maxIterations, requiredIterations((double) bestRatioScore / m));
            }
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        PlaneFit fit = select(xyz, candidates, count, kept, scratch);
        LOG.debug("RANSAC: {} iterations, best score {}/{} on the score set, {} inliers of {} after refit",
                iteration, bestScore, m, fit.inlierCount(), count);
        return Optional.of(fit);
    }

    /**
     * Points within t of the plane, or −1 once the partial count falls clearly below the best ratio so far
     * (bail-out test, Capel 2005): after each block of {@value #BLOCK} points, with n points seen and k inliers,
     * stop when k &lt; n·w − {@value #BAIL_OUT_Z}·√(n·w·(1 − w)), w = best / m. The score set is in random order,
     * so a partial count is an unbiased estimate. The inner loop is branch-free (an inlier rate of ~25% would
     * otherwise mispredict often).
     */
    private static int score(float[] sx, float[] sy, float[] sz, int m, float nx, float ny, float nz, float d, float t,
                             int best) {
        double w = (double) best / m;
        int score = 0;
        int p = 0;
        while (true) {
            int stop = Math.min(m, p + BLOCK);
            for (; p < stop; p++) {
                float dist = Math.abs(nx * sx[p] + ny * sy[p] + nz * sz[p] + d);
                score += 1 + (Float.floatToRawIntBits(t - dist) >> 31);
            }
            if (p == m) {
                return score;
            }
            double expected = p * w;
            if (score < expected - BAIL_OUT_Z * Math.sqrt(expected * (1 - w))) {
                return -1;
            }
        }
    }

    /** Least squares on the hypothesis' inliers, then Tukey-weighted least squares; the hypothesis if degenerate. */
    private Plane optimise(float[] xyz, int[] indices, int count, Plane hypothesis, int[] scratch) {
        int n = inliersOf(xyz, indices, count, hypothesis, scratch);
        Plane plane = PlaneLeastSquares.fit(xyz, scratch, n);
        if (plane == null) {
            plane = hypothesis;
        }
        return PlaneLeastSquares.refineTukey(xyz, indices, count, plane, ROBUST_SCALE * thresholdM, ROBUST_ROUNDS);
    }

    private PlaneFit select(float[] xyz, int[] candidates, int count, Deque<Plane> kept, int[] scratch) {
        Plane best = null;
        int bestCount = -1;
        for (Plane plane : kept) {
            int n = inliersOf(xyz, candidates, count, plane, scratch);
            if (n > bestCount) {
                bestCount = n;
                best = plane;
            }
        }
        Plane refined = PlaneLeastSquares.refineTukey(xyz, candidates, count, best, ROBUST_SCALE * thresholdM,
                ROBUST_ROUNDS);
        if (inliersOf(xyz, candidates, count, refined, scratch) >= bestCount) {
            best = refined;
        }
        int n = inliersOf(xyz, candidates, count, best, scratch);
        int[] inliers = Arrays.copyOf(scratch, n);
        Arrays.sort(inliers);
        return new PlaneFit(orient(best), inliers);
    }

    /** k with (1 − w³)^k ≤ 1 − confidence. */
    private long requiredIterations(double w) {
        double w3 = w * w * w;
        if (w3 >= 1) {
            return 1;
        }
        double k = Math.log(1 - confidence) / Math.log1p(-w3);
        return Double.isFinite(k) ? (long) Math.ceil(k) : Long.MAX_VALUE;
    }

    private int inliersOf(float[] xyz, int[] indices, int count, Plane plane, int[] out) {
        double nx = plane.normal().x(), ny = plane.normal().y(), nz = plane.normal().z(), d = plane.offset();
        int n = 0;
        for (int k = 0; k < count; k++) {
            int i = indices[k];
            double dist = nx * xyz[3 * i] + ny * xyz[3 * i + 1] + nz * xyz[3 * i + 2] + d;
            out[n] = i;
            n += Math.abs(dist) <= thresholdM ? 1 : 0;
        }
        return n;
    }

    /** The plane with its normal pointing away from the origin (offset ≤ 0). */
    static Plane orient(Plane plane) {
        return plane.offset() > 0 ? plane.flipped() : plane;
    }
}
