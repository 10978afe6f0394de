package org.spatiallift.engine.sample;

/**
 * The floor, walls and optional ceiling of a {@link RoomSpec} for ray casting in the canonical frame.
 * For a ray o + t·d the axis-aligned planes are hit at t = (k − o_i) / d_i: the floor z = 0 when d_z &lt; 0, the ceiling
 * z = H when d_z &gt; 0, and a wall x = −L, x = R, y = F or y = −B when the ray moves towards it and meets it between
 * z = 0 and z = H. The camera is inside the room, so the nearest positive t is the surface seen.
 */
final class RoomSurfaces {

    static final int NONE = -1;
    static final int FLOOR = 0;
    static final int CEILING = 1;
    static final int WALL_LEFT = 2;
    static final int WALL_RIGHT = 3;
    static final int WALL_FRONT = 4;
    static final int WALL_BACK = 5;

    private static final double TILE_M = 0.5;
    private static final double GROUT_M = 0.006;
    private static final double SKIRTING_M = 0.08;

    private final RoomSpec room;

    RoomSurfaces(RoomSpec room) {
        this.room = room;
    }

    /** The nearest room hit t &gt; 0 (or +∞), its surface written to {@code surface[0]} ({@link #NONE} on a miss). */
    double hit(double ox, double oy, double oz, double dx, double dy, double dz, int[] surface) {
        double best = Double.POSITIVE_INFINITY;
        int which = NONE;
        if (dz < 0) {
            best = -oz / dz;
            which = FLOOR;
        } else if (dz > 0 && room.ceiling()) {
            best = (room.wallHeightM() - oz) / dz;
            which = CEILING;
        }
        double[] walls = {dx < 0 ? (-room.leftM() - ox) / dx : Double.NaN, dx > 0 ? (room.rightM() - ox) / dx : Double.NaN,
                dy > 0 ? (room.frontM() - oy) / dy : Double.NaN, dy < 0 ? (-room.backM() - oy) / dy : Double.NaN};
        for (int k = 0; k < 4; k++) {
            double t = walls[k];
            if (t > 0 && t < best) {
                double z = oz + t * dz;
                if (z >= 0 && z <= room.wallHeightM()) {
                    best = t;
                    which = WALL_LEFT + k;
                }
            }
        }
        surface[0] = which;
        return best;
    }

    /** The unit normal of {@code surface}, pointing into the room. */
    static void normal(int surface, double[] out) {
        out[0] = surface == WALL_LEFT ? 1 : surface == WALL_RIGHT ? -1 : 0;
        out[1] = surface == WALL_BACK ? 1 : surface == WALL_FRONT ? -1 : 0;
        out[2] = surface == FLOOR ? 1 : surface == CEILING ? -1 : 0;
    }

    /**
     * Base colour of {@code surface} at the canonical point (x, y, z) before shading: floor tiles of 0.5 m in a faint
     * checker (every other tile 6 % darker) with darker 6 mm grout lines; walls with a darker 8 cm skirting board and
     * the side walls tinted slightly darker than the front and back; the ceiling 4 % lighter than the walls.
     */
    int albedo(int surface, double x, double y, double z) {
        if (surface == FLOOR) {
            double fx = x / TILE_M, fy = y / TILE_M;
            long i = (long) Math.floor(fx), j = (long) Math.floor(fy);
            double gx = Math.min(fx - i, i + 1 - fx) * TILE_M, gy = Math.min(fy - j, j + 1 - fy) * TILE_M;
            double f = Math.min(gx, gy) < GROUT_M ? 0.82 : ((i + j) & 1) == 0 ? 1.0 : 0.94;
            return scale(room.floorRgb(), f);
        }
        if (surface == CEILING) {
            return scale(room.wallRgb(), 1.04);
        }
        double f = z < SKIRTING_M ? 0.72 : 1.0;
        if (surface == WALL_LEFT || surface == WALL_RIGHT) {
            f *= 0.95;
        }
        return scale(room.wallRgb(), f);
    }

    /** Every channel of 0xRRGGBB times {@code f}, rounded and clamped to [0, 255]. */
    static int scale(int rgb, double f) {
        int r = clamp((int) Math.round(((rgb >> 16) & 0xFF) * f));
        int g = clamp((int) Math.round(((rgb >> 8) & 0xFF) * f));
        int b = clamp((int) Math.round((rgb & 0xFF) * f));
        return (r << 16) | (g << 8) | b;
    }

    private static int clamp(int c) {
        return Math.max(0, Math.min(255, c));
    }
}
