package org.spatiallift.engine.frame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Plane;
import org.spatiallift.engine.geom.Vec3;

/**
 * Horizontal planes below the camera for a known gravity direction g, which sequential RANSAC may not reach when
 * walls and cabinet fronts are larger (a strip of kitchen floor, a counter top, the floor beside a bed).
 *
 * <p>Every horizontal surface is a peak of the heights s = g·p of its points (distance below the camera along
 * gravity). Rule:
 * <ol>
 *   <li>Histogram of s over the points not excluded (points of planes already explained) with s ≥
 *       {@value FloorSelector#MIN_CAMERA_HEIGHT_M} m, in bins of the RANSAC threshold; the count of a bin and its two
 *       neighbours is the support of a plane at that height within ± the threshold.</li>
 *   <li>Peaks: local maxima with at least {@code minInliers} points, strongest first, at least
 *       {@value FloorSelector#SAME_LEVEL_M} m apart; at most {@value #MAX_PEAKS}.</li>
 *   <li>Each peak's plane (normal g) is refined by Tukey-weighted least squares ({@link PlaneLeastSquares#refineTukey})
 *       on (at most {@value #REFINE_POINTS} of) the points within {@value #BAND_M} m of its height, and kept when its normal stays within {@code toleranceDeg} of g, it keeps at least {@code minInliers} inliers
 *       within the threshold, and its footprint is at least {@value #MIN_WIDTH_M} m wide (the band a horizontal cut
 *       leaves on a wall is a strip, not a surface).</li>
 * </ol>
 * Deterministic; linear in the cloud's size per peak.
 */
final class HorizontalPlaneSearch {

    static final int MAX_PEAKS = 5;
    static final double MIN_WIDTH_M = 0.2;
    private static final double MAX_RANGE_M = 50;
    /** Points this close in height to a peak take part in its refinement (a 5° tilt over 2 m). */
    private static final double BAND_M = 0.2;
    private static final int ROUNDS = 20;
    /** Refinement uses at most this many of the band's points, evenly strided (as RANSAC's score sample). */
    private static final int REFINE_POINTS = 3000;

    private HorizontalPlaneSearch() {
    }

    /**
     * The horizontal planes below the camera among the points of {@code cloud} not marked in {@code excluded}, for
     * gravity {@code down} (unit, camera frame), largest first.
     */
    static List<PlaneFit> find(PointCloud cloud, boolean[] excluded, Vec3 down, double thresholdM, int minInliers,
                               double toleranceDeg) {
        float[] xyz = cloud.xyz();
        int n = cloud.size();
        int[] candidates = new int[n];
        double[] heights = new double[n];
        int count = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double s = down.x() * xyz[3 * i] + down.y() * xyz[3 * i + 1] + down.z() * xyz[3 * i + 2];
            if (!excluded[i] && s >= FloorSelector.MIN_CAMERA_HEIGHT_M && s <= MAX_RANGE_M) {
                candidates[count] = i;
                heights[count++] = s;
                top = Math.max(top, s);
            }
        }
        if (count < minInliers) {
            return List.of();
        }
        double base = FloorSelector.MIN_CAMERA_HEIGHT_M;
        int bins = (int) Math.ceil((top - base) / thresholdM) + 1;
        int[] histogram = new int[bins + 2];
        for (int k = 0; k < count; k++) {
            histogram[1 + (int) ((heights[k] - base) / thresholdM)]++;
        }
        int[] window = new int[bins + 2];
        for (int b = 1; b <= bins; b++) {
            window[b] = histogram[b - 1] + histogram[b] + histogram[b + 1];
        }
        List<Integer> peaks = new ArrayList<>();
        for (int b = 1; b <= bins; b++) {
            if (window[b] >= minInliers && window[b] >= window[b - 1] && window[b] > window[b + 1]) {
                peaks.add(b);
            }
        }
        peaks.sort((a, b) -> Integer.compare(window[b], window[a]));
        List<Double> accepted = new ArrayList<>();
        List<PlaneFit> found = new ArrayList<>();
        int[] band = new int[count];
        int[] sample = new int[Math.min(count, REFINE_POINTS + 1)];
        for (int b : peaks) {
            double s = base + (b - 0.5) * thresholdM;
            if (accepted.size() == MAX_PEAKS || accepted.stream().anyMatch(a -> Math.abs(a - s) < FloorSelector.SAME_LEVEL_M)) {
                continue;
            }
            accepted.add(s);
            int inBand = 0;
            for (int k = 0; k < count; k++) {
                if (Math.abs(heights[k] - s) < BAND_M) {
                    band[inBand++] = candidates[k];
                }
            }
            int stride = Math.max(1, (inBand + REFINE_POINTS - 1) / REFINE_POINTS);
            int sampled = 0;
            for (int k = 0; k < inBand; k += stride) {
                sample[sampled++] = band[k];
            }
            Plane refined = PlaneRansac.orient(PlaneLeastSquares.refineTukey(xyz, sample, sampled, new Plane(down, -s),
                    PlaneRansac.ROBUST_SCALE * thresholdM, ROUNDS));
            if (refined.normal().angleDegTo(down) > toleranceDeg) {
                continue;
            }
            Vec3 m = refined.normal();
            int inliers = 0;
            for (int k = 0; k < inBand; k++) {
                int i = band[k];
                double d = m.x() * xyz[3 * i] + m.y() * xyz[3 * i + 1] + m.z() * xyz[3 * i + 2] + refined.offset();
                if (Math.abs(d) <= thresholdM) {
                    band[inliers++] = i;
                }
            }
            if (inliers < minInliers) {
                continue;
            }
            int[] kept = Arrays.copyOf(band, inliers);
            Arrays.sort(kept);
            PlaneFit fit = new PlaneFit(refined, kept);
            if (PlaneFootprint.of(cloud, fit).shortM() >= MIN_WIDTH_M) {
                found.add(fit);
            }
        }
        found.sort((a, b) -> Integer.compare(b.inlierCount(), a.inlierCount()));
        return found;
    }
}
