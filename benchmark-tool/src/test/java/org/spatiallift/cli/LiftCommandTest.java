package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON contract of {@code lift}, {@code bench lift} and {@code sample}, on the built-in sample scene written to files. */
class LiftCommandTest {

    @TempDir
    static Path dir;
    private static SampleScene scene;
    private static String intrinsics;

    @BeforeAll
    static void writeSample() throws IOException {
        scene = SampleScenes.builtIn();
        SampleSceneWriter.write(scene, dir);
        intrinsics = Files.readString(dir.resolve("intrinsics.txt")).trim();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            TUM_color.png, TUM_depth.png, 'tum, 5000 units/m (file name prefix TUM_)'
            SUN_color.jpg, SUN_depth.png, 'sun, 1000 units/m (file name prefix SUN_)'
            """)
    void liftWithoutDepthFormatReadsDatasetFramesByTheirPrefix(String colour, String depth, String readAs)
            throws IOException {
        CliRun run = CliRun.of("lift", "--image", org.spatiallift.engine.testing.SharedData.rgbd("other_formats/" + colour)
                .toString(), "--depth", org.spatiallift.engine.testing.SharedData.rgbd("other_formats/" + depth).toString(),
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("depth").path("read_as").asText()).isEqualTo(readAs);
        assertThat(json.path("canonical").asBoolean()).as("floor found").isTrue();
        assertThat(json.path("points").asInt()).isGreaterThan(230_000);
    }

    @Test
    void liftJsonCarriesContractFieldsOnSampleScene() throws IOException {
        CliRun run = CliRun.of("lift", "--image", dir.resolve("rgb.png").toString(), "--depth",
                dir.resolve("depth.png").toString(), "--depth-format", "png16", "--depth-scale", "1000",
                "--intrinsics", intrinsics, "--labels", dir.resolve("labels.png").toString(), "--names",
                dir.resolve("names.txt").toString(), "--out", dir.resolve("out").toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("points").asInt()).isGreaterThan(200_000);
        assertThat(json.path("canonical").asBoolean()).isTrue();
        JsonNode floor = json.path("floor");
        assertThat(floor.path("normal_camera")).hasSize(3);
        assertThat(floor.path("camera_height_m").asDouble()).isCloseTo(scene.truth().cameraHeightM(), within(0.01));
        assertThat(floor.path("pitch_deg").asDouble()).isCloseTo(scene.truth().orientation().pitchDeg(), within(0.5));
        assertThat(floor.path("roll_deg").asDouble()).isCloseTo(scene.truth().orientation().rollDeg(), within(0.5));
        assertThat(floor.path("gravity_uncertainty_deg").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.path("objects").size()).isEqualTo(scene.truth().objects().size());
        JsonNode first = json.path("objects").get(0);
        assertThat(first.path("name").asText()).isNotBlank();
        assertThat(first.path("centroid_canonical_m")).hasSize(3);
        assertThat(first.path("extents_canonical_m")).hasSize(3);
        assertThat(json.path("timings_ms").path("back_project").isNumber()).isTrue();
        assertThat(dir.resolve("out").resolve("cloud.ply")).isNotEmptyFile();
        assertThat(dir.resolve("out").resolve("scene.json")).isNotEmptyFile();
    }

    @Test
    void benchLiftPrintsMediansPerStageAndTotal() throws IOException {
        CliRun run = CliRun.of("bench", "lift", "--image", dir.resolve("rgb.png").toString(), "--depth",
                dir.resolve("depth.png").toString(), "--intrinsics", intrinsics, "--runs", "3", "--warmup", "1", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("runs").asInt()).isEqualTo(3);
        JsonNode median = json.path("median_ms");
        assertThat(median.path("total").asDouble()).isPositive();
        assertThat(median.path("voxel").asDouble()).isPositive();
        assertThat(median.path("total").asDouble()).isGreaterThanOrEqualTo(median.path("planes").asDouble());
    }

    @Test
    void liftMissingDepthFileExitsOneNamingTheFile() {
        CliRun run = CliRun.of("lift", "--image", dir.resolve("rgb.png").toString(), "--depth",
                dir.resolve("nope.png").toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("nope.png").contains("not found");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void liftBadIntrinsicsExitsOneNamingTheValue() {
        CliRun run = CliRun.of("lift", "--image", dir.resolve("rgb.png").toString(), "--depth",
                dir.resolve("depth.png").toString(), "--intrinsics", "525,abc,319.5,239.5");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--intrinsics").contains("abc");
    }

    @Test
    void liftBadVoxelAndDepthRangeExitOneNamingTheOption() {
        String[] base = {"lift", "--image", dir.resolve("rgb.png").toString(), "--depth",
                dir.resolve("depth.png").toString(), "--intrinsics", intrinsics};

        CliRun voxel = CliRun.of(concat(base, "--voxel", "-0.02"));
        CliRun range = CliRun.of(concat(base, "--min-depth", "5", "--max-depth", "2"));

        assertThat(voxel.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(voxel.err()).contains("--voxel").contains("-0.02").contains("--voxel 0.02");
        assertThat(range.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(range.err()).contains("--min-depth/--max-depth").contains("(5.0, 2.0]");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void liftUnknownDepthFormatExitsOneListingFormats() {
        CliRun run = CliRun.of("lift", "--image", dir.resolve("rgb.png").toString(), "--depth",
                dir.resolve("depth.png").toString(), "--depth-format", "exr");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("exr").contains("nyu-raw");
    }

    @Test
    void sampleWritesSceneFiles(@TempDir Path out) {
        CliRun run = CliRun.of("sample", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("rgb.png")).isNotEmptyFile();
        assertThat(out.resolve("depth.png")).isNotEmptyFile();
        assertThat(out.resolve("labels.png")).isNotEmptyFile();
        assertThat(out.resolve("names.txt")).isNotEmptyFile();
        assertThat(out.resolve("ground_truth.json")).isNotEmptyFile();
    }
}
