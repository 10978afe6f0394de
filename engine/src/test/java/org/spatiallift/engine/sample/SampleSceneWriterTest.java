package org.spatiallift.engine.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.image.DepthImage;

class SampleSceneWriterTest {

    @TempDir
    static Path dir;

    private static SampleScene scene;

    @BeforeAll
    static void write() throws IOException {
        scene = SampleScenes.builtIn();
        SampleSceneWriter.write(scene, dir);
    }

    @Test
    void writeStoresRgbAsEightBitPng() throws IOException {
        BufferedImage rgb = ImageIO.read(dir.resolve("rgb.png").toFile());

        assertThat(rgb.getWidth()).isEqualTo(640);
        assertThat(rgb.getHeight()).isEqualTo(480);
        assertThat(rgb.getColorModel().getPixelSize()).isEqualTo(24);
        for (int v = 0; v < 480; v += 7) {
            for (int u = 0; u < 640; u += 5) {
                assertThat(rgb.getRGB(u, v) & 0xFFFFFF).isEqualTo(scene.color().rgbAt(u, v));
            }
        }
    }

    @Test
    void writeStoresDepthInMillimetresWithinOneMillimetre() throws IOException {
        BufferedImage depth = ImageIO.read(dir.resolve("depth.png").toFile());

        assertThat(depth.getType()).isEqualTo(BufferedImage.TYPE_USHORT_GRAY);
        assertThat(depth.getWidth()).isEqualTo(640);
        assertThat(depth.getHeight()).isEqualTo(480);
        double worst = 0;
        for (int v = 0; v < 480; v++) {
            for (int u = 0; u < 640; u++) {
                double metres = depth.getRaster().getSample(u, v, 0) / 1000.0;
                worst = Math.max(worst, Math.abs(metres - scene.depth().at(u, v)));
            }
        }
        assertThat(worst).as("largest depth round-trip error (m)").isLessThanOrEqualTo(0.0005 + 1e-6);
    }

    @Test
    void writeStoresLabelsAsSixteenBitIds() throws IOException {
        BufferedImage labels = ImageIO.read(dir.resolve("labels.png").toFile());

        assertThat(labels.getType()).isEqualTo(BufferedImage.TYPE_USHORT_GRAY);
        int[] ids = labels.getRaster().getPixels(0, 0, 640, 480, (int[]) null);
        assertThat(ids).isEqualTo(scene.labels().ids());
    }

    @Test
    void writeListsNamesAndIntrinsics() throws IOException {
        List<String> names = Files.readAllLines(dir.resolve("names.txt"));
        String[] k = Files.readString(dir.resolve("intrinsics.txt")).trim().split(",");

        assertThat(names).hasSize(scene.truth().objects().size());
        assertThat(names.get(0)).isEqualTo("1 " + scene.names().get(1));
        assertThat(names).contains("5 mug", "7 ball");
        assertThat(k).hasSize(4);
        assertThat(Double.parseDouble(k[0])).isCloseTo(scene.intrinsics().fx(), within(1e-9));
        assertThat(Double.parseDouble(k[1])).isCloseTo(scene.intrinsics().fy(), within(1e-9));
        assertThat(Double.parseDouble(k[2])).isEqualTo(319.5);
        assertThat(Double.parseDouble(k[3])).isEqualTo(239.5);
    }

    @Test
    void writeStoresGroundTruthJson() throws IOException {
        JsonNode root = new ObjectMapper().readTree(dir.resolve("ground_truth.json").toFile());

        assertThat(root.get("camera_height_m").asDouble()).isEqualTo(1.4);
        assertThat(root.get("pitch_deg").asDouble()).isEqualTo(20);
        assertThat(root.get("roll_deg").asDouble()).isZero();
        JsonNode objects = root.get("objects");
        assertThat(objects).hasSize(scene.truth().objects().size());
        for (TruthObject o : scene.truth().objects()) {
            JsonNode n = objects.get(o.id() - 1);
            assertThat(n.get("id").asInt()).isEqualTo(o.id());
            assertThat(n.get("name").asText()).isEqualTo(o.name());
            assertThat(n.get("aabb_min_canonical_m").get(2).asDouble()).isEqualTo(o.boxCanonical().min().z());
            assertThat(n.get("aabb_max_canonical_m").get(0).asDouble()).isEqualTo(o.boxCanonical().max().x());
            assertThat(n.get("dims_m").get(1).asDouble()).isEqualTo(o.dims().y());
            assertThat(n.get("yaw_deg").asDouble()).isEqualTo(o.yawDeg());
        }
    }

    @Test
    void depthMillimetresClampsAt65535AndKeepsMissingDepthZero() {
        DepthImage depth = new DepthImage(4, 1, new float[] {0f, 1.2344f, 65.535f, 80f});

        short[] mm = SampleSceneWriter.depthMillimetres(depth);

        assertThat(new int[] {mm[0] & 0xFFFF, mm[1] & 0xFFFF, mm[2] & 0xFFFF, mm[3] & 0xFFFF})
                .containsExactly(0, 1234, 65535, 65535);
    }
}
