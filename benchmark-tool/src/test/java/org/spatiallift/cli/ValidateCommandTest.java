package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.testing.SharedData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code validate} on the annotated frames of ../shared/data/annotated: its JSON contract and its errors. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void objectsFromTheInstanceMasksAreJudgedOnEveryFrame() throws IOException {
        CliRun run = CliRun.of("validate", "--gt", SharedData.annotated().toString(), "--seeds", "1,2", "--per-image",
                "20", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("frames").asInt()).isEqualTo(6);
        assertThat(json.path("objects_from").asText()).isEqualTo("instance masks");
        assertThat(json.path("objects").path("correct").asInt()).as("the 4 ScanNet frames' own objects")
                .isGreaterThanOrEqualTo(20);
        assertThat(json.path("objects").path("wrong_class").asInt()).isZero();
        assertThat(json.path("objects").path("duplicate").asInt()).isZero();
        assertThat(json.path("gravity_error_deg").path("median").asDouble()).isBetween(0.0, 5.0);
        assertThat(json.path("gravity_error_deg").path("max").asDouble())
                .isGreaterThanOrEqualTo(json.path("gravity_error_deg").path("median").asDouble());
        JsonNode qa = json.path("qa");
        assertThat(qa.path("generated").asInt()).as("4 ScanNet frames × 2 seeds × 20").isEqualTo(160);
        assertThat(qa.path("judged").asInt()).isBetween(1, qa.path("generated").asInt());
        assertThat(qa.path("valid").asInt()).isBetween(1, qa.path("judged").asInt());
        assertThat(qa.path("validity").asDouble()).isEqualTo(qa.path("valid").asDouble() / qa.path("judged").asInt(),
                org.assertj.core.api.Assertions.within(1e-4));
        assertThat(qa.path("invalid_by_reason").has("wrong_class")).as("objects are the annotators' own").isFalse();
        assertThat(qa.path("per_category").size()).isGreaterThan(10);
        JsonNode frame = json.path("per_frame").get(0);
        assertThat(frame.path("frame").asText()).isEqualTo("scannet_posed/scene0000_00_00016");
        assertThat(frame.path("true_camera_height_from").asText()).startsWith("floor instance");
        assertThat(frame.path("gravity_uncertainty_deg").asDouble()).as("the frame's own estimate").isBetween(0.05, 5.0);
        JsonNode correct = null;
        for (JsonNode o : frame.path("objects")) {
            if (o.path("verdict").asText().equals("correct")) {
                correct = o;
            }
        }
        assertThat(correct).isNotNull();
        assertThat(correct.path("box_errors").path("height_ratio").asDouble()).isPositive();
        assertThat(correct.path("ground_truth").asText()).isNotBlank();
    }

    @Test
    void detectionsWhoseBoxContradictsTheirLabelAreRejectedAndReportedApart() throws IOException {
        // SUN RGB-D 000001: ottomans detected as "suitcase", 1.4-1.8 m long
        CliRun run = CliRun.of("validate", "--gt", SharedData.annotated().resolve("sunrgbd_mmdet3d/000001").toString(),
                "--detect", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode rejected = json.path("objects").path("rejected");
        assertThat(rejected.path("wrong_class").asInt()).as(json.toString()).isGreaterThanOrEqualTo(2);
        assertThat(json.path("objects").path("wrong_class").asInt()).as("wrong-class objects left in use").isZero();
        JsonNode frame = json.path("per_frame").get(0);
        assertThat(frame.path("rejected").asInt()).isEqualTo(rejected.path("wrong_class").asInt()
                + rejected.path("correct").asInt() + rejected.path("not_judged").asInt()
                + rejected.path("duplicate").asInt());
        assertThat(rejected.has("duplicate")).as("every rejected object is counted somewhere").isTrue();
        boolean explained = false;
        for (JsonNode o : frame.path("objects")) {
            if (o.has("rejected")) {
                assertThat(o.path("rejected").asText()).contains(" m (canonical, gravity-up)").contains("of a suitcase");
                explained = true;
            }
        }
        assertThat(explained).isTrue();
    }

    @Test
    void aFolderWithoutAnnotatedFramesIsBadInputNamingIt() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CliRun run = CliRun.of("validate", "--gt", empty.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(empty.toString()).contains("no annotated frame")
                .contains("docs/ground-truth-format.md");
    }

    @Test
    void aBrokenObjectsFileNamesTheFieldAndTheFormat() throws IOException {
        Path frame = Files.createDirectories(dir.resolve("frame"));
        Files.writeString(frame.resolve("objects.json"), "{\"gravity_down_in_camera\": [0, 1], \"objects\": []}");
        Files.writeString(frame.resolve("intrinsics.json"), "{\"fx\": 500, \"fy\": 500, \"cx\": 320, \"cy\": 240, "
                + "\"width\": 640, \"height\": 480}");
        Files.write(frame.resolve("color.png"), new byte[] {1});
        Files.write(frame.resolve("depth.png"), new byte[] {1});

        CliRun run = CliRun.of("validate", "--gt", frame.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("objects.json").contains("gravity_down_in_camera is not a list of three numbers");
    }
}
