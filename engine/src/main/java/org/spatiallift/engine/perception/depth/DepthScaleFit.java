package org.spatiallift.engine.perception.depth;

import org.spatiallift.engine.image.DepthImage;

/**
 * The scale step for relative depth models (MiDaS convention, Ranftl et al. 2020): relative models predict inverse
 * depth up to an unknown scale s and shift t, so 1/z ≈ s·r + t.
 * <ul>
 * <li>{@link #againstDepth}: least squares over every pixel with reference depth z_ref > 0 (e.g. a sparse or noisy
 * sensor): minimise Σ (s·r_i + t − 1/z_i)², closed form s = cov(r, 1/z) / var(r), t = mean(1/z) − s·mean(r).</li>
 * <li>{@link #againstKnownDistance}: one known distance d (metres) to a region (e.g. the floor under a known
 * camera height, or an object of known size turned into a distance): shift 0, s = (1/d) / mean(r over the region).</li>
 * </ul>
 * Never invents depth: without a reference there is no fit, and pixels where s·r + t ≤ 0 get no depth.
 */
public final class DepthScaleFit {

    private DepthScaleFit() {
    }

    /** Fits s and t against reference depth of the same size. */
    public static ScaleShift againstDepth(DepthPrediction relative, DepthImage reference) {
        requireRelative(relative);
        if (reference.width() != relative.width() || reference.height() != relative.height()) {
            throw new IllegalArgumentException("reference depth is " + reference.width() + "x" + reference.height()
                    + ", the prediction " + relative.width() + "x" + relative.height());
        }
        double sr = 0;
        double sy = 0;
        double srr = 0;
        double sry = 0;
        int n = 0;
        float[] r = relative.values();
        float[] z = reference.metres();
        for (int i = 0; i < r.length; i++) {
            if (z[i] > 0 && Float.isFinite(z[i])) {
                double y = 1.0 / z[i];
                sr += r[i];
                sy += y;
                srr += (double) r[i] * r[i];
                sry += r[i] * y;
                n++;
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("the reference depth has " + n + " valid pixels; at least 2 are needed");
        }
        double varR = srr / n - (sr / n) * (sr / n);
        if (!(varR > 1e-20)) {
            throw new IllegalArgumentException("relative depth is constant over the reference pixels; no scale can be fitted");
        }
        double s = (sry / n - (sr / n) * (sy / n)) / varR;
        double t = sy / n - s * sr / n;
        double ss = 0;
        for (int i = 0; i < r.length; i++) {
            if (z[i] > 0 && Float.isFinite(z[i])) {
                double e = s * r[i] + t - 1.0 / z[i];
                ss += e * e;
            }
        }
        return new ScaleShift(s, t, Math.sqrt(ss / n), n);
    }

    /** Scale only: the region {@code mask} (true = in) lies at {@code metres} from the camera. */
    public static ScaleShift againstKnownDistance(DepthPrediction relative, boolean[] mask, double metres) {
        requireRelative(relative);
        if (!(metres > 0)) {
            throw new IllegalArgumentException("the known distance must be positive metres, got " + metres);
        }
        double sum = 0;
        int n = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                sum += relative.values()[i];
                n++;
            }
        }
        if (n == 0 || !(sum > 0)) {
            throw new IllegalArgumentException("the region has no pixels with positive relative inverse depth");
        }
        return new ScaleShift(1.0 / metres / (sum / n), 0, 0, n);
    }

    /** Metric depth from relative depth and a fitted scale and shift. */
    public static DepthImage apply(DepthPrediction relative, ScaleShift fit) {
        requireRelative(relative);
        float[] out = new float[relative.values().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = fit.metres(relative.values()[i]);
        }
        return new DepthImage(relative.width(), relative.height(), out);
    }

    private static void requireRelative(DepthPrediction p) {
        if (p.kind() != DepthKind.RELATIVE_INVERSE) {
            throw new IllegalArgumentException("the prediction is already metric");
        }
    }
}
