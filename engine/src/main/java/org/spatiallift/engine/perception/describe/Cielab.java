package org.spatiallift.engine.perception.describe;

/**
 * sRGB to CIELAB (D65 white) and the CIE76 colour difference.
 *
 * <p>Per channel, c = value / 255 is linearised by the sRGB transfer function (IEC 61966-2-1):
 * c ≤ 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055)^2.4; then
 * <pre>
 *   X = 0.4124·R + 0.3576·G + 0.1805·B,   Y = 0.2126·R + 0.7152·G + 0.0722·B,   Z = 0.0193·R + 0.1192·G + 0.9505·B
 *   L* = 116·f(Y/Yn) − 16,   a* = 500·(f(X/Xn) − f(Y/Yn)),   b* = 200·(f(Y/Yn) − f(Z/Zn))
 *   f(t) = t^(1/3) for t &gt; (6/29)^3, else t / (3·(6/29)^2) + 4/29
 * </pre>
 * with the D65 white (Xn, Yn, Zn) = (0.95047, 1, 1.08883). The CIE76 difference ΔE*ab is the Euclidean distance in
 * (L*, a*, b*); about 2.3 is a just-noticeable difference.
 */
public final class Cielab {

    private static final double XN = 0.95047, YN = 1.0, ZN = 1.08883;
    private static final double DELTA = 6.0 / 29;
    private static final double[] LINEAR = new double[256];

    static {
        for (int v = 0; v < 256; v++) {
            double c = v / 255.0;
            LINEAR[v] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
    }

    private Cielab() {
    }

    /** (L*, a*, b*) of the packed sRGB colour 0xRRGGBB, written into {@code out[0..2]}. */
    public static void fromRgb(int rgb, double[] out) {
        double r = LINEAR[(rgb >> 16) & 0xFF], g = LINEAR[(rgb >> 8) & 0xFF], b = LINEAR[rgb & 0xFF];
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / XN;
        double y = (0.2126 * r + 0.7152 * g + 0.0722 * b) / YN;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / ZN;
        double fx = f(x), fy = f(y), fz = f(z);
        out[0] = 116 * fy - 16;
        out[1] = 500 * (fx - fy);
        out[2] = 200 * (fy - fz);
    }

    /** (L*, a*, b*) of 0xRRGGBB as a new array. */
    public static double[] fromRgb(int rgb) {
        double[] out = new double[3];
        fromRgb(rgb, out);
        return out;
    }

    /** CIE76 difference ΔE*ab = √(ΔL*² + Δa*² + Δb*²). */
    public static double deltaE76(double[] lab1, double[] lab2) {
        double dl = lab1[0] - lab2[0], da = lab1[1] - lab2[1], db = lab1[2] - lab2[2];
        return Math.sqrt(dl * dl + da * da + db * db);
    }

    private static double f(double t) {
        return t > DELTA * DELTA * DELTA ? Math.cbrt(t) : t / (3 * DELTA * DELTA) + 4.0 / 29;
    }
}
