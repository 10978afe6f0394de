package org.spatiallift.engine.scene;

import java.util.Arrays;

import org.spatiallift.engine.cloud.SpatialGrid;

/**
 * Density-based clustering, DBSCAN (Ester, Kriegel, Sander &amp; Xu 1996). N(p) is the set of points within eps of
 * p, p included; p is a core point when |N(p)| ≥ minPts. A cluster is a maximal set of core points connected by
 * steps of at most eps, plus the non-core points within eps of one of them (border points); the rest is noise.
 *
 * <p>Computed exactly on a grid (after Gunawan 2013, "A faster algorithm for DBSCAN"), so dense objects cost about
 * O(n) instead of Σ|N(p)|: cells have side eps/√3, so the points of one cell are all within eps of each other.
 * <ol>
 *   <li>Core points: every point of a cell holding ≥ minPts points; in sparser cells, points whose neighbour count
 *       over the cell and the 124 cells within two steps reaches minPts.</li>
 *   <li>Core cells (holding a core point) are joined, by union-find, with neighbouring core cells that hold core
 *       points within eps of each other (adjacent cells first, so most farther pairs are already joined).</li>
 *   <li>Clusters are numbered in order of their lowest-index core point; a border point joins the cluster of its
 *       nearest core point. Deterministic.</li>
 * </ol>
 */
public final class Dbscan {

    public static final int NOISE = -1;
    private static final int[][] NEAR_OFFSETS = offsets(1);
    private static final int[][] FAR_OFFSETS = offsets(2);

    private final double epsM;
    private final int minPts;

    public Dbscan(double epsM, int minPts) {
        if (!(epsM > 0) || !Double.isFinite(epsM) || minPts < 1) {
            throw new IllegalArgumentException("DBSCAN needs eps > 0 m and minPts >= 1, got " + epsM + ", " + minPts);
        }
        this.epsM = epsM;
        this.minPts = minPts;
    }

    /** Clusters the first n points of the flat xyz array. */
    public Clusters cluster(float[] xyz, int n) {
        int[] labels = new int[n];
        Arrays.fill(labels, NOISE);
        if (n == 0) {
            return new Clusters(labels, new int[0]);
        }
        // Slightly under eps/√3 so that float rounding cannot put two points of one cell farther than eps apart.
        SpatialGrid grid = SpatialGrid.build(xyz, n, epsM / Math.sqrt(3) * (1 - 1e-6));
        boolean[] core = corePoints(grid, xyz);
        int cells = grid.cellCount();
        boolean[] coreCell = new boolean[cells];
        for (int p = 0; p < n; p++) {
            coreCell[grid.cellOfPoint(p)] |= core[p];
        }
        int[] parent = new int[cells];
        for (int c = 0; c < cells; c++) {
            parent[c] = c;
        }
        for (int[][] ring : new int[][][] {NEAR_OFFSETS, FAR_OFFSETS}) {
            for (int a = 0; a < cells; a++) {
                if (!coreCell[a]) {
                    continue;
                }
                for (int[] d : ring) {
                    int b = grid.neighbourCell(a, d[0], d[1], d[2]);
                    if (b > a && coreCell[b] && find(parent, a) != find(parent, b) && linked(grid, xyz, core, a, b)) {
                        parent[find(parent, a)] = find(parent, b);
                    }
                }
            }
        }
        int[] clusterOfRoot = new int[cells];
        Arrays.fill(clusterOfRoot, -1);
        int clusters = 0;
        for (int p = 0; p < n; p++) {
            if (core[p]) {
                int root = find(parent, grid.cellOfPoint(p));
                if (clusterOfRoot[root] < 0) {
                    clusterOfRoot[root] = clusters++;
                }
                labels[p] = clusterOfRoot[root];
            }
        }
        for (int p = 0; p < n; p++) {
            if (!core[p]) {
                int q = nearestCore(grid, xyz, core, p);
                labels[p] = q < 0 ? NOISE : labels[q];
            }
        }
        int[] sizes = new int[clusters];
        for (int label : labels) {
            if (label >= 0) {
                sizes[label]++;
            }
        }
        return new Clusters(labels, sizes);
    }

    private boolean[] corePoints(SpatialGrid grid, float[] xyz) {
        boolean[] core = new boolean[grid.size()];
        double eps2 = epsM * epsM;
        for (int c = 0; c < grid.cellCount(); c++) {
            int own = grid.cellEnd(c) - grid.cellBegin(c);
            for (int s = grid.cellBegin(c); s < grid.cellEnd(c); s++) {
                int p = grid.pointAt(s);
                if (own >= minPts) {
                    core[p] = true;
                    continue;
                }
                int count = own;
                for (int[][] ring : new int[][][] {NEAR_OFFSETS, FAR_OFFSETS}) {
                    for (int t = 0; t < ring.length && count < minPts; t++) {
                        int b = grid.neighbourCell(c, ring[t][0], ring[t][1], ring[t][2]);
                        if (b >= 0) {
                            for (int u = grid.cellBegin(b); u < grid.cellEnd(b) && count < minPts; u++) {
                                count += distance2(xyz, p, grid.pointAt(u)) <= eps2 ? 1 : 0;
                            }
                        }
                    }
                }
                core[p] = count >= minPts;
            }
        }
        return core;
    }

    /** Whether core cells a and b hold core points within eps of each other. */
    private boolean linked(SpatialGrid grid, float[] xyz, boolean[] core, int a, int b) {
        double eps2 = epsM * epsM;
        for (int s = grid.cellBegin(a); s < grid.cellEnd(a); s++) {
            int p = grid.pointAt(s);
            if (!core[p]) {
                continue;
            }
            for (int u = grid.cellBegin(b); u < grid.cellEnd(b); u++) {
                int q = grid.pointAt(u);
                if (core[q] && distance2(xyz, p, q) <= eps2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The nearest core point within eps of p (lowest index on a tie), or −1. */
    private int nearestCore(SpatialGrid grid, float[] xyz, boolean[] core, int p) {
        int cell = grid.cellOfPoint(p);
        int best = -1;
        double bestD2 = epsM * epsM;
        for (int[][] ring : new int[][][] {{{0, 0, 0}}, NEAR_OFFSETS, FAR_OFFSETS}) {
            for (int[] d : ring) {
                int b = grid.neighbourCell(cell, d[0], d[1], d[2]);
                if (b < 0) {
                    continue;
                }
                for (int u = grid.cellBegin(b); u < grid.cellEnd(b); u++) {
                    int q = grid.pointAt(u);
                    double d2 = core[q] ? distance2(xyz, p, q) : Double.POSITIVE_INFINITY;
                    if (d2 < bestD2 || (d2 == bestD2 && best >= 0 && q < best)) {
                        bestD2 = d2;
                        best = q;
                    }
                }
            }
        }
        return best;
    }

    private static double distance2(float[] xyz, int p, int q) {
        double dx = xyz[3 * p] - xyz[3 * q], dy = xyz[3 * p + 1] - xyz[3 * q + 1], dz = xyz[3 * p + 2] - xyz[3 * q + 2];
        return dx * dx + dy * dy + dz * dz;
    }

    private static int find(int[] parent, int c) {
        while (parent[c] != c) {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }
        return c;
    }

    /** Cell offsets with Chebyshev length exactly {@code ring}, in a fixed order. */
    private static int[][] offsets(int ring) {
        int side = 2 * ring + 1;
        int[][] out = new int[side * side * side - (side - 2) * (side - 2) * (side - 2)][];
        int k = 0;
        for (int i = -ring; i <= ring; i++) {
            for (int j = -ring; j <= ring; j++) {
                for (int l = -ring; l <= ring; l++) {
                    if (Math.max(Math.abs(i), Math.max(Math.abs(j), Math.abs(l))) == ring) {
                        out[k++] = new int[] {i, j, l};
                    }
                }
            }
        }
        return out;
    }
}
