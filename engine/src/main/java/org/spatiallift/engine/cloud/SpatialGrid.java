package org.spatiallift.engine.cloud;

import java.util.Arrays;

/**
 * A uniform-grid spatial index over n points (flat xyz, metres) for radius and k-nearest-neighbour queries.
 *
 * <p>Cubic cells of edge {@code cellM} start at the points' minimum corner; cell (i, j, k) holds the points with
 * ⌊(p − min) / cell⌋ = (i, j, k). Occupied cells are found through a primitive open-addressing hash of their packed
 * indices, and the points (and a copy of their coordinates) are stored cell by cell (a counting sort), so a query
 * reads contiguous memory. Each occupied cell knows its 27 neighbouring cells (looked up once), so a radius search
 * with radius ≤ cell touches only those, and a k-NN search ({@link NearestNeighbours}) starts with them and grows
 * ring by ring. Queries are exact; the cell size only affects speed. The grid is immutable once built.
 */
public final class SpatialGrid {

    private static final int BITS = 21;
    private static final int AXIS_MAX = (1 << BITS) - 1;
    private static final long EMPTY = -1L;
    /** The 27 offsets of a cell's neighbourhood, nearest first: itself, 6 faces, 12 edges, 8 corners. */
    private static final int[][] ADJACENT_OFFSETS = adjacentOffsets();

    private final float[] xyz;
    private final int size;
    private final double cell;
    private final double inv;
    private final double ox, oy, oz;
    private final int nx, ny, nz;
    private final long[] keys;
    private final int[] slotCell;
    private final int mask;
    private final int[] cellStart;
    private final int[] order;
    private final int[] cellOf;
    private final long[] cellKeys;
    /** The coordinates in cell order: slot s holds point order[s], so a cell's points are contiguous in memory. */
    private final float[] slotXyz;
    /** For cell c, adjacent[27c + t] is the occupied cell at offset ADJACENT_OFFSETS[t], or −1. */
    private final int[] adjacent;

    private SpatialGrid(float[] xyz, int size, double cellM) {
        this.xyz = xyz;
        this.size = size;
        this.cell = cellM;
        this.inv = 1.0 / cellM;
        double[] bounds = bounds(xyz, size);
        ox = bounds[0];
        oy = bounds[1];
        oz = bounds[2];
        nx = axisCells(bounds[3] - ox);
        ny = axisCells(bounds[4] - oy);
        nz = axisCells(bounds[5] - oz);

        int capacity = Integer.highestOneBit(Math.max(4, 2 * size - 1)) << 1;
        mask = capacity - 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        slotCell = new int[capacity];
        cellOf = new int[size];
        long[] keysOfCells = new long[Math.max(1, size)];
        int cells = 0;
        for (int i = 0; i < size; i++) {
            long key = key(ix(xyz[3 * i]), iy(xyz[3 * i + 1]), iz(xyz[3 * i + 2]));
            int slot = KeyHash.mix(key) & mask;
            while (keys[slot] != key && keys[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            if (keys[slot] == EMPTY) {
                keys[slot] = key;
                keysOfCells[cells] = key;
                slotCell[slot] = cells++;
            }
            cellOf[i] = slotCell[slot];
        }
        cellKeys = Arrays.copyOf(keysOfCells, cells);
        adjacent = new int[27 * cells];
        for (int c = 0; c < cells; c++) {
            for (int t = 0; t < 27; t++) {
                int[] d = ADJACENT_OFFSETS[t];
                adjacent[27 * c + t] = neighbourCell(c, d[0], d[1], d[2]);
            }
        }
        cellStart = new int[cells + 1];
        for (int i = 0; i < size; i++) {
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = Arrays.copyOf(cellStart, cells);
        order = new int[size];
        for (int i = 0; i < size; i++) {
            order[fill[cellOf[i]]++] = i;
        }
        slotXyz = new float[3 * size];
        for (int s = 0; s < size; s++) {
            System.arraycopy(xyz, 3 * order[s], slotXyz, 3 * s, 3);
        }
    }

    /** Indexes the first {@code size} points of {@code xyz} (not copied: do not mutate it while the grid is used). */
    public static SpatialGrid build(float[] xyz, int size, double cellM) {
        if (!(cellM > 0) || !Double.isFinite(cellM)) {
            throw new IllegalArgumentException("grid cell must be positive and finite, got " + cellM + " m");
        }
        if (xyz.length < 3L * size) {
            throw new IllegalArgumentException("xyz holds fewer than " + size + " points");
        }
        return new SpatialGrid(xyz, size, cellM);
    }

    /**
     * A cell edge at which an occupied cell holds about {@code pointsPerCell} points, assuming the points sample
     * surfaces (occupancy grows with the square of the edge); measured on a trial grid of 1/128 of the extent.
     */
    public static double cellForOccupancy(float[] xyz, int size, double pointsPerCell) {
        double[] b = bounds(xyz, size);
        double extent = Math.max(b[3] - b[0], Math.max(b[4] - b[1], b[5] - b[2]));
        if (size < 2 || !(extent > 0)) {
            return 1.0;
        }
        double trial = extent / 128;
        double occupancy = (double) size / build(xyz, size, trial).cellCount();
        double edge = trial * Math.sqrt(pointsPerCell / occupancy);
        return Math.max(extent / AXIS_MAX * 4, Math.min(extent, edge));
    }

    public int size() {
        return size;
    }

    public double cellM() {
        return cell;
    }

    public int cellCount() {
        return cellStart.length - 1;
    }

    /** The cell holding point i. */
    public int cellOfPoint(int i) {
        return cellOf[i];
    }

    /** The points of cell c are {@code pointAt(s)} for s in [cellBegin(c), cellEnd(c)). */
    public int cellBegin(int cell) {
        return cellStart[cell];
    }

    public int cellEnd(int cell) {
        return cellStart[cell + 1];
    }

    public int pointAt(int slot) {
        return order[slot];
    }

    /** The occupied cell at offset (di, dj, dk) cells from {@code cell}, or −1 when that cell is empty or outside. */
    public int neighbourCell(int cell, int di, int dj, int dk) {
        long key = cellKeys[cell];
        long i = (key >>> (2 * BITS)) + di, j = ((key >>> BITS) & AXIS_MAX) + dj, k = (key & AXIS_MAX) + dk;
        if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz) {
            return -1;
        }
        return cellAt((int) i, (int) j, (int) k);
    }

    /**
     * Appends to {@code out} the indices of every point within {@code radius} (inclusive) of (x, y, z),
     * the query point itself included when it is one of the points; returns how many were appended.
     */
    public int radiusSearch(double x, double y, double z, double radius, IntList out) {
        int reach = (int) Math.ceil(radius * inv);
        int cx = ix(x), cy = iy(y), cz = iz(z);
        double r2 = radius * radius;
        int before = out.size();
        int own = reach <= 1 ? cellAt(cx, cy, cz) : -1;
        if (own >= 0) {
            for (int t = 27 * own, end = t + 27; t < end; t++) {
                int c = adjacent[t];
                if (c >= 0) {
                    gather(c, x, y, z, r2, out);
                }
            }
            return out.size() - before;
        }
        for (int i = Math.max(0, cx - reach); i <= Math.min(nx - 1, cx + reach); i++) {
            for (int j = Math.max(0, cy - reach); j <= Math.min(ny - 1, cy + reach); j++) {
                for (int k = Math.max(0, cz - reach); k <= Math.min(nz - 1, cz + reach); k++) {
                    int c = cellAt(i, j, k);
                    if (c >= 0) {
                        gather(c, x, y, z, r2, out);
                    }
                }
            }
        }
        return out.size() - before;
    }

    private void gather(int c, double x, double y, double z, double r2, IntList out) {
        for (int s = cellStart[c], e = cellStart[c + 1]; s < e; s++) {
            double dx = slotXyz[3 * s] - x, dy = slotXyz[3 * s + 1] - y, dz = slotXyz[3 * s + 2] - z;
            if (dx * dx + dy * dy + dz * dz <= r2) {
                out.add(order[s]);
            }
        }
    }

    /**
     * The k nearest other points of point {@code query}: writes their indices and distances (metres, ascending)
     * into {@code indices} and {@code distances} (each at least k long) and returns how many were found
     * (fewer than k only when the cloud has fewer than k + 1 points); see {@link NearestNeighbours}.
     */
    public int nearest(int query, int k, int[] indices, double[] distances) {
        return NearestNeighbours.nearest(this, query, k, indices, distances);
    }

    // Package-private access for NearestNeighbours.

    float[] slotXyz() {
        return slotXyz;
    }

    float[] pointXyz() {
        return xyz;
    }

    int adjacentCell(int cell, int t) {
        return adjacent[27 * cell + t];
    }

    int maxCellsPerAxis() {
        return Math.max(nx, Math.max(ny, nz));
    }

    private int cellAt(int i, int j, int k) {
        long key = key(i, j, k);
        int slot = KeyHash.mix(key) & mask;
        while (true) {
            long stored = keys[slot];
            if (stored == key) {
                return slotCell[slot];
            }
            if (stored == EMPTY) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int ix(double x) {
        return clampIndex((x - ox) * inv, nx);
    }

    private int iy(double y) {
        return clampIndex((y - oy) * inv, ny);
    }

    private int iz(double z) {
        return clampIndex((z - oz) * inv, nz);
    }

    private static int clampIndex(double t, int cells) {
        if (!(t > 0)) {
            return 0;
        }
        return (int) Math.min(cells - 1, (long) t);
    }

    private int axisCells(double span) {
        double cells = Math.floor(span * inv) + 1;
        if (!(cells <= AXIS_MAX)) {
            throw new IllegalArgumentException("grid cell " + cell + " m is too small for a cloud spanning " + span + " m");
        }
        return (int) cells;
    }

    private static long key(long i, long j, long k) {
        return (i << (2 * BITS)) | (j << BITS) | k;
    }

    private static double[] bounds(float[] xyz, int size) {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < size; i++) {
            for (int a = 0; a < 3; a++) {
                float v = xyz[3 * i + a];
                b[a] = Math.min(b[a], v);
                b[3 + a] = Math.max(b[3 + a], v);
            }
        }
        if (size == 0) {
            Arrays.fill(b, 0);
        }
        return b;
    }

    private static int[][] adjacentOffsets() {
        int[][] out = new int[27][];
        int t = 0;
        for (int shared = 0; shared <= 3; shared++) {
            for (int di = -1; di <= 1; di++) {
                for (int dj = -1; dj <= 1; dj++) {
                    for (int dk = -1; dk <= 1; dk++) {
                        if (Math.abs(di) + Math.abs(dj) + Math.abs(dk) == shared) {
                            out[t++] = new int[] {di, dj, dk};
                        }
                    }
                }
            }
        }
        return out;
    }
}
