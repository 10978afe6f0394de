package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.onnx.OnnxWriter;
import org.spatiallift.engine.perception.StandInModels;
import org.spatiallift.engine.perception.depth.DepthSource;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** {@code models list|install|verify} and {@code lift} without a depth file, on stand-in models in a temporary cache. */
class ModelsCommandTest {

    private static final String DEPTH = "depth-anything-v2-metric-indoor-small";

    @TempDir
    Path dir;

    @Test
    void listShowsEveryBuiltInModelAndWhetherItIsInstalled() throws IOException {
        CliRun run = CliRun.of("models", "list", "--models-dir", dir.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode arr = new ObjectMapper().readTree(run.out());
        assertThat(arr.findValuesAsText("id")).contains(DEPTH, "all-minilm-l6-v2", "clip-vit-base-patch32", "mobilesam-box-segmenter");
        assertThat(arr.findValuesAsText("role")).contains("metric_depth", "relative_depth", "object_detector", "box_segmenter",
                "image_text_embedding", "text_embedding", "captioner");
        for (JsonNode m : arr) {
            assertThat(m.path("installed").asBoolean()).isFalse();
            assertThat(m.path("path").asText()).startsWith(dir.toString());
            assertThat(m.path("licence").asText()).isNotBlank();
        }
    }

    @Test
    void installFromAFileRecordsTheHashThenVerifyChecksIt() throws IOException {
        Path file = StandInModels.write(StandInModels.depth(518, 2f, 0.5f), dir.resolve("export/model.onnx"));

        CliRun install = CliRun.of("models", "install", DEPTH, "--from", file.toString(), "--models-dir", dir.resolve("cache").toString(), "--offline");

        assertThat(install.exitCode()).as(install.err()).isZero();
        assertThat(install.out()).contains("installed " + DEPTH).contains("recorded now");
        CliRun list = CliRun.of("models", "list", "--models-dir", dir.resolve("cache").toString());
        assertThat(list.out()).containsPattern(DEPTH + "\\s+metric_depth\\s+yes");
        CliRun verify = CliRun.of("models", "verify", "--models-dir", dir.resolve("cache").toString());
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("ok " + DEPTH);

        Files.write(dir.resolve("cache").resolve(DEPTH).resolve("model.onnx"), new byte[] {1, 2, 3});
        CliRun bad = CliRun.of("models", "verify", DEPTH, "--models-dir", dir.resolve("cache").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("model.onnx: SHA-256 is").contains("recorded when it was installed");
    }

    @Test
    void installDownloadsAUserManifestWithAProgressLine() throws IOException {
        byte[] body = OnnxWriter.toBytes(StandInModels.depth(518, 2f, 0.5f));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/m.onnx", ex -> {
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            Path manifest = dir.resolve("mine.json");
            String builtIn = new String(getClass().getResourceAsStream("/org/spatiallift/resources/models/" + DEPTH + ".json").readAllBytes());
            Files.writeString(manifest, builtIn.replace("\"id\": \"" + DEPTH + "\"", "\"id\": \"my-depth\"")
                    .replace("\"source\": null", "\"source\": \"http://127.0.0.1:" + server.getAddress().getPort() + "/m.onnx\""));

            CliRun run = CliRun.of("models", "install", manifest.toString(), "--models-dir", dir.toString(), "--json");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("model.onnx.part: ").contains("MB/s").contains("(100%)");
            JsonNode json = new ObjectMapper().readTree(run.out());
            assertThat(json.path("fetched").get(0).asText()).isEqualTo("model.onnx");
            assertThat(json.path("recorded_sha256").path("model.onnx").asText()).hasSize(64);

            CliRun offline = CliRun.of("models", "install", DEPTH.replace("indoor", "outdoor"), "--models-dir", dir.toString(), "--offline");
            assertThat(offline.exitCode()).isEqualTo(1);
            assertThat(offline.err()).contains("--from FILE");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void liftWithoutDepthFileOrModelOffersBoth() throws IOException {
        SampleSceneWriter.write(SampleScenes.builtIn(), dir);

        CliRun run = CliRun.of("lift", "--image", dir.resolve("rgb.png").toString(), "--models-dir", dir.resolve("empty").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no depth file and no depth model installed").contains("--depth FILE")
                .contains("models install " + DepthSource.SUGGESTED_MODEL + " --models-dir " + dir.resolve("empty")
                        + " (needs network");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void liftWithoutDepthFileUsesTheInstalledDepthModel() throws IOException {
        SampleSceneWriter.write(SampleScenes.builtIn(), dir);
        Path file = StandInModels.write(StandInModels.depth(518, 2f, 0.5f), dir.resolve("export/model.onnx"));
        assertThat(CliRun.of("models", "install", DEPTH, "--from", file.toString(), "--models-dir", dir.resolve("cache").toString())
                .exitCode()).isZero();

        CliRun run = CliRun.of("lift", "--image", dir.resolve("rgb.png").toString(), "--models-dir", dir.resolve("cache").toString(),
                "--depth-model", DEPTH, "--json");

        assertThat(run.err()).doesNotContain("no depth");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).path("points").asInt()).isPositive();
    }

    /** Issue #9: a truncated or half-installed model made {@code models verify} print "no installed models" and exit 0. */
    @Test
    void verifyReportsPartiallyInstalledModelsWithTheirMissingAndDamagedFiles() throws IOException {
        Path cache = dir.resolve("cache");
        Path clip = Files.createDirectories(cache.resolve("clip-vit-base-patch32"));
        Files.writeString(clip.resolve("vocab.json"), "{}");
        Path detector = Files.createDirectories(cache.resolve("centernet-mobilenetv3-coco"));
        Files.write(detector.resolve("centernet.json"), new byte[] {1, 2, 3});
        Files.write(detector.resolve("centernet.bin"), new byte[] {4, 5});

        CliRun verify = CliRun.of("models", "verify", "--models-dir", cache.toString());

        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(1);
        assertThat(verify.out()).doesNotContain("no installed models");
        assertThat(verify.err()).contains("model clip-vit-base-patch32 is partially installed in " + clip)
                .contains("missing vision_model.onnx, text_model.onnx, merges.txt")
                .contains("models install clip-vit-base-patch32");
        assertThat(verify.err()).contains("model centernet-mobilenetv3-coco is partially installed")
                .contains("centernet.bin: has 2 bytes, the manifest gives 4030290")
                .contains("centernet.json: has 3 bytes, the manifest gives 201673")
                .contains("models fetch-detector");
        assertThat(clip.resolve("vocab.json.sha256")).as("a partial model's file is not recorded as the installed version")
                .doesNotExist();
    }

    @Test
    void verifyWithNothingInstalledSaysSoAndSucceeds() {
        CliRun verify = CliRun.of("models", "verify", "--models-dir", dir.resolve("empty").toString());

        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("no installed models in " + dir.resolve("empty"));
    }
}
