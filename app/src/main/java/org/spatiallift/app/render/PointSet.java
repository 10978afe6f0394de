package org.spatiallift.app.render;

/**
 * Points to draw: point k at (xyz[3k], xyz[3k+1], xyz[3k+2]) in canonical metres, coloured {@code argb[k]}
 * (0xAARRGGBB) or all {@code uniformArgb} when {@code argb} is null, as squares about {@code sizeM} metres across
 * (projected, 1–4 px) or, when {@code fixedPx} is 1–4, squares of that many pixels whatever their depth.
 */
public record PointSet(float[] xyz, int[] argb, int uniformArgb, int count, float sizeM, int fixedPx) {

    public static final PointSet EMPTY = new PointSet(new float[0], null, 0, 0, 0.01f);

    public PointSet {
        if (xyz.length < 3 * count || argb != null && argb.length < count) {
            throw new IllegalArgumentException("point set of " + count + " points with " + xyz.length
                    + " coordinates and " + (argb == null ? "one colour" : argb.length + " colours")
                    + ": need 3 coordinates and one colour per point");
        }
        if (fixedPx < 0 || fixedPx > PointSplatter.MAX_SPLAT_PX) {
            throw new IllegalArgumentException("point size " + fixedPx + " px: give 1–" + PointSplatter.MAX_SPLAT_PX
                    + " px, or 0 for the size in metres projected");
        }
    }

    /** Points drawn at their size in metres, projected. */
    public PointSet(float[] xyz, int[] argb, int uniformArgb, int count, float sizeM) {
        this(xyz, argb, uniformArgb, count, sizeM, 0);
    }

    /** The same points drawn {@code px} pixels across (1–4), or at their size in metres projected (0). */
    public PointSet withFixedPx(int px) {
        return px == fixedPx ? this : new PointSet(xyz, argb, uniformArgb, count, sizeM, px);
    }
}
