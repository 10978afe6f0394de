package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.io.FrameMemory;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Frames too large for the Java heap are refused from their header, before decoding, with what they need and how to
 * give Java more; in {@code generate} such an image is skipped and counted and the run goes on. The large images are
 * one-colour PNGs of a few hundred KB that are never decoded.
 */
class MemoryLimitTest {

    @TempDir
    static Path dir;
    private static Path in;
    private static Path huge;

    @BeforeAll
    static void writeInputs() throws IOException {
        in = dir.resolve("in");
        SampleSceneWriter.write(SampleScenes.builtIn(), in.resolve("scene1"));
        Path big = in.resolve("big");
        SampleSceneWriter.write(SampleScenes.builtIn(), big);
        // 160 megapixels: more than the 4 GB heap of the test JVM (pom: argLine) can lift
        huge = BigPng.write(big.resolve("rgb.png"), 16_000, 10_000);
    }

    @Test
    void liftOfAHundredMegapixelFrameUnderASmallHeapIsRefusedBeforeDecoding() throws Exception {
        Path image = BigPng.write(dir.resolve("100mp.png"), 10_000, 10_000);
        Path depth = in.resolve("scene1/depth.png");
        List<String> cmd = new ArrayList<>(Subprocess.java(Main.class, "lift", "--image", image.toString(),
                "--depth", depth.toString(), "--json"));
        cmd.add(1, "-Xmx256m");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("lift.log").toFile())
                .start();

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("lift.log"));
        assertThat(p.exitValue()).as(log).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(log).contains(image + ": a 10000x10000 frame (100.0 megapixels) needs about ")
                .contains("Java may use at most 256 MB here")
                .contains("SPATIALLIFT_JAVA_OPTS=-Xmx").contains("--max-pixels")
                .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }

    @Test
    void qaWithAFullFrameSizedLabelMapIsRefusedWithTheHeapItHas() {
        assertThat(FrameMemory.estimate(160_000_000L, true)).as("the test needs a frame larger than the test heap")
                .isGreaterThan(Runtime.getRuntime().maxMemory());
        Path scene = in.resolve("big");

        CliRun run = CliRun.of("qa", "--image", huge.toString(), "--depth", scene.resolve("depth.png").toString(),
                "--labels", scene.resolve("labels.png").toString(), "--names", scene.resolve("names.txt").toString(),
                "--max-pixels", "200000000");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(huge + ": a 16000x10000 frame (160.0 megapixels, with a label map) needs about ")
                .contains("Give Java more memory");
    }

    @Test
    void generateSkipsAndCountsAFrameTooLargeForTheHeapAndGoesOn() throws IOException {
        CliRun run = CliRun.of("generate", "--input", in.toString(), "--out", dir.resolve("out").toString(),
                "--max-pixels", "200000000", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(run.out());
        assertThat(s.path("images_generated").asInt()).isEqualTo(1);
        assertThat(s.path("images_skipped").asInt()).isEqualTo(1);
        assertThat(s.path("skipped").get(0).path("image").asText()).isEqualTo("big/rgb.png");
        assertThat(s.path("skipped").get(0).path("reason").asText()).contains("needs about")
                .contains("Give Java more memory");
    }

    @Test
    void perImageHasAnUpperBound() {
        Path scene = in.resolve("scene1");

        CliRun run = CliRun.of("qa", "--image", scene.resolve("rgb.png").toString(), "--depth",
                scene.resolve("depth.png").toString(), "--labels", scene.resolve("labels.png").toString(),
                "--names", scene.resolve("names.txt").toString(), "--per-image", "2147483647");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("QA per image must lie in [1, 1000], got 2147483647")
                .contains("--per-image (1 to 1000)");
    }
}
