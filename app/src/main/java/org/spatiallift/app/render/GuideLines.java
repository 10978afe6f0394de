package org.spatiallift.app.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines drawn in the canonical frame: the axes (1 m; x red, y green, z blue), a floor grid with 1 m spacing on z = 0,
 * the camera frustum and the edges of boxes.
 */
public final class GuideLines {

    public static final int X_AXIS = 0xFFE53935;
    public static final int Y_AXIS = 0xFF43A047;
    public static final int Z_AXIS = 0xFF1E88E5;
    public static final int GRID = 0xFF808080;
    public static final int FRUSTUM = 0xFFF2F2F2;
    private static final int AXIS_PX = 3;

    private GuideLines() {
    }

    /** The three axes from the origin, 1 m long. */
    public static List<Segment3> axes() {
        double[] o = {0, 0, 0};
        return List.of(new Segment3(o, new double[] {1, 0, 0}, X_AXIS, AXIS_PX),
                new Segment3(o, new double[] {0, 1, 0}, Y_AXIS, AXIS_PX),
                new Segment3(o, new double[] {0, 0, 1}, Z_AXIS, AXIS_PX));
    }

    /** Grid lines on z = 0 every metre over the footprint of {@code b} = {minX, maxX, minY, maxY, …} and the origin. */
    public static List<Segment3> floorGrid(double[] b) {
        List<Segment3> out = new ArrayList<>();
        double x0 = Math.floor(Math.min(0, b[0])), x1 = Math.ceil(Math.max(0, b[1]));
        double y0 = Math.floor(Math.min(0, b[2])), y1 = Math.ceil(Math.max(0, b[3]));
        for (double x = x0; x <= x1; x += 1) {
            out.add(new Segment3(new double[] {x, y0, 0}, new double[] {x, y1, 0}, GRID, 1));
        }
        for (double y = y0; y <= y1; y += 1) {
            out.add(new Segment3(new double[] {x0, y, 0}, new double[] {x1, y, 0}, GRID, 1));
        }
        return out;
    }

    /** Lines from the camera centre f[0..2] to the four image corners f[3..14] and around the image rectangle. */
    public static List<Segment3> frustum(double[] f) {
        List<Segment3> out = new ArrayList<>();
        double[] apex = {f[0], f[1], f[2]};
        for (int c = 1; c <= 4; c++) {
            double[] corner = {f[3 * c], f[3 * c + 1], f[3 * c + 2]};
            int n = c == 4 ? 1 : c + 1;
            double[] next = {f[3 * n], f[3 * n + 1], f[3 * n + 2]};
            out.add(new Segment3(apex, corner, FRUSTUM, 1));
            out.add(new Segment3(corner, next, FRUSTUM, 1));
        }
        return out;
    }

    /** The 12 edges of the axis-aligned box from {@code min} to {@code max}. */
    public static List<Segment3> box(double[] min, double[] max, int argb, int widthPx) {
        double[][] corners = new double[8][];
        for (int i = 0; i < 8; i++) {
            corners[i] = new double[] {(i & 1) == 0 ? min[0] : max[0], (i & 2) == 0 ? min[1] : max[1],
                (i & 4) == 0 ? min[2] : max[2]};
        }
        List<Segment3> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            for (int bit = 1; bit < 8; bit <<= 1) {
                if ((i & bit) == 0) {
                    out.add(new Segment3(corners[i], corners[i | bit], argb, widthPx));
                }
            }
        }
        return out;
    }
}
