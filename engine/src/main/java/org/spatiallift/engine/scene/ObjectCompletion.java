package org.spatiallift.engine.scene;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.cloud.IntList;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.frame.SupportKind;
import org.spatiallift.engine.image.LabelImage;
import org.spatiallift.engine.pipeline.LiftParameters;

/**
 * Completes partial objects and says which ones the picture does not show whole. One rule for every object source
 * (a detector's masks, a label map from a file), called by the lift.
 *
 * <p><b>Completion</b> (when asked): a mask often holds only part of its object (a chair's backrest without seat and
 * legs). Starting from the object's points (its core), a point joins when
 * <ol>
 *   <li>its pixel lies in the object's image box (the detector's box, else the box of the core's pixels) and carries
 *       no other instance's label;</li>
 *   <li>it is not structure: not within t = max(RANSAC threshold, {@value #PLANE_TOLERANCE_RELATIVE}·z) of the
 *       support plane (canonical |z| ≤ t; for the floor, z ≤ t), nor of a region of a level or upright plane the lift found
 *       ({@link StructurePlane}) that reaches beyond the box (at least {@value #STRUCTURE_OUTSIDE_SHARE} of the
 *       region's pixels outside it: a wall, the floor, a table top under the object, but not the object's own
 *       seat);</li>
 *   <li>its camera depth lies within {@value #DEPTH_WINDOW_M} m of the core's 5th–95th percentile depth range;</li>
 *   <li>it is connected in 3-D to the object, with the radius the objects are clustered with
 *       ({@link ObjectExtractor}): ε = max(cluster radius, {@value ObjectExtractor#RELATIVE_EPS}·z̃), z̃ the core's
 *       median depth (10 cm at 2 m). Points are gathered in cells of side ε/2; two cells are linked when their
 *       centroids lie within ε; the cells reached from the core's join. A gap wider than ε (a depth discontinuity)
 *       stops growth.</li>
 * </ol>
 *
 * <p><b>Visibility</b> (always): an object is <i>truncated</i> when its image box comes within
 * max({@value #BORDER_PX}, {@value #BORDER_RELATIVE}·image size) pixels of the image border (10 px at 640×480: registered
 * RGB-D frames such as ScanNet's have a few pixels without depth or labels along the border), and <i>occluded</i> when at least {@value #OCCLUDED_SHARE} of its outline borders on a
 * nearer surface: a boundary pixel whose first point outward (within {@value #OCCLUDER_REACH_PX} pixels) is not
 * on the support plane, not the object's, and nearer by max({@value #OCCLUDER_MARGIN_M} m, {@value #OCCLUDER_RELATIVE}·z),
 * or when its base is hidden so ({@link BaseOcclusion}: most of its lowest outline looks down onto a nearer surface).
 * Either way only part of the object is measured,
 * so QA ask about it only where it is, not how big it is.
 */
public final class ObjectCompletion {

    static final int BORDER_PX = 2;
    static final double BORDER_RELATIVE = 0.015;
    private static final long CELL_STRIDE = 1L << 20;
    static final double DEPTH_WINDOW_M = 0.6;
    static final double PLANE_TOLERANCE_RELATIVE = 0.015;
    static final double STRUCTURE_OUTSIDE_SHARE = 0.5;
    static final double OCCLUDER_MARGIN_M = 0.10;
    static final double OCCLUDER_RELATIVE = 0.05;
    static final double OCCLUDED_SHARE = 0.15;
    static final int OCCLUDER_REACH_PX = 3;
    private static final int[] DX = {1, -1, 0, 0};
    private static final int[] DY = {0, 0, 1, -1};

    private static final Logger LOG = LoggerFactory.getLogger(ObjectCompletion.class);

    private final double planeToleranceM;
    private final double voxelM;
    private final double clusterEpsM;
    private final double floorContactM;

    /**
     * @param planeToleranceM a point this close to a structure plane is on it (m; the RANSAC threshold)
     * @param voxelM          the voxel size the planes were fitted at (m)
     * @param clusterEpsM     the smallest connection radius ε (m; the objects' cluster radius)
     * @param floorContactM   an object is on the floor when its bottom is within this of the support plane (m)
     */
    public ObjectCompletion(double planeToleranceM, double voxelM, double clusterEpsM, double floorContactM) {
        if (!(planeToleranceM > 0) || !(voxelM > 0) || !(clusterEpsM > 0) || !(floorContactM >= 0)) {
            throw new IllegalArgumentException("completion needs planeToleranceM, voxelM and clusterEpsM > 0 and "
                    + "floorContactM >= 0 (m), got " + planeToleranceM + ", " + voxelM + ", " + clusterEpsM + ", "
                    + floorContactM);
        }
        this.planeToleranceM = planeToleranceM;
        this.voxelM = voxelM;
        this.clusterEpsM = clusterEpsM;
        this.floorContactM = floorContactM;
    }

    /** Plane tolerance (the RANSAC threshold), voxel size, cluster radius and floor contact from the lift parameters. */
    public static ObjectCompletion fromParameters(LiftParameters p) {
        return new ObjectCompletion(p.ransacThresholdM(), p.voxelM(), p.clusterEpsM(), p.floorContactM());
    }

    /**
     * The objects, each completed (when {@code grow}) and with its {@link ObjectCompleteness}, same order.
     *
     * @param boxes the image box of each object by id (a detector's box); an object without one uses its label's pixels
     * @param grow  true to add connected points; false to only judge visibility
     */
    public List<SceneObject> complete(List<SceneObject> objects, Map<Integer, ImageBox> boxes, boolean grow,
                                      CompletionScene scene) {
        if (objects.isEmpty()) {
            return List.of();
        }
        int w = scene.width(), h = scene.height();
        PointCloud cam = scene.cloudCamera();
        int[] pointAt = new int[w * h];
        Arrays.fill(pointAt, -1);
        for (int i = 0; i < cam.size(); i++) {
            int pixel = cam.pixel()[i];
            if (pixel < 0 || pixel >= pointAt.length) {
                throw new IllegalArgumentException("point " + i + " comes from pixel " + pixel + ", outside the " + w
                        + "x" + h + " label map");
            }
            pointAt[pixel] = i;
        }
        boolean[] onSupport = supportPoints(scene);
        int[] mark = new int[cam.size()];
        List<StructurePlane> room = StructurePlane.of(scene, voxelM);
        List<SceneObject> out = new ArrayList<>(objects.size());
        for (int k = 0; k < objects.size(); k++) {
            SceneObject o = objects.get(k);
            out.add(completeOne(o, k + 1, boxes.get(o.id()), grow, scene, pointAt, onSupport, mark, room));
        }
        return out;
    }

    private SceneObject completeOne(SceneObject o, int stamp, ImageBox given, boolean grow, CompletionScene s,
                                    int[] pointAt, boolean[] onSupport, int[] mark, List<StructurePlane> room) {
        int w = s.width(), h = s.height();
        PointCloud cam = s.cloudCamera();
        int[] core = o.cloudIndices();
        ImageBox box = given != null ? given : labelBox(s.labels(), o.id(), cam, core, w);
        int bx0 = Math.max(0, (int) Math.floor(box.x0())), by0 = Math.max(0, (int) Math.floor(box.y0()));
        int bx1 = Math.min(w - 1, (int) Math.ceil(box.x1()) - 1), by1 = Math.min(h - 1, (int) Math.ceil(box.y1()) - 1);
        double border = Math.max(BORDER_PX, BORDER_RELATIVE * Math.max(w, h));
        boolean truncated = box.x0() <= border || box.y0() <= border || box.x1() >= w - border
                || box.y1() >= h - border;
        List<boolean[]> structure = new ArrayList<>(room.size());
        for (StructurePlane p : room) {
            structure.add(p.beyond(w, bx0, by0, bx1, by1, STRUCTURE_OUTSIDE_SHARE));
        }
        for (int i : core) {
            mark[i] = stamp;
        }
        int[] joined = core;
        if (grow && bx1 >= bx0 && by1 >= by0) {
            joined = grow(o, stamp, s, pointAt, onSupport, mark, room, structure, bx0, by0, bx1, by1);
        }
        boolean occluded = occluded(joined, stamp, s, pointAt, onSupport, mark)
                || BaseOcclusion.hidden(joined, stamp, s, pointAt, onSupport, mark, OCCLUDER_REACH_PX,
                        OCCLUDER_MARGIN_M, OCCLUDER_RELATIVE);
        int added = joined.length - core.length;
        SceneObject measured = added == 0 ? o
                : ObjectExtractor.measured(o.id(), o.name(), joined, o.droppedPoints(), s.cloudCanonical(), floorContactM);
        if (added > 0) {
            LOG.debug("object {} ({}): {} points joined its {} mask points", o.id(), o.name(), added, core.length);
        }
        return new SceneObject(measured.id(), measured.name(), measured.pointCount(), measured.droppedPoints(),
                measured.centroidCanonical(), measured.boxCanonical(), measured.orientedBoxCanonical(),
                measured.bottomAboveFloorM(), measured.onFloor(), measured.cloudIndices(), o.detectorScore(),
                o.description(), o.rejection(), new ObjectCompleteness(added, truncated, occluded));
    }

    /**
     * True when at least {@link #OCCLUDED_SHARE} of the object's boundary pixels (its pixels with a 4-neighbour that is
     * not its own) see, within {@link #OCCLUDER_REACH_PX} pixels outward, a point that is not on the support plane (the
     * floor in front of an object's foot hides nothing; a wall or another object's face may) and is nearer
     * than the boundary point by max({@link #OCCLUDER_MARGIN_M} m, {@link #OCCLUDER_RELATIVE}·z): there a nearer
     * surface cuts the object's outline.
     */
    private static boolean occluded(int[] joined, int stamp, CompletionScene s, int[] pointAt, boolean[] onSupport,
                                    int[] mark) {
        int w = s.width(), h = s.height();
        PointCloud cam = s.cloudCamera();
        int boundary = 0, cut = 0;
        for (int i : joined) {
            int pixel = cam.pixel()[i];
            int px = pixel % w, py = pixel / w;
            float zi = cam.z(i);
            double margin = Math.max(OCCLUDER_MARGIN_M, OCCLUDER_RELATIVE * zi);
            boolean onBoundary = false, nearer = false;
            for (int d = 0; d < 4; d++) {
                int dx = DX[d], dy = DY[d];
                int nx = px + dx, ny = py + dy;
                if (nx >= 0 && nx < w && ny >= 0 && ny < h) {
                    int n = pointAt[ny * w + nx];
                    if (n >= 0 && mark[n] == stamp) {
                        continue;
                    }
                }
                onBoundary = true;
                for (int k = 1; k <= OCCLUDER_REACH_PX && !nearer; k++) {
                    int x = px + k * dx, y = py + k * dy;
                    if (x < 0 || x >= w || y < 0 || y >= h) {
                        break;
                    }
                    int j = pointAt[y * w + x];
                    if (j < 0 || mark[j] == stamp) {
                        continue;
                    }
                    nearer = cam.z(j) < zi - margin && !onSupport[j];
                    break;
                }
            }
            if (onBoundary) {
                boundary++;
                if (nearer) {
                    cut++;
                }
            }
        }
        return boundary > 0 && cut >= OCCLUDED_SHARE * boundary;
    }

    /**
     * Growth from the core over the candidates in the box (see the class comment). The candidates and the core fall
     * into cubic cells of side ε/2; two cells are linked when their centroids lie within ε; the cells reached from the
     * core's cells join. The joined indices, sorted.
     */
    private int[] grow(SceneObject o, int stamp, CompletionScene s, int[] pointAt, boolean[] onSupport, int[] mark,
                       List<StructurePlane> room, List<boolean[]> structure, int bx0, int by0, int bx1, int by1) {
        int w = s.width();
        PointCloud cam = s.cloudCamera();
        int[] core = o.cloudIndices();
        double zLo = percentileDepth(cam, core, 0.05) - DEPTH_WINDOW_M;
        double zHi = percentileDepth(cam, core, 0.95) + DEPTH_WINDOW_M;
        double eps = Math.max(clusterEpsM, ObjectExtractor.RELATIVE_EPS * percentileDepth(cam, core, 0.5));
        double cell = eps / 2;
        int[] ids = s.labels().ids();
        Map<Long, Cell> cells = new HashMap<>();
        for (int i : core) {
            cells.computeIfAbsent(cellKey(cam, i, cell), k -> new Cell()).add(cam, i, true);
        }
        for (int y = by0; y <= by1; y++) {
            for (int x = bx0; x <= bx1; x++) {
                int j = pointAt[y * w + x];
                if (j < 0 || mark[j] == stamp) {
                    continue;
                }
                int label = ids[y * w + x];
                float zj = cam.z(j);
                if ((label != 0 && label != o.id()) || zj < zLo || zj > zHi
                        || isStructure(s, j, onSupport, room, structure)) {
                    continue;
                }
                cells.computeIfAbsent(cellKey(cam, j, cell), k -> new Cell()).add(cam, j, false);
            }
        }
        ArrayDeque<Long> queue = new ArrayDeque<>();
        Set<Long> reached = new HashSet<>();
        for (Map.Entry<Long, Cell> e : cells.entrySet()) {
            if (e.getValue().core) {
                reached.add(e.getKey());
                queue.add(e.getKey());
            }
        }
        IntList joined = new IntList(core.length);
        spread(queue, reached, cells, eps * eps, joined);
        if (s.frame().canonical()) {
            joinUnderneath(cells, reached, eps, s.cloudCanonical(), joined);
        }
        for (int k = 0; k < joined.size(); k++) {
            mark[joined.get(k)] = stamp;
        }
        int[] out = joined.toArray();
        Arrays.sort(out);
        return out;
    }

    /** Breadth-first over linked cells from {@code queue} (already in {@code reached}); their points go to {@code out}. */
    private static void spread(ArrayDeque<Long> queue, Set<Long> reached, Map<Long, Cell> cells, double eps2,
                               IntList out) {
        while (!queue.isEmpty()) {
            long key = queue.poll();
            Cell here = cells.get(key);
            for (int k = 0; k < here.members.size(); k++) {
                out.add(here.members.get(k));
            }
            for (int dz = -2; dz <= 2; dz++) {
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        long next = key + dx + dy * CELL_STRIDE + dz * CELL_STRIDE * CELL_STRIDE;
                        Cell there = cells.get(next);
                        if (there != null && !reached.contains(next) && here.distance2(there) <= eps2) {
                            reached.add(next);
                            queue.add(next);
                        }
                    }
                }
            }
        }
    }

    /**
     * Legs and bases seen apart from their object (a chair's base below a gas column that has no depth): each group of
     * linked candidate cells not yet reached joins when it lies entirely below the object (its top under the object's
     * bottom) and its centre, seen from above, within the object's footprint widened by ε.
     */
    private static void joinUnderneath(Map<Long, Cell> cells, Set<Long> reached, double eps, PointCloud canonical,
                                       IntList joined) {
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY, minZ = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < joined.size(); k++) {
            int i = joined.get(k);
            minX = Math.min(minX, canonical.x(i));
            maxX = Math.max(maxX, canonical.x(i));
            minY = Math.min(minY, canonical.y(i));
            maxY = Math.max(maxY, canonical.y(i));
            minZ = Math.min(minZ, canonical.z(i));
        }
        Set<Long> seen = new HashSet<>(reached);
        for (Long start : cells.keySet()) {
            if (!seen.add(start)) {
                continue;
            }
            ArrayDeque<Long> queue = new ArrayDeque<>();
            queue.add(start);
            IntList group = new IntList();
            spread(queue, seen, cells, eps * eps, group);
            double top = Double.NEGATIVE_INFINITY, sx = 0, sy = 0;
            for (int k = 0; k < group.size(); k++) {
                int i = group.get(k);
                top = Math.max(top, canonical.z(i));
                sx += canonical.x(i);
                sy += canonical.y(i);
            }
            double cx = sx / group.size(), cy = sy / group.size();
            if (top < minZ && cx >= minX - eps && cx <= maxX + eps && cy >= minY - eps && cy <= maxY + eps) {
                for (int k = 0; k < group.size(); k++) {
                    joined.add(group.get(k));
                }
            }
        }
    }

    /** The points of one cell: their indices, the sum of their camera-frame coordinates, and whether any is core. */
    private static final class Cell {
        final IntList members = new IntList(8);
        double sx, sy, sz;
        boolean core;

        void add(PointCloud cam, int i, boolean isCore) {
            members.add(i);
            sx += cam.x(i);
            sy += cam.y(i);
            sz += cam.z(i);
            core |= isCore;
        }

        /** Squared distance between the two cells' centroids (m²). */
        double distance2(Cell o) {
            double n = members.size(), m = o.members.size();
            double dx = sx / n - o.sx / m, dy = sy / n - o.sy / m, dz = sz / n - o.sz / m;
            return dx * dx + dy * dy + dz * dz;
        }
    }

    /** The cell of camera-frame point i, packed: (i_x + B) + (i_y + B)·S + (i_z + B)·S², B = S / 2. */
    private static long cellKey(PointCloud cam, int i, double cell) {
        long ix = (long) Math.floor(cam.x(i) / cell) + CELL_STRIDE / 2;
        long iy = (long) Math.floor(cam.y(i) / cell) + CELL_STRIDE / 2;
        long iz = (long) Math.floor(cam.z(i) / cell) + CELL_STRIDE / 2;
        return ix + iy * CELL_STRIDE + iz * CELL_STRIDE * CELL_STRIDE;
    }

    private boolean isStructure(CompletionScene s, int j, boolean[] onSupport, List<StructurePlane> room,
                                List<boolean[]> structure) {
        if (onSupport[j]) {
            return true;
        }
        PointCloud cam = s.cloudCamera();
        double x = cam.x(j), y = cam.y(j), z = cam.z(j);
        double tol = tolerance(z);
        for (int k = 0; k < room.size(); k++) {
            if (room.get(k).holds(cam.pixel()[j], x, y, z, tol, structure.get(k))) {
                return true;
            }
        }
        return false;
    }

    private double tolerance(double depthM) {
        return Math.max(planeToleranceM, PLANE_TOLERANCE_RELATIVE * depthM);
    }

    /**
     * Points on the support plane (canonical |z| within tolerance) or, when it is the floor, below it (noise); none
     * when the frame has no fitted support.
     */
    private boolean[] supportPoints(CompletionScene s) {
        PointCloud cam = s.cloudCamera(), can = s.cloudCanonical();
        boolean[] on = new boolean[cam.size()];
        if (!s.frame().canonical()) {
            return on;
        }
        boolean floor = s.frame().support() == SupportKind.FLOOR;
        for (int i = 0; i < on.length; i++) {
            double z = can.z(i);
            on[i] = (floor ? z : Math.abs(z)) <= tolerance(cam.z(i));
        }
        return on;
    }

    /**
     * The box of the instance's pixels in the label map (with or without depth: a mask that reaches the border where the
     * depth camera sees nothing is still cut by it), else of its points' pixels.
     */
    private static ImageBox labelBox(LabelImage labels, int id, PointCloud cam, int[] core, int w) {
        int[] ids = labels.ids();
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int p = 0; p < ids.length; p++) {
            if (ids[p] == id) {
                int x = p % w, y = p / w;
                x0 = Math.min(x0, x);
                y0 = Math.min(y0, y);
                x1 = Math.max(x1, x);
                y1 = Math.max(y1, y);
            }
        }
        return x1 < 0 ? pixelBox(cam, core, w) : new ImageBox(x0, y0, x1 + 1, y1 + 1);
    }

    /** The box of the points' pixels (pixel edges: the last pixel's right and bottom edge included). */
    private static ImageBox pixelBox(PointCloud cam, int[] indices, int w) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
        for (int i : indices) {
            int pixel = cam.pixel()[i];
            int x = pixel % w, y = pixel / w;
            x0 = Math.min(x0, x);
            y0 = Math.min(y0, y);
            x1 = Math.max(x1, x);
            y1 = Math.max(y1, y);
        }
        return new ImageBox(x0, y0, x1 + 1, y1 + 1);
    }

    /** The q-quantile of the points' camera depth (m). */
    private static double percentileDepth(PointCloud cam, int[] indices, double q) {
        float[] z = new float[indices.length];
        for (int k = 0; k < indices.length; k++) {
            z[k] = cam.z(indices[k]);
        }
        Arrays.sort(z);
        return z[(int) Math.floor(q * (z.length - 1))];
    }
}
