package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.sample.TruthObject;
import org.spatiallift.engine.testing.AnnotatedSample;
import org.spatiallift.engine.testing.SharedData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Objects from annotations on the command line: {@code lift|qa --objects FILE}, {@code generate} finding objects.json
 * beside each image, {@code validate --objects-from boxes}, and the usage errors with the detector. The built-in scene
 * with its true boxes written as annotations (camera frame) stands in for an annotated dataset.
 */
class ObjectsFromAnnotationsCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static SampleScene scene;
    private static Path frame;
    private static Path objects;
    private static String intrinsics;

    @BeforeAll
    static void writeAnnotatedScene() throws IOException {
        scene = SampleScenes.builtIn();
        frame = dir.resolve("in").resolve("scene1");
        SampleSceneWriter.write(scene, frame);
        objects = AnnotatedSample.write(scene, frame.resolve("objects.json"), false);
        intrinsics = Files.readString(frame.resolve("intrinsics.txt")).trim();
    }

    @Test
    void liftWithObjectsTakesClassAndExtentFromTheBoxesAndGravityFromTheFile() throws IOException {
        CliRun run = CliRun.of("lift", "--image", frame.resolve("rgb.png").toString(), "--depth",
                frame.resolve("depth.png").toString(), "--intrinsics", intrinsics, "--objects", objects.toString(),
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.path("objects_from").asText()).isEqualTo("annotations");
        assertThat(json.path("floor").path("reason").asText()).startsWith("gravity from the annotations");
        assertThat(json.path("floor").path("pitch_deg").asDouble())
                .isCloseTo(scene.truth().orientation().pitchDeg(), within(1e-6));
        List<String> names = scene.truth().objects().stream().map(TruthObject::name).toList();
        assertThat(json.path("objects")).hasSize(names.size());
        for (JsonNode o : json.path("objects")) {
            TruthObject t = scene.truth().objects().get(o.path("id").asInt() - 1);
            assertThat(o.path("label").asText()).isEqualTo(t.name());
            assertThat(o.path("extents_canonical_m").get(2).asDouble()).as(t.name() + " height: the annotated one")
                    .isCloseTo(t.boxCanonical().extents().z(), within(1e-3));
        }
    }

    @Test
    void qaWithObjectsSaysInItsProvenanceThatObjectsCameFromTheFileWithItsHash() throws Exception {
        CliRun run = CliRun.of("qa", "--image", frame.resolve("rgb.png").toString(), "--depth",
                frame.resolve("depth.png").toString(), "--intrinsics", intrinsics, "--objects", objects.toString(),
                "--per-image", "12", "--seed", "3", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode qa = JSON.readTree(run.out());
        assertThat(qa).hasSize(12);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(objects)));
        for (JsonNode p : qa) {
            JsonNode provenance = p.path("provenance");
            assertThat(provenance.path("objects_from").asText()).isEqualTo("annotations");
            assertThat(provenance.path("models").toString()).contains("objects.json").contains(sha)
                    .contains("extent as annotated").doesNotContain(dir.toString());
        }
    }

    @Test
    void objectsWithDetectIsAUsageError() {
        CliRun run = CliRun.of("qa", "--image", frame.resolve("rgb.png").toString(), "--depth",
                frame.resolve("depth.png").toString(), "--objects", objects.toString(), "--detect");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--objects and --detect are mutually exclusive").contains("Drop one of them");
        CliRun lift = CliRun.of("lift", "--image", frame.resolve("rgb.png").toString(), "--depth",
                frame.resolve("depth.png").toString(), "--objects", objects.toString(), "--detect");
        assertThat(lift.exitCode()).isEqualTo(2);
        CliRun validate = CliRun.of("validate", "--gt", dir.toString(), "--objects-from", "boxes", "--detect");
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains("--objects-from and --detect are mutually exclusive");
    }

    @Test
    void generateFindsTheObjectsBesideEachImageWithoutALabelMap() throws IOException {
        Path in = dir.resolve("boxes-only");
        Path scene2 = in.resolve("scene2");
        SampleSceneWriter.write(scene, scene2);
        Files.delete(scene2.resolve("labels.png"));
        Files.delete(scene2.resolve("names.txt"));
        AnnotatedSample.write(scene, scene2.resolve("objects.json"), true);
        Path out = dir.resolve("dataset");

        CliRun run = CliRun.of("generate", "--input", in.toString(), "--out", out.toString(), "--per-image", "10",
                "--format", "messages", "--no-progress", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.path("images_generated").asInt()).as(run.out()).isEqualTo(1);
        List<String> lines = Files.readAllLines(out.resolve("qa.messages.jsonl"));
        assertThat(lines).hasSize(1);
        String line = lines.get(0);
        assertThat(line).contains("\"objects_from\":\"annotations\"").contains("scene2/objects.json");
    }

    @Test
    void validateWithObjectsFromTheBoxesIsAtLeast98PercentValidOnAnAnnotatedFrame() throws IOException {
        Path gt = SharedData.annotated().resolve("sunrgbd_mmdet3d").resolve("000001");

        CliRun run = CliRun.of("validate", "--gt", gt.toString(), "--objects-from", "boxes", "--seeds", "1,2",
                "--per-image", "20", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.path("objects_from").asText()).isEqualTo("annotated boxes");
        JsonNode qa = json.path("qa");
        assertThat(qa.path("yield_per_frame").asDouble()).isEqualTo(40.0);
        assertThat(qa.path("judged").asInt()).isGreaterThanOrEqualTo(36);
        assertThat(qa.path("validity").asDouble()).as(qa.toString()).isGreaterThanOrEqualTo(0.98);
        assertThat(json.path("objects").path("wrong_class").asInt()).isZero();
        assertThat(json.path("gravity_error_deg").path("max").asDouble()).isLessThan(1e-6);
    }
}
