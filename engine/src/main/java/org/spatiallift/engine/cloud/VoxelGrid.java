package org.spatiallift.engine.cloud;

import java.util.Arrays;

/**
 * Voxel-grid down-sampling: one point per occupied cubic voxel of edge {@code voxelM}.
 *
 * <p>The grid starts half a voxel below the cloud's minimum corner (as Open3D's {@code voxel_down_sample}),
 * so a point p falls in voxel i = ⌊(p − (min − voxel/2)) / voxel⌋ per axis. Each occupied voxel yields the mean of
 * its points' xyz, the per-channel mean of their colours (rounded), and the source pixel of its first point
 * (lowest index) as representative. Output voxels are in order of their first point, so the result is
 * deterministic and follows the input's order (row-major pixel order for a fresh back-projection).
 *
 * <p>Voxel indices are packed 21 bits per axis into a long and looked up in a primitive open-addressing hash
 * table (linear probing, key and voxel id side by side, grown by doubling at load 1/2; no boxing). A point in the
 * same voxel as the previous one skips the table, and a 4096-line direct-mapped cache of recently used voxels (those
 * of the previous image rows) answers most other look-ups. Sums are accumulated in the same pass over the points.
 */
public final class VoxelGrid {

    private static final int BITS = 21;
    private static final long AXIS_MAX = (1L << BITS) - 1;
    private static final int RECENT = 4096;

    private VoxelGrid() {
    }

    /** The down-sampled cloud, same frame as {@code cloud}; see the class comment for the rule. */
    public static PointCloud downsample(PointCloud cloud, double voxelM) {
        if (!(voxelM > 0) || !Double.isFinite(voxelM)) {
            throw new IllegalArgumentException("voxel size must be positive and finite, got " + voxelM + " m");
        }
        int n = cloud.size();
        if (n == 0) {
            return PointCloud.empty(cloud.frame());
        }
        float[] xyz = cloud.xyz();
        float minX = Float.POSITIVE_INFINITY, minY = Float.POSITIVE_INFINITY, minZ = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY, maxY = Float.NEGATIVE_INFINITY, maxZ = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < 3 * n; i += 3) {
            float x = xyz[i], y = xyz[i + 1], z = xyz[i + 2];
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            minZ = Math.min(minZ, z);
            maxZ = Math.max(maxZ, z);
        }
        double inv = 1.0 / voxelM;
        double ox = minX - voxelM / 2, oy = minY - voxelM / 2, oz = minZ - voxelM / 2;
        double span = Math.max(maxX - ox, Math.max(maxY - oy, maxZ - oz)) * inv;
        if (!(span < AXIS_MAX)) {
            throw new IllegalArgumentException("voxel size " + voxelM + " m is too small for a cloud spanning "
                    + span * voxelM + " m (at most " + AXIS_MAX + " voxels per axis)");
        }
        return new Accumulator(Math.max(64, n / 8)).run(cloud, ox, oy, oz, inv);
    }

    /** The growing per-voxel sums and the key table of one down-sampling. */
    private static final class Accumulator {

        // Slot s holds table[2s] = key + 1 (0 = empty) and table[2s + 1] = voxel id: one cache line per probe.
        private long[] table;
        // A small direct-mapped cache of recently used voxels (the previous image rows), in front of the table.
        private final long[] recentKey = new long[RECENT];
        private final int[] recentVoxel = new int[RECENT];
        private int capacity;
        private double[] sum;
        private int[] count, red, green, blue, firstPixel;
        private int voxels;

        Accumulator(int expectedVoxels) {
            capacity = Integer.highestOneBit(expectedVoxels) << 2;
            table = new long[2 * capacity];
            int room = capacity / 2;
            sum = new double[3 * room];
            count = new int[room];
            red = new int[room];
            green = new int[room];
            blue = new int[room];
            firstPixel = new int[room];
        }

        PointCloud run(PointCloud cloud, double ox, double oy, double oz, double inv) {
            int n = cloud.size();
            float[] xyz = cloud.xyz();
            int[] rgb = cloud.rgb();
            int[] pixel = cloud.pixel();
            long lastKey = -1;
            int v = -1;
            for (int i = 0; i < n; i++) {
                float x = xyz[3 * i], y = xyz[3 * i + 1], z = xyz[3 * i + 2];
                long key = ((((long) ((x - ox) * inv)) << (2 * BITS)) | (((long) ((y - oy) * inv)) << BITS)
                        | (long) ((z - oz) * inv)) + 1;
                if (key != lastKey) {
                    // Neighbouring pixels mostly share a voxel: only a change of voxel goes to the caches.
                    lastKey = key;
                    int line = (int) ((key ^ (key >>> BITS) ^ (key >>> (2 * BITS - 6))) & (RECENT - 1));
                    if (recentKey[line] == key) {
                        v = recentVoxel[line];
                    } else {
                        v = voxelOf(key, pixel[i]);
                        recentKey[line] = key;
                        recentVoxel[line] = v;
                    }
                }
                count[v]++;
                sum[3 * v] += x;
                sum[3 * v + 1] += y;
                sum[3 * v + 2] += z;
                int c = rgb[i];
                red[v] += (c >>> 16) & 0xFF;
                green[v] += (c >>> 8) & 0xFF;
                blue[v] += c & 0xFF;
            }
            return average(cloud.frame());
        }

        private int voxelOf(long key, int pixel) {
            int mask = capacity - 1;
            int slot = KeyHash.mix(key) & mask;
            while (table[2 * slot] != key && table[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            if (table[2 * slot] == key) {
                return (int) table[2 * slot + 1];
            }
            table[2 * slot] = key;
            table[2 * slot + 1] = voxels;
            firstPixel[voxels] = pixel;
            int v = voxels++;
            if (voxels == capacity / 2) {
                grow();
            }
            return v;
        }

        private void grow() {
            int bigger = 2 * capacity, mask = bigger - 1;
            long[] out = new long[2 * bigger];
            for (int s = 0; s < capacity; s++) {
                long key = table[2 * s];
                if (key != 0) {
                    int slot = KeyHash.mix(key) & mask;
                    while (out[2 * slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    out[2 * slot] = key;
                    out[2 * slot + 1] = table[2 * s + 1];
                }
            }
            table = out;
            capacity = bigger;
            int room = capacity / 2;
            sum = Arrays.copyOf(sum, 3 * room);
            count = Arrays.copyOf(count, room);
            red = Arrays.copyOf(red, room);
            green = Arrays.copyOf(green, room);
            blue = Arrays.copyOf(blue, room);
            firstPixel = Arrays.copyOf(firstPixel, room);
        }

        private PointCloud average(CoordinateFrame frame) {
            float[] outXyz = new float[3 * voxels];
            int[] outRgb = new int[voxels];
            for (int v = 0; v < voxels; v++) {
                int c = count[v];
                double inv = 1.0 / c;
                outXyz[3 * v] = (float) (sum[3 * v] * inv);
                outXyz[3 * v + 1] = (float) (sum[3 * v + 1] * inv);
                outXyz[3 * v + 2] = (float) (sum[3 * v + 2] * inv);
                int r = (red[v] + c / 2) / c, g = (green[v] + c / 2) / c, b = (blue[v] + c / 2) / c;
                outRgb[v] = (r << 16) | (g << 8) | b;
            }
            return new PointCloud(frame, voxels, outXyz, outRgb, Arrays.copyOf(firstPixel, voxels));
        }
    }
}
