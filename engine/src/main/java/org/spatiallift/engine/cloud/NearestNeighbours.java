package org.spatiallift.engine.cloud;

/**
 * Exact k-nearest-neighbour search on a {@link SpatialGrid}. The query's own cell and its 26 neighbours are scanned
 * first (nearest cells first, from the grid's adjacency table); then, while the k-th distance found exceeds
 * (r − 1)·cell, ring r of cells (Chebyshev distance r from the query's cell) is scanned too: a point not yet seen is
 * at least that far, since the query lies inside its own cell. The k best so far are kept in a max-heap on squared
 * distance, whose root is the current k-th distance; a final heap sort orders them. Deterministic.
 */
final class NearestNeighbours {

    private NearestNeighbours() {
    }

    /** See {@link SpatialGrid#nearest}. */
    static int nearest(SpatialGrid grid, int query, int k, int[] indices, double[] distances) {
        float[] xyz = grid.pointXyz();
        double x = xyz[3 * query], y = xyz[3 * query + 1], z = xyz[3 * query + 2];
        int own = grid.cellOfPoint(query);
        int found = 0;
        for (int t = 0; t < 27; t++) {
            int c = grid.adjacentCell(own, t);
            if (c >= 0) {
                found = collect(grid, c, query, x, y, z, k, found, indices, distances);
            }
        }
        int maxRing = grid.maxCellsPerAxis();
        for (int ring = 2; ring <= maxRing; ring++) {
            double reach = (ring - 1) * grid.cellM();
            if (found == k && distances[0] <= reach * reach) {
                break;
            }
            for (int di = -ring; di <= ring; di++) {
                for (int dj = -ring; dj <= ring; dj++) {
                    boolean onShell = Math.abs(di) == ring || Math.abs(dj) == ring;
                    for (int dk = -ring; dk <= ring; dk += onShell ? 1 : 2 * ring) {
                        int c = grid.neighbourCell(own, di, dj, dk);
                        if (c >= 0) {
                            found = collect(grid, c, query, x, y, z, k, found, indices, distances);
                        }
                    }
                }
            }
        }
        // Heap sort: move the largest to the end, found − 1 times, which leaves the distances ascending.
        for (int end = found - 1; end > 0; end--) {
            double d2 = distances[end];
            int p = indices[end];
            distances[end] = distances[0];
            indices[end] = indices[0];
            siftDown(distances, indices, end, d2, p);
        }
        for (int t = 0; t < found; t++) {
            distances[t] = Math.sqrt(distances[t]);
        }
        return found;
    }

    /** Offers the points of cell c to the max-heap (dist, idx)[0..found) of the k nearest so far. */
    private static int collect(SpatialGrid grid, int c, int query, double x, double y, double z, int k, int found,
                               int[] idx, double[] dist) {
        float[] slotXyz = grid.slotXyz();
        for (int s = grid.cellBegin(c), e = grid.cellEnd(c); s < e; s++) {
            double dx = slotXyz[3 * s] - x, dy = slotXyz[3 * s + 1] - y, dz = slotXyz[3 * s + 2] - z;
            double d2 = dx * dx + dy * dy + dz * dz;
            if (found == k && d2 >= dist[0]) {
                continue;
            }
            int p = grid.pointAt(s);
            if (p == query) {
                continue;
            }
            if (found < k) {
                int t = found++;
                while (t > 0 && dist[(t - 1) / 2] < d2) {
                    int parent = (t - 1) / 2;
                    dist[t] = dist[parent];
                    idx[t] = idx[parent];
                    t = parent;
                }
                dist[t] = d2;
                idx[t] = p;
            } else {
                siftDown(dist, idx, found, d2, p);
            }
        }
        return found;
    }

    /** Replaces the root of the max-heap (dist, idx)[0..n) by (d2, p) and restores the heap. */
    private static void siftDown(double[] dist, int[] idx, int n, double d2, int p) {
        int t = 0;
        while (true) {
            int child = 2 * t + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && dist[child + 1] > dist[child]) {
                child++;
            }
            if (dist[child] <= d2) {
                break;
            }
            dist[t] = dist[child];
            idx[t] = idx[child];
            t = child;
        }
        dist[t] = d2;
        idx[t] = p;
    }
}
