package org.spatiallift.engine.sample;

/**
 * The room around the camera, canonical frame, metres: the floor is z = 0, the walls are the planes
 * x = −leftM, x = +rightM, y = +frontM and y = −backM, rising from the floor to {@code wallHeightM}; with
 * {@code ceiling} the plane z = wallHeightM closes the room, otherwise rays above the walls hit nothing.
 *
 * @param floorRgb base colour of the floor 0xRRGGBB (drawn with a subtle tile pattern)
 * @param wallRgb  base colour of the walls and ceiling 0xRRGGBB
 */
public record RoomSpec(double leftM, double rightM, double frontM, double backM, double wallHeightM, boolean ceiling,
                       int floorRgb, int wallRgb) {

    public RoomSpec {
        for (double d : new double[] {leftM, rightM, frontM, backM, wallHeightM}) {
            if (!(d > 0) || !Double.isFinite(d)) {
                throw new IllegalArgumentException("wall distances and wall height must be positive and finite (m), got left="
                        + leftM + " right=" + rightM + " front=" + frontM + " back=" + backM + " height=" + wallHeightM);
            }
        }
        if ((floorRgb & ~0xFFFFFF) != 0 || (wallRgb & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("room colours must be 0xRRGGBB");
        }
    }

    /** True when the canonical point (x, y) lies on the floor inside the walls. */
    public boolean containsFootprint(double x, double y) {
        return x >= -leftM && x <= rightM && y >= -backM && y <= frontM;
    }
}
