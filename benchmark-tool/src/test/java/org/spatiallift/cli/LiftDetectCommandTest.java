package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
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
            // every object on this frame fits its label's size (the yellow chair seen by its backrest alone too)
            assertThat(o.has("rejected")).as("%s", o).isTrue();
            assertThat(o.path("rejected").isNull()).as("%s", o).isTrue();
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
    void installedSegmenterMakesTheMasksAndGrabCutCanBeAskedFor() throws Exception {
        Path models = modelsWithStandInSegmenter();

        CliRun auto = CliRun.of(tum("--detect", "--models-dir", models.toString(), "--json"));
        CliRun grabCut = CliRun.of(tum("--detect", "--models-dir", models.toString(), "--segmenter", "grabcut", "--json"));

        assertThat(auto.exitCode()).as(auto.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(auto.out());
        JsonNode from = json.path("detector").path("masks_from");
        assertThat(from.path("method").asText()).isEqualTo("model");
        assertThat(from.path("model").asText()).isEqualTo("mobilesam-box-segmenter");
        assertThat(from.path("sha256").path("sam_mask_decoder_single.onnx").asText()).hasSize(64);
        assertThat(from.path("chosen").asText()).isEqualTo("mobilesam-box-segmenter (installed)");
        List<String> methods = new ArrayList<>();
        json.path("detector").path("detections").forEach(d -> methods.add(d.path("mask").path("method").asText()));
        assertThat(methods).contains("model").doesNotContain("grabcut_and_depth");
        assertThat(json.path("scene_filter").path("chosen").asText()).isEqualTo("rules (no CLIP model installed)");
        assertThat(json.path("captioner").path("chosen").asText()).isEqualTo("none (no captioner installed)");

        assertThat(grabCut.exitCode()).as(grabCut.err()).isZero();
        JsonNode g = new ObjectMapper().readTree(grabCut.out()).path("detector").path("masks_from");
        assertThat(g.path("method").asText()).isEqualTo("grabcut");
        assertThat(g.path("chosen").asText()).isEqualTo("grabcut (asked for)");
        LoggerFactory.getLogger(LiftDetectCommandTest.class).info("masks stage on the TUM frame: {} ms with the stand-in"
                + " segmenter, {} ms with GrabCut ({} detections)", json.path("timings_ms").path("masks").asDouble(),
                new ObjectMapper().readTree(grabCut.out()).path("timings_ms").path("masks").asDouble(), methods.size());
    }

    @Test
    void segmenterThatIsNotOneExitsOneNamingItsRole() throws Exception {
        CliRun run = CliRun.of(tum("--detect", "--models-dir", modelsWithStandInSegmenter().toString(), "--segmenter",
                "clip-vit-base-patch32"));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--segmenter clip-vit-base-patch32").contains("not box_segmenter");
    }

    @Test
    void segmenterWithoutDetectIsAUsageError() {
        CliRun run = CliRun.of(tum("--segmenter", "grabcut"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--segmenter").contains("needs --detect");
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
    void qaWithAnInstalledSegmenterNamesItAndItsHashInEveryQasProvenance() throws Exception {
        Path models = modelsWithStandInSegmenter();
        String[] lift = tum();
        List<String> args = new ArrayList<>(List.of("qa"));
        args.addAll(List.of(lift).subList(1, lift.length));
        args.addAll(List.of("--detect", "--models-dir", models.toString(), "--per-image", "10", "--json"));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertThat(list.size()).isPositive();
        for (JsonNode q : list) {
            JsonNode m = q.path("provenance").path("models");
            assertThat(m.get(0).path("role").asText()).isEqualTo("detector");
            assertThat(m.get(1).path("id").asText()).isEqualTo("mobilesam-box-segmenter");
            assertThat(m.get(1).path("role").asText()).isEqualTo("box_segmenter");
            assertThat(m.get(1).path("sha256").asText()).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void detectWithoutTheModelExitsOneNamingTheFetchCommand() {
        CliRun run = CliRun.of(tum("--detect", "--models-dir", dir.resolve("empty").toString(), "--json"));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("not found").contains("bin/spatiallift models fetch-detector");
        assertThat(run.out()).isEmpty();
    }

    /** A model cache with the real detector (copied) and the stand-in MobileSAM pair installed. */
    private Path modelsWithStandInSegmenter() throws Exception {
        LocatedModel detector = TestModels.detector();
        Path models = dir.resolve("models");
        Path target = models.resolve(detector.folder().getFileName());
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(detector.folder())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        Path export = dir.resolve("export");
        StandInModels.write(StandInModels.samEncoder(), export.resolve("mobile_sam_image_encoder.onnx"));
        StandInModels.write(StandInModels.samDecoder(), export.resolve("sam_mask_decoder_single.onnx"));
        StandInModels.install(ModelManifests.resolve("mobilesam-box-segmenter"), new ModelStore(models), export);
        return models;
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
