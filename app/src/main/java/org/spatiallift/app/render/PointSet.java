package org.spatiallift.app.render;

/**
 * Points to draw: point k at (xyz[3k], xyz[3k+1], xyz[3k+2]) in canonical metres, coloured {@code argb[k]}
 * (0xAARRGGBB) or all {@code uniformArgb} when {@code argb} is null, as squares about {@code sizeM} metres across.
 */
public record PointSet(float[] xyz, int[] argb, int uniformArgb, int count, float sizeM) {

    public static final PointSet EMPTY = new PointSet(new float[0], null, 0, 0, 0.01f);

    public PointSet {
        if (xyz.length < 3 * count || argb != null && argb.length < count) {
            throw new IllegalArgumentException("point set of " + count + " points with " + xyz.length
                    + " coordinates and " + (argb == null ? "one colour" : argb.length + " colours")
                    + ": need 3 coordinates and one colour per point");
        }
    }
}
