package org.spatiallift.engine.sample;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DataBufferUShort;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.image.DepthImage;

/**
 * Writes a {@link SampleScene} as files (this backs {@code spatiallift sample --out DIR}):
 * <ul>
 *   <li>rgb.png — 8-bit RGB;</li>
 *   <li>depth.png — 16-bit grey, millimetres (depth scale 1000): round(z · 1000), clamped to 65535 (65.535 m), 0 = none;</li>
 *   <li>labels.png — 16-bit grey instance ids, 0 = room or background;</li>
 *   <li>names.txt — "id name" per line, by id;</li>
 *   <li>intrinsics.txt — "fx,fy,cx,cy" in pixels;</li>
 *   <li>ground_truth.json — camera_height_m, pitch_deg, roll_deg and per object id, name, shape, color, aabb_min_canonical_m,
 *       aabb_max_canonical_m, dims_m, yaw_deg and visible_fraction.</li>
 * </ul>
 * PNGs are written with javax.imageio; nothing of java.awt leaves this class.
 */
public final class SampleSceneWriter {

    private static final Logger LOG = LoggerFactory.getLogger(SampleSceneWriter.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SampleSceneWriter() {
    }

    /** Writes the six files into {@code dir}, creating it if needed, replacing files of the same names. */
    public static void write(SampleScene scene, Path dir) throws IOException {
        Files.createDirectories(dir);
        int w = scene.color().width(), h = scene.color().height();

        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] rgbData = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        System.arraycopy(scene.color().rgb(), 0, rgbData, 0, w * h);
        png(rgb, dir.resolve("rgb.png"));

        png(grey16(w, h, depthMillimetres(scene.depth())), dir.resolve("depth.png"));

        int[] ids = scene.labels().ids();
        short[] labels = new short[ids.length];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] > 0xFFFF) {
                throw new IOException("label id " + ids[i] + " does not fit a 16-bit label image");
            }
            labels[i] = (short) ids[i];
        }
        png(grey16(w, h, labels), dir.resolve("labels.png"));

        try (Writer out = Files.newBufferedWriter(dir.resolve("names.txt"), StandardCharsets.UTF_8)) {
            for (Map.Entry<Integer, String> e : new TreeMap<>(scene.names()).entrySet()) {
                out.write(e.getKey() + " " + e.getValue() + "\n");
            }
        }
        Intrinsics k = scene.intrinsics();
        Files.writeString(dir.resolve("intrinsics.txt"),
                String.format(Locale.ROOT, "%s,%s,%s,%s%n", k.fx(), k.fy(), k.cx(), k.cy()), StandardCharsets.UTF_8);
        JSON.writeValue(dir.resolve("ground_truth.json").toFile(), groundTruthJson(scene.truth()));
        LOG.info("wrote sample scene ({}x{}, {} objects) to {}", w, h, scene.truth().objects().size(), dir);
    }

    /** round(z · 1000) per pixel, clamped to [0, 65535]; 0 stays 0 (no depth). */
    static short[] depthMillimetres(DepthImage depth) {
        float[] m = depth.metres();
        short[] mm = new short[m.length];
        for (int i = 0; i < m.length; i++) {
            long v = m[i] > 0 ? Math.round(m[i] * 1000.0) : 0;
            mm[i] = (short) Math.min(0xFFFF, Math.max(0, v));
        }
        return mm;
    }

    private static BufferedImage grey16(int w, int h, short[] values) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
        short[] data = ((DataBufferUShort) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(values, 0, data, 0, values.length);
        return img;
    }

    private static void png(BufferedImage img, Path file) throws IOException {
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }

    private static ObjectNode groundTruthJson(GroundTruth truth) {
        ObjectNode root = JSON.createObjectNode();
        root.put("camera_height_m", truth.cameraHeightM());
        root.put("pitch_deg", truth.orientation().pitchDeg());
        root.put("roll_deg", truth.orientation().rollDeg());
        ArrayNode objects = root.putArray("objects");
        for (TruthObject o : truth.objects()) {
            ObjectNode n = objects.addObject();
            n.put("id", o.id());
            n.put("name", o.name());
            n.put("shape", o.shape());
            n.put("color", String.format(Locale.ROOT, "#%06x", o.rgb()));
            vec(n.putArray("aabb_min_canonical_m"), o.boxCanonical().min());
            vec(n.putArray("aabb_max_canonical_m"), o.boxCanonical().max());
            vec(n.putArray("dims_m"), o.dims());
            n.put("yaw_deg", o.yawDeg());
            n.put("visible_fraction", o.visibleFraction());
        }
        return root;
    }

    private static void vec(ArrayNode a, Vec3 v) {
        a.add(v.x()).add(v.y()).add(v.z());
    }
}
