package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.io.RgbdLoader;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.runtime.ImageTensors;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code qa} and {@code generate} on a photo without a depth file take depth from the metric depth model installed in
 * the model store (a stand-in of Metric3D's exact signature, installed the way a user installs a file), and every QA's
 * provenance says the depth was estimated by that model (id, revision, SHA-256), not measured; without a model the
 * refusal names the model that can be downloaded and the exact command.
 */
class DepthModelCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path photo;
    private static Path models;
    private static String intrinsics;
    private static String sha256;
    private static Path measuredDepth;
    private static ModelManifest metric3d;

    @BeforeAll
    static void photoWithoutDepthAndAnInstalledModel() throws Exception {
        SampleScene sample = SampleScenes.builtIn();
        Path scene = dir.resolve("photos").resolve("room");
        SampleSceneWriter.write(sample, scene);
        measuredDepth = Files.move(scene.resolve("depth.png"), dir.resolve("measured-depth.png"));
        intrinsics = Files.readString(scene.resolve("intrinsics.txt")).trim();
        photo = scene.resolve("rgb.png");
        // the photo shows its own depth: grey = depth in metres x 50 (2 cm steps), so that a stand-in of Metric3D's
        // signature whose canonical depth is b x mean(RGB) gives back the sample's depth when -- and only when -- it
        // is rescaled by the focal length at the input size: b x grey x fx_in / 1000 = grey / 50
        DepthImage depth = sample.depth();
        int w = depth.width(), h = depth.height();
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                int g = (int) Math.min(255, Math.round(depth.at(u, v) * 50));
                grey.setRGB(u, v, g << 16 | g << 8 | g);
            }
        }
        ImageIO.write(grey, "png", photo.toFile());
        double fxAtInput = sample.intrinsics().fx() * ImageTensors.lowerBoundMultiple(w, h, 518, 14)[0] / w;
        models = dir.resolve("models");
        metric3d = ModelManifests.resolve("metric3d-vit-small");
        Path file = StandInModels.write(StandInModels.metric3d(0f, (float) (1000 / (50 * fxAtInput))),
                dir.resolve("export").resolve("model.onnx"));
        sha256 = StandInModels.install(metric3d, new ModelStore(models), file).model().sha256().get("model.onnx");
    }

    @Test
    void qaOnAPhotoWithoutDepthUsesTheInstalledModelAndSaysSoInTheProvenance() throws IOException {
        CliRun run = CliRun.of("qa", "--image", photo.toString(), "--intrinsics", intrinsics, "--labels",
                photo.resolveSibling("labels.png").toString(), "--names", photo.resolveSibling("names.txt").toString(),
                "--models-dir", models.toString(), "--scene-filter", "rules", "--per-image", "6", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode list = JSON.readTree(run.out());
        assertThat(list.size()).isPositive();
        for (JsonNode q : list) {
            assertEstimatedBy(q.path("provenance"));
        }
    }

    @Test
    void liftFromTheModelMeasuresTheSceneAsTheDepthFileDoes() throws IOException {
        CliRun measured = CliRun.of("lift", "--image", photo.toString(), "--depth", measuredDepth.toString(),
                "--intrinsics", intrinsics, "--scene-filter", "rules", "--models-dir", models.toString(), "--json");
        CliRun estimated = CliRun.of("lift", "--image", photo.toString(), "--intrinsics", intrinsics, "--scene-filter",
                "rules", "--models-dir", models.toString(), "--json");

        assertThat(measured.exitCode()).as(measured.err()).isZero();
        assertThat(estimated.exitCode()).as(estimated.err()).isZero();
        double hMeasured = JSON.readTree(measured.out()).findValue("camera_height_m").asDouble();
        double hEstimated = JSON.readTree(estimated.out()).findValue("camera_height_m").asDouble();
        assertThat(hMeasured).isGreaterThan(0.5);
        assertThat(hEstimated).as("the focal rescaling gives the measured scale back").isCloseTo(hMeasured, within(0.05));
        assertThat(estimated.out()).contains(RgbdLoader.ESTIMATED_DEPTH);
        JsonNode by = JSON.readTree(estimated.out()).path("depth").path("estimated_by");
        assertThat(by.path("id").asText()).isEqualTo("metric3d-vit-small");
        assertThat(by.path("revision").asText()).isEqualTo(metric3d.revision());
        assertThat(by.path("sha256").asText()).isEqualTo(sha256);
        assertThat(by.path("focal_rescale").asText()).contains("canonical focal 1000 px").contains("fx from given");
        assertThat(JSON.readTree(measured.out()).path("depth").has("estimated_by")).isFalse();
    }

    @Test
    void qaTextSaysTheDepthWasEstimated() {
        CliRun run = CliRun.of("qa", "--image", photo.toString(), "--intrinsics", intrinsics, "--labels",
                photo.resolveSibling("labels.png").toString(), "--names", photo.resolveSibling("names.txt").toString(),
                "--models-dir", models.toString(), "--scene-filter", "rules", "--per-image", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("note: depth estimated from the photo by metric3d-vit-small, not measured");
    }

    @Test
    void generateOnAFolderOfPhotosWithoutDepthUsesTheInstalledModel() throws IOException {
        Path out = dir.resolve("dataset");
        CliRun run = CliRun.of("generate", "--input", dir.resolve("photos").toString(), "--intrinsics", intrinsics,
                "--out", out.toString(), "--models-dir", models.toString(), "--scene-filter", "rules", "--per-image",
                "6", "--no-progress", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.path("images_generated").asInt()).as(run.out()).isEqualTo(1);
        List<String> lines = Files.readAllLines(out.resolve(ExportFormat.LLAVA.fileName()));
        assertThat(lines).hasSize(1);
        assertEstimatedBy(JSON.readTree(lines.get(0)).path(ExportFormat.BLOCK).path("provenance"));
    }

    @Test
    void withoutADepthModelTheRefusalNamesTheModelToInstallAndTheCommand() {
        Path empty = dir.resolve("no-models");
        CliRun qa = CliRun.of("qa", "--image", photo.toString(), "--labels",
                photo.resolveSibling("labels.png").toString(), "--names", photo.resolveSibling("names.txt").toString(),
                "--models-dir", empty.toString(), "--scene-filter", "rules", "--json");
        CliRun generate = CliRun.of("generate", "--input", dir.resolve("photos").toString(), "--out",
                dir.resolve("nothing").toString(), "--models-dir", empty.toString(), "--scene-filter", "rules", "--json");

        assertThat(qa.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(qa.err()).contains("no depth file and no depth model installed")
                .contains("Give a depth file with the image (--depth FILE)")
                .contains("bin/spatiallift models install metric3d-vit-small --models-dir " + empty)
                .doesNotContain("Models › Models…");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(generate.out()).contains("no depth file found")
                .contains("bin/spatiallift models install metric3d-vit-small --models-dir " + empty);
    }

    @Test
    void depthModelBesideADepthFileIsRefused() {
        CliRun run = CliRun.of("qa", "--image", photo.toString(), "--depth", photo.toString(), "--depth-model",
                "metric3d-vit-small", "--labels", photo.resolveSibling("labels.png").toString(), "--names",
                photo.resolveSibling("names.txt").toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--depth-model").contains("--depth");
    }

    private static void assertEstimatedBy(JsonNode provenance) {
        assertThat(provenance.path("depth_from").asText()).isEqualTo("model");
        assertThat(provenance.path("depth_note").asText()).contains("metric3d-vit-small").contains(metric3d.revision())
                .contains(sha256).contains("not measured");
        JsonNode depthModel = null;
        for (JsonNode m : provenance.path("models")) {
            if (m.path("role").asText().equals("metric_depth")) {
                depthModel = m;
            }
        }
        assertThat(depthModel).as(provenance.toString()).isNotNull();
        assertThat(depthModel.path("id").asText()).isEqualTo("metric3d-vit-small");
        assertThat(depthModel.path("revision").asText()).isEqualTo(metric3d.revision());
        assertThat(depthModel.path("sha256").asText()).isEqualTo(sha256);
    }
}
