package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code lift --detect}: objects from the detector on the TUM frame, described; usage and model errors. */
class LiftDetectCommandTest {

    @TempDir
    Path dir;

    @Test
    void liftDetectJsonCarriesDescribedDetectedObjectsOnTumFrame() throws IOException {
        LocatedModel model = TestModels.detector();

        CliRun run = CliRun.of(tum("--detect", "--models-dir", model.folder().getParent().toString(), "--json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("objects_from").asText()).isEqualTo("detector");
        assertThat(json.path("timings_ms").path("detect").isNumber()).isTrue();
        assertThat(json.path("timings_ms").path("masks").isNumber()).isTrue();
        assertThat(json.path("detector").path("model").asText()).isEqualTo("centernet-mobilenetv3-coco");
        JsonNode detections = json.path("detector").path("detections");
        assertThat(detections.size()).isGreaterThanOrEqualTo(5);
        for (JsonNode d : detections) {
            assertThat(d.path("box_xyxy_px")).hasSize(4);
            assertThat(d.path("mask").path("pixel_count").asInt() > 0 || d.path("left_out").isTextual())
                    .as("%s", d).isTrue();
        }
        List<String> expressions = new ArrayList<>();
        List<JsonNode> chairs = new ArrayList<>();
        for (JsonNode o : json.path("objects")) {
            assertThat(o.path("score").asDouble()).isBetween(0.3, 1.0);
            assertThat(o.path("label").asText()).isEqualTo(o.path("name").asText());
            assertThat(o.path("caption").asText()).contains(o.path("label").asText());
            assertThat(o.path("description").isTextual() != o.path("ambiguous").isTextual()).as("%s", o).isTrue();
            if (o.path("description").isTextual()) {
                expressions.add(o.path("description").asText());
            }
            if (o.path("label").asText().equals("chair")) {
                chairs.add(o);
            }
        }
        assertThat(expressions).doesNotHaveDuplicates();
        // the purple chair near on the left and the yellow one under the right desk: told apart, both usable
        assertThat(chairs).hasSize(2).allSatisfy(c -> assertThat(c.path("description").isTextual()).as("%s", c).isTrue());
        assertThat(json.path("scene_filter").path("accepted").asBoolean()).as("%s", json.path("scene_filter")).isTrue();
    }

    @Test
    void detectWithLabelsIsAUsageError() {
        CliRun run = CliRun.of(tum("--detect", "--labels", dir.resolve("labels.png").toString()));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--detect and --labels are mutually exclusive");
    }

    @Test
    void thresholdWithoutDetectIsAUsageError() {
        CliRun run = CliRun.of(tum("--threshold", "0.5"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--threshold").contains("needs --detect");
    }

    @Test
    void detectWithoutTheModelExitsOneNamingTheFetchCommand() {
        CliRun run = CliRun.of(tum("--detect", "--models-dir", dir.resolve("empty").toString(), "--json"));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("not found").contains("bin/spatiallift models fetch-detector");
        assertThat(run.out()).isEmpty();
    }

    /** lift arguments for the TUM frame of ../shared, followed by {@code more}. */
    private static String[] tum(String... more) {
        List<String> args = new ArrayList<>(List.of("lift", "--image", SharedData.rgbd("other_formats/TUM_color.png").toString(),
                "--depth", SharedData.rgbd("other_formats/TUM_depth.png").toString(), "--depth-format", "tum",
                "--intrinsics", "525,525,319.5,239.5", "--max-depth", "4"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
