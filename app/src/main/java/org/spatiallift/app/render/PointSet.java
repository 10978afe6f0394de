package org.spatiallift.app.render;

/**
 * Points to draw: point k at (xyz[3k], xyz[3k+1], xyz[3k+2]) in canonical metres, coloured {@code argb[k]}
 * (0xAARRGGBB) or all {@code uniformArgb} when {@code argb} is null, as squares about {@code sizeM} metres across
 * (projected, 1–{@code maxPx} px) or, when {@code fixedPx} is at least 1, squares of that many pixels whatever their
 * depth. Pixels are the frame's: on a screen of scale 2 (HiDPI) {@link #atScale} doubles both, so that points keep
 * their size on screen.
 */
public record PointSet(float[] xyz, int[] argb, int uniformArgb, int count, float sizeM, int fixedPx, int maxPx) {

    public static final PointSet EMPTY = new PointSet(new float[0], null, 0, 0, 0.01f);

    public PointSet {
        if (xyz.length < 3 * count || argb != null && argb.length < count) {
            throw new IllegalArgumentException("point set of " + count + " points with " + xyz.length
                    + " coordinates and " + (argb == null ? "one colour" : argb.length + " colours")
                    + ": need 3 coordinates and one colour per point");
        }
        if (maxPx < 1 || maxPx > MAX_SCALE * PointSplatter.MAX_SPLAT_PX || fixedPx < 0 || fixedPx > maxPx) {
            throw new IllegalArgumentException("point size " + fixedPx + " px of at most " + maxPx + " px: give 1–"
                    + PointSplatter.MAX_SPLAT_PX + " px, or 0 for the size in metres projected");
        }
    }

    /** Points drawn {@code fixedPx} pixels across (0: their size in metres projected, at most 4 px). */
    public PointSet(float[] xyz, int[] argb, int uniformArgb, int count, float sizeM, int fixedPx) {
        this(xyz, argb, uniformArgb, count, sizeM, fixedPx, PointSplatter.MAX_SPLAT_PX);
    }

    /** Points drawn at their size in metres, projected. */
    public PointSet(float[] xyz, int[] argb, int uniformArgb, int count, float sizeM) {
        this(xyz, argb, uniformArgb, count, sizeM, 0);
    }

    /** The same points drawn {@code px} pixels across (1–4), or at their size in metres projected (0). */
    public PointSet withFixedPx(int px) {
        return px == fixedPx ? this : new PointSet(xyz, argb, uniformArgb, count, sizeM, px, maxPx);
    }

    /** Largest frame scale {@link #atScale} takes (device pixels per pixel on screen). */
    public static final int MAX_SCALE = 4;

    /**
     * The same points for a frame drawn at {@code scale} device pixels per pixel on screen: a fixed size and the
     * largest projected size grow with it (rounded; scale 1 gives this set).
     */
    public PointSet atScale(double scale) {
        double s = Math.max(1, Math.min(MAX_SCALE, scale));
        if (s == 1) {
            return this;
        }
        return new PointSet(xyz, argb, uniformArgb, count, sizeM, (int) Math.round(fixedPx * s),
                (int) Math.round(PointSplatter.MAX_SPLAT_PX * s));
    }
}
