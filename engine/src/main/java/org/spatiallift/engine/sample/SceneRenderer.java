package org.spatiallift.engine.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.Mat3;
import org.spatiallift.engine.geom.RigidTransform;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.image.LabelImage;

/**
 * Ray-casts a {@link SceneSpec} into colour, exact depth and instance labels, with its ground truth.
 *
 * <p>Pixel (u, v) looks along d = ((u − cx)/fx, (v − cy)/fy, 1) in the camera frame; in the canonical frame the ray is
 * o + t·R·d with o = (0, 0, h) and (R, (0, 0, h)) = {@code CameraOrientation.cameraToCanonical(h)}. Because d_z = 1,
 * the parameter t of a hit is its camera-frame z, which is the depth written (not the ray length |t·d|). The nearest
 * hit over the room surfaces and every object primitive wins. Depth is 0 where nothing is hit or z &gt; max range
 * (colour and label are kept there); labels are the object id (index + 1), 0 on room surfaces and background.
 *
 * <p>Colour = albedo × (a + (1 − a)·max(0, n·l)) for a fixed light direction l (up, slightly right and behind the
 * camera), with ambient a = 0.35 on objects and 0.6 on the room; shading scales all channels alike, so objects keep the
 * hue of their base colour. No colour noise; optional Gaussian depth noise (seeded per row) for robustness tests.
 *
 * <p>Each object's visible fraction = its labelled pixels / the pixels its own primitives cover with no other object
 * in the way (same image, so the border cuts both counts; 0 for an object outside the image).
 */
public final class SceneRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(SceneRenderer.class);

    /** Colour where a ray hits nothing (above the walls of a room without a ceiling). */
    public static final int BACKGROUND_RGB = 0xD6DEE6;

    private static final double LIGHT_X = 0.35, LIGHT_Y = -0.55, LIGHT_Z = 1.0;
    private static final double LIGHT_NORM = Math.sqrt(LIGHT_X * LIGHT_X + LIGHT_Y * LIGHT_Y + LIGHT_Z * LIGHT_Z);
    private static final double OBJECT_AMBIENT = 0.35;
    private static final double ROOM_AMBIENT = 0.6;

    private final RenderOptions options;

    public SceneRenderer() {
        this(RenderOptions.defaults());
    }

    public SceneRenderer(RenderOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("render options must not be null");
        }
        this.options = options;
    }

    /** Renders {@code spec}; throws {@link IllegalArgumentException} when an object leaves the room. */
    public SampleScene render(SceneSpec spec) {
        long start = System.nanoTime();
        SceneLayout layout = SceneLayout.of(spec);
        CameraSpec camera = spec.camera();
        Intrinsics k = camera.intrinsics();
        int w = camera.width(), h = camera.height(), n = spec.objects().size();
        Mat3 r = camera.orientation().cameraToCanonical(camera.heightM()).rotation();
        Target target = new Target(new int[w * h], new float[w * h], new int[w * h], new int[h][]);
        RoomSurfaces room = new RoomSurfaces(spec.room());
        Primitive[][] parts = new Primitive[n][];
        for (int i = 0; i < n; i++) {
            int index = i;
            parts[i] = layout.primitives().stream().filter(p -> p.objectIndex == index).toArray(Primitive[]::new);
        }
        int[][] bounds = pixelBounds(layout, k, camera.orientation().cameraToCanonical(camera.heightM()).inverse());
        int[] objectRgb = spec.objects().stream().mapToInt(ObjectSpec::rgb).toArray();
        IntStream.range(0, h).parallel()
                .forEach(v -> renderRow(v, k, r, camera.heightM(), room, parts, bounds, objectRgb, target));

        long[] alone = new long[n];
        for (int[] row : target.aloneCounts) {
            for (int i = 0; i < n; i++) {
                alone[i] += row[i];
            }
        }
        long[] visible = new long[n + 1];
        for (int id : target.labels) {
            visible[id]++;
        }
        List<TruthObject> truths = new ArrayList<>(n);
        Map<Integer, String> names = new HashMap<>();
        for (int i = 0; i < n; i++) {
            double fraction = alone[i] == 0 ? 0 : Math.min(1.0, visible[SceneSpec.idOf(i)] / (double) alone[i]);
            truths.add(layout.truth(i, fraction));
            names.put(SceneSpec.idOf(i), spec.objects().get(i).name());
        }
        GroundTruth truth = new GroundTruth(camera.heightM(), camera.orientation(), truths);
        SampleScene scene = new SampleScene(new ColorImage(w, h, target.rgb), new DepthImage(w, h, target.depth),
                new LabelImage(w, h, target.labels), names, k, truth);
        LOG.debug("rendered {} objects at {}x{} in {} ms", n, w, h, (System.nanoTime() - start) / 1_000_000);
        return scene;
    }

    /**
     * Per object the pixel rectangle {u0, u1, v0, v1} that holds its image: the bounds of its box's 8 corners projected
     * by u = fx·x/z + cx, v = fy·y/z + cy (the image of a convex body lies in the hull of its corners' images), one pixel
     * wider; the whole image when a corner is not in front of the camera.
     */
    private static int[][] pixelBounds(SceneLayout layout, Intrinsics k, RigidTransform canonicalToCamera) {
        int n = layout.spec().objects().size();
        int[][] bounds = new int[n][];
        for (int i = 0; i < n; i++) {
            Box3 b = layout.box(i);
            double u0 = Double.MAX_VALUE, u1 = -Double.MAX_VALUE, v0 = Double.MAX_VALUE, v1 = -Double.MAX_VALUE;
            boolean inFront = true;
            for (int c = 0; c < 8 && inFront; c++) {
                Vec3 p = canonicalToCamera.apply(new Vec3((c & 1) == 0 ? b.min().x() : b.max().x(),
                        (c & 2) == 0 ? b.min().y() : b.max().y(), (c & 4) == 0 ? b.min().z() : b.max().z()));
                inFront = p.z() > 1e-6;
                double u = k.fx() * p.x() / p.z() + k.cx(), v = k.fy() * p.y() / p.z() + k.cy();
                u0 = Math.min(u0, u);
                u1 = Math.max(u1, u);
                v0 = Math.min(v0, v);
                v1 = Math.max(v1, v);
            }
            bounds[i] = inFront
                    ? new int[] {(int) Math.max(-1, Math.floor(u0) - 1), (int) Math.min(k.width(), Math.ceil(u1) + 1),
                            (int) Math.max(-1, Math.floor(v0) - 1), (int) Math.min(k.height(), Math.ceil(v1) + 1)}
                    : new int[] {0, k.width() - 1, 0, k.height() - 1};
        }
        return bounds;
    }

    private void renderRow(int v, Intrinsics k, Mat3 r, double camHeight, RoomSurfaces room, Primitive[][] parts,
                           int[][] bounds, int[] objectRgb, Target target) {
        int w = k.width(), n = objectRgb.length;
        int[] alone = new int[n];
        int[] active = new int[n];
        int activeCount = 0;
        for (int i = 0; i < n; i++) {
            if (v >= bounds[i][2] && v <= bounds[i][3]) {
                active[activeCount++] = i;
            }
        }
        int[] surface = new int[1];
        double[] normal = new double[3];
        SplittableRandom noise = options.depthNoiseStdM() > 0
                ? new SplittableRandom(options.noiseSeed() * 0x9E3779B97F4A7C15L + v) : null;
        double ry = (v - k.cy()) / k.fy();
        for (int u = 0; u < w; u++) {
            double rx = (u - k.cx()) / k.fx();
            double dx = r.m00() * rx + r.m01() * ry + r.m02();
            double dy = r.m10() * rx + r.m11() * ry + r.m12();
            double dz = r.m20() * rx + r.m21() * ry + r.m22();
            double best = room.hit(0, 0, camHeight, dx, dy, dz, surface);
            Primitive nearest = null;
            for (int a = 0; a < activeCount; a++) {
                int i = active[a];
                if (u < bounds[i][0] || u > bounds[i][1]) {
                    continue;
                }
                boolean hitObject = false;
                for (Primitive p : parts[i]) {
                    double t = p.hit(0, 0, camHeight, dx, dy, dz);
                    if (t < Double.POSITIVE_INFINITY) {
                        hitObject = true;
                        if (t < best) {
                            best = t;
                            nearest = p;
                        }
                    }
                }
                if (hitObject) {
                    alone[i]++;
                }
            }
            int index = v * w + u;
            if (nearest == null && surface[0] == RoomSurfaces.NONE) {
                target.rgb[index] = BACKGROUND_RGB;
                continue;
            }
            double x = best * dx, y = best * dy, z = camHeight + best * dz;
            int albedo;
            double ambient;
            if (nearest != null) {
                nearest.normalAt(x, y, z, normal);
                albedo = objectRgb[nearest.objectIndex];
                ambient = OBJECT_AMBIENT;
                target.labels[index] = SceneSpec.idOf(nearest.objectIndex);
            } else {
                RoomSurfaces.normal(surface[0], normal);
                albedo = room.albedo(surface[0], x, y, z);
                ambient = ROOM_AMBIENT;
            }
            double depth = best;
            if (noise != null) {
                depth += options.depthNoiseStdM() * noise.nextGaussian();
            }
            target.depth[index] = depth > 0 && best <= options.maxRangeM() ? (float) depth : 0f;
            target.rgb[index] = RoomSurfaces.scale(albedo, shade(normal, ambient));
        }
        target.aloneCounts[v] = alone;
    }

    /** a + (1 − a)·max(0, n·l) for the unit light direction l. */
    private static double shade(double[] n, double ambient) {
        double lambert = (n[0] * LIGHT_X + n[1] * LIGHT_Y + n[2] * LIGHT_Z) / LIGHT_NORM;
        return ambient + (1 - ambient) * Math.max(0, lambert);
    }

    /** The images being filled, row by row; each row writes only its own slice. */
    private record Target(int[] rgb, float[] depth, int[] labels, int[][] aloneCounts) {
    }
}
