package org.spatiallift.engine.perception.mask;

/**
 * Whether a depth layer stops at a box's edge. For every pixel on the box's inner border whose depth is in the layer,
 * the pixel {@value #STEP} pixels further out (across that border, inside the region) is looked at: the layer
 * continues there when that pixel's depth is in the layer too. An object standing free of its surroundings in depth
 * (an armchair in front of a wall, the floor set aside) has its layer stop at the box; a mug on a table does not — the
 * table top at the mug's depth runs on past the box's sides.
 */
final class LayerEdges {

    static final int STEP = 3;

    private LayerEdges() {
    }

    /**
     * Share of the border pixels in the layer whose outward pixel has depth (on or off the support plane) and lies in
     * the layer; 0 when no border pixel is in the layer with an outward pixel that has depth.
     */
    static double continued(BoxRegion r, RegionDepth depth, DepthLayer layer) {
        int[] counts = new int[2];
        int x0 = r.boxX0() - r.x0(), x1 = r.boxX1() - r.x0() - 1, y0 = r.boxY0() - r.y0(), y1 = r.boxY1() - r.y0() - 1;
        for (int i = x0; i <= x1; i++) {
            look(r, depth, layer, i, y0, i, y0 - STEP, counts);
            look(r, depth, layer, i, y1, i, y1 + STEP, counts);
        }
        for (int j = y0 + 1; j < y1; j++) {
            look(r, depth, layer, x0, j, x0 - STEP, j, counts);
            look(r, depth, layer, x1, j, x1 + STEP, j, counts);
        }
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    private static void look(BoxRegion r, RegionDepth depth, DepthLayer layer, int i, int j, int oi, int oj, int[] counts) {
        int w = r.width();
        oi = Math.max(0, Math.min(w - 1, oi));
        oj = Math.max(0, Math.min(r.height() - 1, oj));
        int t = j * w + i, o = oj * w + oi;
        if (depth.kind[t] != RegionDepth.VALID || !layer.contains(depth.z[t]) || depth.kind[o] == RegionDepth.NONE
                || r.inBox(oi, oj)) {
            return;
        }
        counts[0]++;
        if (depth.kind[o] == RegionDepth.VALID && layer.contains(depth.z[o])) {
            counts[1]++;
        }
    }
}
