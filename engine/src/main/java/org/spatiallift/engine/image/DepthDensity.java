package org.spatiallift.engine.image;

import java.util.Locale;

/**
 * How densely a depth image covers its pixels, and the one rule that calls depth sparse. Sparse depth (a LiDAR scan
 * projected into the image, as KITTI's) has depth on a small share of the pixels, scattered: most pixels with depth
 * lack a neighbour with depth. Dense depth (a Kinect, a stereo or a model's depth) has depth almost everywhere, and
 * where it has none (a window, a shiny or very dark surface, a shadow) the hole is a contiguous region.
 *
 * <p>Depth is sparse when at most {@value #MAX_SPARSE_SHARE} of the pixels have depth and more than
 * {@value #MIN_SCATTERED_SHARE} of those lack depth at one of their four neighbours (left, right, above, below).
 * Objects in sparse depth keep every point their mask has whatever the density, down to
 * {@value #SPARSE_MIN_POINTS} points ({@link #minimumPoints}); a box without depth at its centre is then a matter of
 * the scan's pattern, not of the surface.
 *
 * @param validShare     share of pixels with depth (&gt; 0)
 * @param scatteredShare share of the pixels with depth that lack depth at one of their 4 neighbours
 */
public record DepthDensity(double validShare, double scatteredShare) {

    /** At most this share of pixels with depth ... */
    public static final double MAX_SPARSE_SHARE = 0.35;
    /** ... most of them without a neighbour with depth: sparse. */
    public static final double MIN_SCATTERED_SHARE = 0.5;
    /** Fewest points an object from sparse depth needs (a box needs a few points in each direction). */
    public static final int SPARSE_MIN_POINTS = 10;

    public DepthDensity {
        if (!(validShare >= 0 && validShare <= 1) || !(scatteredShare >= 0 && scatteredShare <= 1)) {
            throw new IllegalArgumentException("shares must be in [0, 1], got " + validShare + " and " + scatteredShare);
        }
    }

    /** The density of {@code depth} (every pixel &gt; 0 counts as depth). */
    public static DepthDensity of(DepthImage depth) {
        int w = depth.width(), h = depth.height();
        float[] z = depth.metres();
        long valid = 0, scattered = 0;
        for (int v = 0; v < h; v++) {
            int row = v * w;
            for (int u = 0; u < w; u++) {
                if (!(z[row + u] > 0)) {
                    continue;
                }
                valid++;
                boolean left = u > 0 && z[row + u - 1] > 0;
                boolean right = u < w - 1 && z[row + u + 1] > 0;
                boolean up = v > 0 && z[row - w + u] > 0;
                boolean down = v < h - 1 && z[row + w + u] > 0;
                if (!(left && right && up && down)) {
                    scattered++;
                }
            }
        }
        double share = (double) valid / ((long) w * h);
        return new DepthDensity(share, valid == 0 ? 0 : (double) scattered / valid);
    }

    /** Whether the depth is sparse (see the class comment). */
    public boolean sparse() {
        return validShare > 0 && validShare <= MAX_SPARSE_SHARE && scatteredShare > MIN_SCATTERED_SHARE;
    }

    /** The fewest points (pixels with depth) an object needs: {@code dense} for dense depth, else at most 10. */
    public int minimumPoints(int dense) {
        return sparse() ? Math.min(dense, SPARSE_MIN_POINTS) : dense;
    }

    /** "sparse depth (5.2 % of pixels have depth, 93 % of them scattered)". */
    public String describe() {
        return String.format(Locale.ROOT, "%s depth (%.1f %% of pixels have depth, %.0f %% of them scattered)",
                sparse() ? "sparse" : "dense", 100 * validShare, 100 * scatteredShare);
    }
}
