package org.spatiallift.engine.scene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.image.DepthDensity;
import org.spatiallift.engine.pipeline.LiftParameters;

/**
 * 3-D objects from an instance label map and the full-resolution camera-frame cloud.
 *
 * <p>For each label id ≠ 0, in ascending id order:
 * <ol>
 *   <li>its points are those whose source pixel carries the id, taken from the canonical cloud the pipeline
 *       already transformed (p_canonical = R·p_camera + t);</li>
 *   <li>{@link Dbscan} (eps = max(clusterEpsM, {@value #RELATIVE_EPS}·z̃), z̃ the object's median camera depth, minPts)
 *       splits them; the largest cluster is kept, the rest (mask pixels that bled across a depth edge onto the
 *       background, and noise) is counted as dropped. The radius grows with depth because the spacing of neighbouring
 *       pixels' points does: z/f per pixel on a surface facing the camera, many times that on a surface seen at a
 *       grazing angle (a table top seen from the side), which a fixed 5 cm radius would cut into strips;</li>
 *   <li>centroid = mean of the kept points; axis-aligned box = their min/max; oriented box = the minimum-area
 *       rectangle of their x-y footprint ({@link FootprintRectangle}, yaw in degrees, x' the longer side) extruded
 *       over their z range;</li>
 *   <li>bottomAboveFloorM = the lowest kept point's z, i.e. its height above the support plane (the minimum, not a
 *       percentile: clustering has already removed isolated noise); onFloor = |bottom| ≤ floorContactM.</li>
 * </ol>
 * Instances with fewer than {@code minObjectPoints} points, before or after clustering, are skipped with a warning
 * (30 for dense depth, 10 for sparse depth: {@link #fromParameters(LiftParameters, DepthDensity)}).
 */
public final class ObjectExtractor {

    public static final int DEFAULT_MIN_PTS = 5;
    public static final int DEFAULT_MIN_OBJECT_POINTS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(ObjectExtractor.class);

    /** Cluster radius as a share of the object's median depth (see the class comment). */
    public static final double RELATIVE_EPS = 0.05;

    private final double clusterEpsM;
    private final int minPts;
    private final int minObjectPoints;
    private final double floorContactM;

    public ObjectExtractor(double clusterEpsM, int minPts, int minObjectPoints, double floorContactM) {
        if (!(clusterEpsM > 0) || minPts < 1 || minObjectPoints < 1 || !(floorContactM >= 0)) {
            throw new IllegalArgumentException("objects need clusterEpsM > 0, minPts >= 1, minObjectPoints >= 1 and "
                    + "floorContactM >= 0, got " + clusterEpsM + ", " + minPts + ", " + minObjectPoints + ", " + floorContactM);
        }
        this.clusterEpsM = clusterEpsM;
        this.minPts = minPts;
        this.minObjectPoints = minObjectPoints;
        this.floorContactM = floorContactM;
    }

    /** Cluster radius and floor contact from the lift parameters; default minPts and minimum object size. */
    public static ObjectExtractor fromParameters(LiftParameters p) {
        return new ObjectExtractor(p.clusterEpsM(), DEFAULT_MIN_PTS, DEFAULT_MIN_OBJECT_POINTS, p.floorContactM());
    }

    /**
     * As {@link #fromParameters(LiftParameters)}, with the minimum object size for depth of this {@code density}:
     * an object from sparse depth (a LiDAR scan) keeps its mask's points whatever their density, down to
     * {@value DepthDensity#SPARSE_MIN_POINTS} points ({@link DepthDensity#minimumPoints}).
     */
    public static ObjectExtractor fromParameters(LiftParameters p, DepthDensity density) {
        return new ObjectExtractor(p.clusterEpsM(), DEFAULT_MIN_PTS, density.minimumPoints(DEFAULT_MIN_OBJECT_POINTS),
                p.floorContactM());
    }

    /**
     * @param cloudCamera    every lifted point, camera frame, with source pixel indices into {@code labels}' image
     * @param cloudCanonical the same points in the canonical frame (same order), as the pipeline already made them
     * @param labels         instance ids per pixel and their names
     */
    public ExtractedObjects extract(PointCloud cloudCamera, PointCloud cloudCanonical, ObjectLabels labels) {
        if (cloudCanonical.size() != cloudCamera.size()) {
            throw new IllegalArgumentException("the canonical cloud has " + cloudCanonical.size()
                    + " points but the camera cloud " + cloudCamera.size() + ": pass the same points in both frames");
        }
        int[] ids = labels.labels().ids();
        int n = cloudCamera.size();
        long[] byId = new long[n];
        int labelled = 0;
        for (int i = 0; i < n; i++) {
            int pixel = cloudCamera.pixel()[i];
            if (pixel < 0 || pixel >= ids.length) {
                throw new IllegalArgumentException("point " + i + " comes from pixel " + pixel + ", outside the "
                        + labels.labels().width() + "x" + labels.labels().height() + " label map");
            }
            if (ids[pixel] != 0) {
                byId[labelled++] = ((long) ids[pixel] << 32) | i;
            }
        }
        // Sorting (id, index) pairs groups each id's points, ids ascending and indices ascending within an id.
        Arrays.sort(byId, 0, labelled);
        List<SceneObject> objects = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<LeftOutObject> leftOut = new ArrayList<>();
        int start = 0;
        while (start < labelled) {
            int id = (int) (byId[start] >> 32);
            int end = start;
            while (end < labelled && (int) (byId[end] >> 32) == id) {
                end++;
            }
            int[] indices = new int[end - start];
            for (int k = start; k < end; k++) {
                indices[k - start] = (int) byId[k];
            }
            SceneObject object = extractOne(cloudCamera, cloudCanonical, id, labels.nameOf(id), indices, warnings,
                    leftOut);
            if (object != null) {
                objects.add(object);
            }
            start = end;
        }
        return new ExtractedObjects(objects, warnings, leftOut);
    }

    private SceneObject extractOne(PointCloud cloud, PointCloud canonical, int id, String name, int[] indices,
                                   List<String> warnings, List<LeftOutObject> leftOut) {
        if (indices.length < minObjectPoints) {
            return skip(id, name, indices.length + " points", warnings, leftOut);
        }
        float[] xyz = gather(canonical, indices);
        double eps = Math.max(clusterEpsM, RELATIVE_EPS * medianDepth(cloud, indices));
        Clusters clusters = new Dbscan(eps, minPts).cluster(xyz, indices.length);
        int largest = clusters.largest();
        int kept = largest < 0 ? 0 : clusters.sizes()[largest];
        if (kept < minObjectPoints) {
            return skip(id, name, indices.length + " points but only " + kept + " in its largest cluster", warnings,
                    leftOut);
        }
        int[] keptIndices = new int[kept];
        int k = 0;
        for (int t = 0; t < indices.length; t++) {
            if (clusters.labels()[t] == largest) {
                keptIndices[k++] = indices[t];
            }
        }
        int dropped = indices.length - kept;
        if (dropped > 0) {
            LOG.debug("object {} ({}): kept {} of {} points, {} clusters", id, name, kept, indices.length, clusters.count());
        }
        return measured(id, name, keptIndices, dropped, canonical, floorContactM);
    }

    /**
     * The object made of the canonical points {@code keptIndices} (see the class comment, steps 3 and 4): centroid,
     * axis-aligned and oriented boxes, bottom above the floor and floor contact.
     */
    static SceneObject measured(int id, String name, int[] keptIndices, int dropped, PointCloud canonical,
                                double floorContactM) {
        int kept = keptIndices.length;
        float[] x = new float[kept], y = new float[kept];
        double sx = 0, sy = 0, sz = 0;
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY, minZ = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY, maxZ = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < kept; k++) {
            int i = keptIndices[k];
            float px = canonical.x(i), py = canonical.y(i), pz = canonical.z(i);
            x[k] = px;
            y[k] = py;
            sx += px;
            sy += py;
            sz += pz;
            minX = Math.min(minX, px);
            minY = Math.min(minY, py);
            minZ = Math.min(minZ, pz);
            maxX = Math.max(maxX, px);
            maxY = Math.max(maxY, py);
            maxZ = Math.max(maxZ, pz);
        }
        Vec3 centroid = new Vec3(sx / kept, sy / kept, sz / kept);
        Box3 box = new Box3(new Vec3(minX, minY, minZ), new Vec3(maxX, maxY, maxZ));
        FootprintRectangle footprint = FootprintRectangle.of(x, y, kept);
        OrientedBox oriented = new OrientedBox(
                new Vec3(footprint.centerX(), footprint.centerY(), (minZ + maxZ) / 2),
                new Vec3(footprint.lengthM(), footprint.widthM(), maxZ - minZ), footprint.yawDeg());
        return new SceneObject(id, name, kept, dropped, centroid, box, oriented, minZ,
                Math.abs(minZ) <= floorContactM, keptIndices);
    }

    private SceneObject skip(int id, String name, String what, List<String> warnings, List<LeftOutObject> leftOut) {
        String warning = String.format(Locale.ROOT, "object %d (%s) skipped: %s, fewer than %d", id, name, what,
                minObjectPoints);
        LOG.warn("{}", warning);
        warnings.add(warning);
        leftOut.add(new LeftOutObject(id, name, Double.NaN, LeftOutObject.Reason.TOO_FEW_POINTS,
                String.format(Locale.ROOT, "%s, fewer than %d", what, minObjectPoints)));
        return null;
    }

    /** Median camera-frame z of the points (metres). */
    private static double medianDepth(PointCloud cloud, int[] indices) {
        float[] z = new float[indices.length];
        for (int k = 0; k < indices.length; k++) {
            z[k] = cloud.z(indices[k]);
        }
        Arrays.sort(z);
        return z[z.length / 2];
    }

    /** The listed points' xyz, packed. */
    private static float[] gather(PointCloud cloud, int[] indices) {
        float[] src = cloud.xyz();
        float[] out = new float[3 * indices.length];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(src, 3 * indices[k], out, 3 * k, 3);
        }
        return out;
    }
}
