package org.spatiallift.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.cloud.CoordinateFrame;
import org.spatiallift.engine.cloud.PointCloud;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.scene.SceneObject;
import org.spatiallift.engine.testing.CloudBuilder;

class PlyWriterTest {

    private static PointCloud cloud() {
        return new CloudBuilder(1).add(1.5, -2.25, 3.0, 0xFF8001).add(-0.125, 0, 7.5, 0x00FF10).add(0, 0, 0, 0)
                .build(CoordinateFrame.CANONICAL);
    }

    @Test
    void writeProducesHeaderAndLittleEndianVertices() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PlyWriter.write(cloud(), new int[] {0, 7, 0}, out);

        byte[] bytes = out.toByteArray();
        String text = new String(bytes, StandardCharsets.US_ASCII);
        int bodyStart = text.indexOf("end_header\n") + "end_header\n".length();
        assertThat(text.substring(0, bodyStart)).isEqualTo("ply\n"
                + "format binary_little_endian 1.0\n"
                + "comment SpatialLift point cloud, canonical frame, metres\n"
                + "element vertex 3\n"
                + "property float x\nproperty float y\nproperty float z\n"
                + "property uchar red\nproperty uchar green\nproperty uchar blue\n"
                + "property int instance\n"
                + "end_header\n");
        assertThat(bytes.length - bodyStart).isEqualTo(3 * PlyWriter.VERTEX_BYTES);
        ByteBuffer body = ByteBuffer.wrap(bytes, bodyStart, bytes.length - bodyStart).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(body.getFloat()).isEqualTo(1.5f);
        assertThat(body.getFloat()).isEqualTo(-2.25f);
        assertThat(body.getFloat()).isEqualTo(3.0f);
        assertThat(body.get() & 0xFF).isEqualTo(0xFF);
        assertThat(body.get() & 0xFF).isEqualTo(0x80);
        assertThat(body.get() & 0xFF).isEqualTo(0x01);
        assertThat(body.getInt()).isZero();
        assertThat(body.getFloat()).isEqualTo(-0.125f);
        body.position(body.position() + 8 + 3);
        assertThat(body.getInt()).isEqualTo(7);
    }

    @Test
    void writeToFileWithInstanceIdsOfObjects(@TempDir Path dir) throws IOException {
        SceneObject object = new SceneObject(4, "box", 2, 0, Vec3.ZERO, new Box3(Vec3.ZERO, Vec3.ZERO),
                new OrientedBox(Vec3.ZERO, Vec3.ZERO, 0), 0, true, new int[] {0, 2});
        int[] ids = PlyWriter.instanceIds(3, List.of(object));
        Path file = dir.resolve("cloud.ply");

        PlyWriter.write(cloud(), ids, file);

        assertThat(ids).containsExactly(4, 0, 4);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer last = ByteBuffer.wrap(bytes, bytes.length - 4, 4).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(last.getInt()).isEqualTo(4);
    }
}
