package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON contract and the errors of {@code detect}, {@code bench detect} and {@code models fetch-detector}. */
class DetectCommandTest {

    @TempDir
    Path dir;

    @Test
    void detectJsonListsLabelsScoresAndPixelBoxesBestFirst() throws IOException {
        LocatedModel model = TestModels.detector();
        Path tum = SharedData.rgbd("other_formats/TUM_color.png");

        CliRun run = CliRun.of("detect", "--image", tum.toString(), "--models-dir", modelsDir(model), "--threshold", "0.35", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("model").asText()).isEqualTo("centernet-mobilenetv3-coco");
        JsonNode dets = json.path("detections");
        assertThat(dets.size()).isGreaterThanOrEqualTo(4);
        double previous = 1;
        for (JsonNode d : dets) {
            assertThat(d.path("label").asText()).isNotBlank();
            double score = d.path("score").asDouble();
            assertThat(score).isBetween(0.35, previous);
            previous = score;
            JsonNode box = d.path("box_xyxy");
            assertThat(box).hasSize(4);
            assertThat(box.get(0).asDouble()).isBetween(0.0, box.get(2).asDouble());
            assertThat(box.get(1).asDouble()).isBetween(0.0, box.get(3).asDouble());
            assertThat(box.get(2).asDouble()).isLessThanOrEqualTo(640);
            assertThat(box.get(3).asDouble()).isLessThanOrEqualTo(480);
        }
        assertThat(dets.findValuesAsText("label")).contains("chair", "bottle");
        assertThat(json.path("provenance").path("runtime_version").asText()).isNotBlank();
        assertThat(json.path("provenance").path("files_sha256").path("centernet.bin").asText()).hasSize(64);
    }

    @Test
    void detectorFitTilesGiveTheSameObjectsOnAFourByThreeFrameAndAnUnknownFitIsNamed() throws IOException {
        LocatedModel model = TestModels.detector();
        Path tum = SharedData.rgbd("other_formats/TUM_color.png");

        CliRun auto = CliRun.of("detect", "--image", tum.toString(), "--models-dir", modelsDir(model), "--json");
        CliRun stretch = CliRun.of("detect", "--image", tum.toString(), "--models-dir", modelsDir(model),
                "--detector-fit", "stretch", "--json");
        CliRun bad = CliRun.of("detect", "--image", tum.toString(), "--models-dir", modelsDir(model),
                "--detector-fit", "squash");

        assertThat(auto.exitCode()).as(auto.err()).isZero();
        // a 640x480 frame is within twice the input's aspect ratio: auto is the stretch it always was
        assertThat(new ObjectMapper().readTree(auto.out()).path("detections"))
                .isEqualTo(new ObjectMapper().readTree(stretch.out()).path("detections"));
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("--detector-fit").contains("squash").contains("auto|stretch|letterbox|tiles");
    }

    @Test
    void benchDetectPrintsMedianStageTimes() throws Exception {
        LocatedModel model = TestModels.detector();
        Path tum = SharedData.rgbd("other_formats/TUM_color.png");

        // in a JVM of its own, as a user runs it: in the test JVM, other tests' garbage makes the resident memory
        // before the load anything (a collection during the load can shrink it)
        CliRun run = inOwnJvm("bench", "detect", "--image", tum.toString(), "--models-dir", modelsDir(model), "--runs",
                "3", "--warmup", "1", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode tree = new ObjectMapper().readTree(run.out());
        JsonNode median = tree.path("median_ms");
        assertThat(median.path("inference").asDouble()).isPositive();
        assertThat(median.path("preprocess").asDouble()).isPositive();
        assertThat(median.path("postprocess").asDouble()).isPositive();
        assertThat(median.path("end_to_end").asDouble()).isGreaterThanOrEqualTo(median.path("inference").asDouble());
        JsonNode memory = tree.path("memory_mib");
        assertThat(memory.path("resident_loaded").asDouble()).as("Linux reports resident memory")
                .isGreaterThan(memory.path("resident_before").asDouble());
        assertThat(memory.path("model_resident").asDouble()).as("the converted graph and its session (~10 MB of weights)")
                .isBetween(5.0, 2000.0);
    }

    @Test
    void fetchDetectorReportsVerifiedFilesWhenAlreadyCached() throws IOException {
        LocatedModel model = TestModels.detector();

        CliRun run = CliRun.of("models", "fetch-detector", "--models-dir", modelsDir(model), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("downloaded").asBoolean()).isFalse();
        assertThat(json.path("files_sha256").path("centernet.json").asText())
                .isEqualTo("bfb942eaacc5becf738d536663bc4580a0ae9e560722306e6d4dd7fe4a09de05");
    }

    @Test
    void missingModelExitsOneNamingTheFetchCommand() throws IOException {
        Path img = sampleImage();

        CliRun run = CliRun.of("detect", "--image", img.toString(), "--models-dir", dir.resolve("empty").toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("centernet.json").contains("not found").contains("bin/spatiallift models fetch-detector");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badImageExitsOneNamingTheFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("photo.jpg"), "not a jpeg");

        CliRun run = CliRun.of("detect", "--image", bad.toString(), "--models-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("photo.jpg").contains("not a recognised image format");
    }

    @Test
    void thresholdOutsideZeroToOneExitsOne() throws IOException {
        CliRun run = CliRun.of("detect", "--image", sampleImage().toString(), "--threshold", "1.5");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--threshold").contains("1.5");
    }

    @Test
    void unknownModelExitsOneListingBuiltIns() throws IOException {
        CliRun run = CliRun.of("detect", "--image", sampleImage().toString(), "--model", "yolo");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("yolo").contains("centernet-mobilenetv3-coco");
    }

    @Test
    void fetchWithoutNpmExitsOneSayingHowToInstallIt() {
        CliRun run = CliRun.of("models", "fetch-detector", "--models-dir", dir.resolve("cache").toString(), "--npm",
                dir.resolve("no-npm").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("npm was not found").contains("apt-get install npm");
    }

    private Path sampleImage() throws IOException {
        CliRun run = CliRun.of("sample", "--out", dir.resolve("sample").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return dir.resolve("sample").resolve("rgb.png");
    }

    /** The cache root that holds the test model (the folder above the model's own folder). */
    private static String modelsDir(LocatedModel model) {
        return model.folder().getParent().toString();
    }

    /** {@code bin/spatiallift args} in a new JVM on this test's class path; its output and exit code. */
    private static CliRun inOwnJvm(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("ORT_DISABLE_TELEMETRY", "1");
        Process p = pb.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bench detect did not finish in 120 s");
        }
        // the test class path's logging prints to standard output too: the command's JSON is its line that opens "{"
        String json = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(out);
        return new CliRun(p.exitValue(), json, err.get() + out);
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
