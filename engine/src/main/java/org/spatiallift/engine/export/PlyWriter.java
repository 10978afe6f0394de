package org.spatiallift.engine.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.io.AtomicOutput;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Writes a point cloud as binary little-endian PLY (Turk 1994): per vertex {@code float x, y, z} (metres, in the
 * cloud's frame, named in a header comment), {@code uchar red, green, blue} and {@code int instance} (the object id,
 * 0 = none): 19 bytes per vertex.
 */
public final class PlyWriter {

    /** Bytes per vertex: 3 floats, 3 uchars, 1 int. */
    public static final int VERTEX_BYTES = 19;

    private PlyWriter() {
    }

    /** Per point of a cloud of {@code size} points: the id of the object that kept it, else 0. */
    public static int[] instanceIds(int size, List<SceneObject> objects) {
        int[] ids = new int[size];
        for (SceneObject object : objects) {
            for (int i : object.cloudIndices()) {
                ids[i] = object.id();
            }
        }
        return ids;
    }

    /**
     * Writes {@code cloud} to {@code file}, all or nothing ({@link AtomicOutput}); {@code instance} per point, or
     * null for all 0.
     */
    public static void write(PointCloud cloud, int[] instance, Path file) throws IOException {
        AtomicOutput.write(file, out -> write(cloud, instance, out));
    }

    /** Writes {@code cloud} to {@code out} (not closed); {@code instance} per point, or null for all 0. */
    public static void write(PointCloud cloud, int[] instance, OutputStream out) throws IOException {
        int n = cloud.size();
        if (instance != null && instance.length < n) {
            throw new IllegalArgumentException("instance ids cover " + instance.length + " of " + n + " points");
        }
        String header = "ply\n"
                + "format binary_little_endian 1.0\n"
                + "comment SpatialLift point cloud, " + cloud.frame().name().toLowerCase(Locale.ROOT)
                + " frame, metres\n"
                + "element vertex " + n + "\n"
                + "property float x\n"
                + "property float y\n"
                + "property float z\n"
                + "property uchar red\n"
                + "property uchar green\n"
                + "property uchar blue\n"
                + "property int instance\n"
                + "end_header\n";
        out.write(header.getBytes(StandardCharsets.US_ASCII));
        float[] xyz = cloud.xyz();
        int[] rgb = cloud.rgb();
        ByteBuffer buffer = ByteBuffer.allocate(VERTEX_BYTES * 4096).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            if (buffer.remaining() < VERTEX_BYTES) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            buffer.putFloat(xyz[3 * i]).putFloat(xyz[3 * i + 1]).putFloat(xyz[3 * i + 2]);
            int c = rgb[i];
            buffer.put((byte) (c >>> 16)).put((byte) (c >>> 8)).put((byte) c);
            buffer.putInt(instance == null ? 0 : instance[i]);
        }
        out.write(buffer.array(), 0, buffer.position());
        out.flush();
    }
}
