package org.spatiallift.engine.scene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.PlaneFit;
import org.spatiallift.engine.geom.Plane;

/**
 * A plane the lift found, as {@link ObjectCompletion} uses it: level or upright within {@value #ALIGNED_DEG}° of
 * gravity (when gravity is known; others are RANSAC's chance alignments), split into the connected regions where it
 * was seen in the image (the pixels within about one voxel of an inlier's pixel). One fitted plane may hold several
 * surfaces at one height — a table top and, far from it, a chair seat — and only a region that reaches beyond an
 * object's box (a floor, a wall, the table top under a bottle) is structure for that object; a region inside its box
 * (its own seat) is not.
 *
 * @param plane      the plane, camera frame
 * @param region     per pixel, the index of its region, or −1 where the plane was not seen
 * @param regionSize pixels per region
 */
record StructurePlane(Plane plane, int[] region, int[] regionSize) {

    static final double ALIGNED_DEG = 5.0;

    /** The level and upright planes of a lift; {@code voxelM} is the voxel size the planes were fitted at (m). */
    static List<StructurePlane> of(CompletionScene s, double voxelM) {
        List<StructurePlane> out = new ArrayList<>();
        CanonicalFrame frame = s.frame();
        double sinAligned = Math.sin(Math.toRadians(ALIGNED_DEG));
        int w = s.width(), h = s.height();
        PointCloud voxels = s.voxelCamera();
        double fx = s.intrinsics().fx();
        for (PlaneFit fit : s.planes()) {
            if (frame.canonical()) {
                double cos = Math.abs(fit.plane().normal().dot(frame.downCamera()));
                boolean level = Math.sqrt(Math.max(0, 1 - cos * cos)) <= sinAligned;
                boolean upright = cos <= sinAligned;
                if (!level && !upright) {
                    continue;
                }
            }
            BitSet seen = new BitSet(w * h);
            for (int v : fit.inliers()) {
                int pixel = voxels.pixel()[v];
                int r = (int) Math.ceil(voxelM * fx / Math.max(voxels.z(v), 1e-3)) + 1;
                int px = pixel % w, py = pixel / w;
                for (int y = Math.max(0, py - r); y <= Math.min(h - 1, py + r); y++) {
                    seen.set(y * w + Math.max(0, px - r), y * w + Math.min(w - 1, px + r) + 1);
                }
            }
            out.add(regions(fit.plane(), seen, w, h));
        }
        return out;
    }

    /** The 4-connected regions of {@code seen}. */
    private static StructurePlane regions(Plane plane, BitSet seen, int w, int h) {
        int[] region = new int[w * h];
        Arrays.fill(region, -1);
        List<Integer> sizes = new ArrayList<>();
        int[] queue = new int[w * h];
        for (int start = seen.nextSetBit(0); start >= 0; start = seen.nextSetBit(start + 1)) {
            if (region[start] >= 0) {
                continue;
            }
            int id = sizes.size();
            int head = 0, tail = 0;
            queue[tail++] = start;
            region[start] = id;
            while (head < tail) {
                int p = queue[head++];
                int x = p % w, y = p / w;
                int[] next = {x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1};
                for (int q : next) {
                    if (q >= 0 && region[q] < 0 && seen.get(q)) {
                        region[q] = id;
                        queue[tail++] = q;
                    }
                }
            }
            sizes.add(tail);
        }
        return new StructurePlane(plane, region, sizes.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Per region, true when at least {@code share} of its pixels lie outside the box (inclusive pixel bounds): that
     * region is structure for an object in the box.
     */
    boolean[] beyond(int w, int bx0, int by0, int bx1, int by1, double share) {
        int[] inside = new int[regionSize.length];
        for (int y = by0; y <= by1; y++) {
            for (int x = bx0; x <= bx1; x++) {
                int r = region[y * w + x];
                if (r >= 0) {
                    inside[r]++;
                }
            }
        }
        boolean[] out = new boolean[regionSize.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = regionSize[r] - inside[r] >= share * regionSize[r];
        }
        return out;
    }

    /**
     * True when the camera-frame point (x, y, z) seen at {@code pixel} lies within {@code toleranceM} of the plane, in
     * a region marked in {@code structural}.
     */
    boolean holds(int pixel, double x, double y, double z, double toleranceM, boolean[] structural) {
        int r = region[pixel];
        return r >= 0 && structural[r] && Math.abs(plane.signedDistance(x, y, z)) <= toleranceM;
    }
}
