package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.qa.export.ImageQa;
import org.spatiallift.engine.qa.export.QaDataset;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * {@code generate} over a folder of six copies of the built-in scene (scene1..scene6/rgb.png with depth.png,
 * labels.png, names.txt and intrinsics.txt beside it) and three bad inputs: an unreadable image, an image without a
 * depth file, and a scene where only one object is named.
 */
class GenerateCommandTest {

    private static final int GOOD = 6;
    @TempDir
    static Path dir;
    private static Path in;
    /** The dataset of one uninterrupted run, to compare resumed runs with. */
    private static Set<String> clean;

    @BeforeAll
    static void writeInputs() throws IOException {
        in = dir.resolve("in");
        SampleScene scene = SampleScenes.builtIn();
        for (int i = 1; i <= GOOD; i++) {
            SampleSceneWriter.write(scene, in.resolve("scene" + i));
        }
        Path bad = in.resolve("bad_image");
        SampleSceneWriter.write(scene, bad);
        Files.write(bad.resolve("rgb.png"), new byte[] {1, 2, 3, 4, 5});
        Path noDepth = in.resolve("no_depth");
        SampleSceneWriter.write(scene, noDepth);
        Files.delete(noDepth.resolve("depth.png"));
        Path oneObject = in.resolve("one_object");
        SampleSceneWriter.write(scene, oneObject);
        Files.writeString(oneObject.resolve("names.txt"), "1 sofa\n");
        Files.delete(oneObject.resolve("ground_truth.json"));
        clean = contents(run(dir.resolve("clean"), "llava", 1, n -> false));
    }

    @Test
    void runCountsBadInputsAndGoesOn() throws IOException {
        Path out = dir.resolve("summary");
        CliRun r = CliRun.of("generate", "--input", in.toString(), "--out", out.toString(), "--per-image", "8",
                "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertThat(s.path("images_found").asInt()).isEqualTo(GOOD + 3);
        assertThat(s.path("images_generated").asInt()).isEqualTo(GOOD);
        assertThat(s.path("images_skipped").asInt()).isEqualTo(3);
        assertThat(s.path("qa_generated").asInt()).isEqualTo(GOOD * 8);
        Map<String, String> reasons = new java.util.TreeMap<>();
        s.path("skipped").forEach(k -> reasons.put(k.path("image").asText(), k.path("reason").asText()));
        assertThat(reasons).containsOnlyKeys("bad_image/rgb.png", "no_depth/rgb.png", "one_object/rgb.png");
        assertThat(reasons.get("bad_image/rgb.png")).contains("bad_image/rgb.png");
        assertThat(reasons.get("no_depth/rgb.png")).startsWith("no depth file found");
        assertThat(reasons.get("one_object/rgb.png")).as("the scene filter's rules reject it first")
                .startsWith("scene filter (rules): rejected: 1 usable object");
        CliRun kept = CliRun.of("generate", "--input", in.toString(), "--out", dir.resolve("kept").toString(),
                "--per-image", "8", "--keep-rejected-scenes", "--json");
        assertThat(kept.exitCode()).as(kept.err()).isZero();
        JsonNode k = new ObjectMapper().readTree(kept.out());
        assertThat(k.path("images_generated").asInt()).isEqualTo(GOOD);
        k.path("skipped").forEach(x -> {
            if (x.path("image").asText().equals("one_object/rgb.png")) {
                assertThat(x.path("reason").asText()).as("kept by the filter, then too few objects for QA")
                        .startsWith("fewer than two usable objects (1 usable");
            }
        });
        int perCategory = 0;
        for (JsonNode v : s.path("qa_per_category")) {
            perCategory += v.asInt();
        }
        assertThat(perCategory).isEqualTo(GOOD * 8);
        assertThat(s.path("stage_ms_per_image").path("lift").asDouble()).isPositive();
        assertThat(QaDataset.readAll(out, ExportFormat.LLAVA)).hasSize(GOOD);

        CliRun again = CliRun.of("generate", "--input", in.toString(), "--out", out.toString(), "--per-image", "8",
                "--json");
        JsonNode s2 = new ObjectMapper().readTree(again.out());
        assertThat(s2.path("images_already_done").asInt()).isEqualTo(GOOD);
        assertThat(s2.path("images_generated").asInt()).isZero();
        assertThat(QaDataset.readAll(out, ExportFormat.LLAVA)).hasSize(GOOD);
    }

    @Test
    void interruptedRunResumesWithoutDuplicatesOrGaps() throws IOException {
        Path out = dir.resolve("interrupted");
        List<ImageQa> first = run(out, "llava", 1, n -> n >= 2);
        assertThat(first).hasSize(2);

        List<ImageQa> resumed = run(out, "llava", 1, n -> false);

        assertThat(resumed).extracting(ImageQa::image).doesNotHaveDuplicates();
        assertThat(contents(resumed)).isEqualTo(clean);
    }

    @Test
    void killedProcessResumesWithoutDuplicatesOrGaps() throws Exception {
        Path out = dir.resolve("killed");
        Path file = out.resolve("qa.llava.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "generate", "--input", in.toString(), "--out", out.toString(), "--per-image", "10", "--no-progress")
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines(file) < 1 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        boolean aliveAtKill = p.isAlive();
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long written = lines(file);
        assertThat(aliveAtKill).as("the run was killed while still writing (%d of %d lines)", written, GOOD).isTrue();
        assertThat(written).isBetween(1L, (long) GOOD - 1);

        List<ImageQa> resumed = run(out, "llava", 1, n -> false);

        assertThat(resumed).extracting(ImageQa::image).doesNotHaveDuplicates();
        assertThat(contents(resumed)).isEqualTo(clean);
    }

    @Test
    void formatsAndWorkersChangeTheLayoutNotTheQa() throws IOException {
        Path out = dir.resolve("imagefolder");
        List<ImageQa> folder = run(out, "imagefolder", 2, n -> false);

        assertThat(contents(folder)).isEqualTo(clean);
        assertThat(out.resolve("images/scene3/rgb.png")).exists();
        assertThat(folder).allMatch(q -> q.imageFile().equals("images/" + q.image()));
        assertThat(contents(run(dir.resolve("messages"), "messages", 2, n -> false))).isEqualTo(clean);
    }

    @Test
    void listFileGivesPathsAndPerImageSettings() throws IOException {
        String k = Files.readString(in.resolve("scene1/intrinsics.txt")).trim();
        Path list = Files.writeString(in.resolve("list.txt"), String.join("\n",
                "# image depth [key=value ...]",
                "scene1/rgb.png scene1/depth.png labels=scene1/labels.png names=scene1/names.txt format=png16 scale=1000 intrinsics=" + k,
                "scene2/rgb.png scene2/depth.png labels=scene2/labels.png names=scene2/names.txt"), StandardCharsets.UTF_8);
        Path out = dir.resolve("list");

        CliRun r = CliRun.of("generate", "--list", list.toString(), "--out", out.toString(), "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(QaDataset.readAll(out, ExportFormat.LLAVA)).extracting(ImageQa::image)
                .containsExactlyInAnyOrder("scene1/rgb.png", "scene2/rgb.png");
        CliRun bad = CliRun.of("generate", "--list", Files.writeString(in.resolve("bad.txt"), "a.png b.png colour=red\n")
                .toString(), "--out", dir.resolve("bad").toString());
        assertThat(bad.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(bad.err()).contains("bad.txt:1").contains("unknown field \"colour=red\"");
    }

    @Test
    void copyImagesMakesAFolderThatCarriesItsImagesUnderRelativePaths() throws IOException {
        // absolute paths in the list, as users often write them
        Path scene = in.resolve("scene3").toAbsolutePath();
        Path list = Files.writeString(dir.resolve("absolute.txt"), scene.resolve("rgb.png") + " " + scene.resolve("depth.png")
                + " labels=" + scene.resolve("labels.png") + " names=" + scene.resolve("names.txt") + "\n");
        Path plain = dir.resolve("plain");
        Path portable = dir.resolve("portable");

        CliRun a = CliRun.of("generate", "--list", list.toString(), "--out", plain.toString(), "--no-progress");
        CliRun b = CliRun.of("generate", "--list", list.toString(), "--out", portable.toString(), "--copy-images",
                "--no-progress");

        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(QaDataset.readAll(plain, ExportFormat.LLAVA).get(0).imageFile()).as("without the option: as given")
                .isEqualTo(scene.resolve("rgb.png").toString());
        String inside = QaDataset.readAll(portable, ExportFormat.LLAVA).get(0).imageFile();
        assertThat(inside).startsWith("images/").doesNotStartWith("images//").endsWith("scene3/rgb.png");
        assertThat(portable.resolve(inside)).hasSameBinaryContentAs(scene.resolve("rgb.png"));
    }

    @Test
    void detectWithoutTheModelStopsBeforeAnyImageNamingTheFetchCommand() {
        Path out = dir.resolve("detect");
        CliRun r = CliRun.of("generate", "--input", in.toString(), "--out", out.toString(), "--detect", "--models-dir",
                dir.resolve("no-models").toString());
        assertThat(r.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("bin/spatiallift models fetch-detector");
        assertThat(out.resolve("qa.llava.jsonl")).doesNotExist();
    }

    /** Runs generate in-process with {@code stopAfter}; returns the dataset afterwards. */
    private static List<ImageQa> run(Path out, String format, int workers, java.util.function.IntPredicate stopAfter)
            throws IOException {
        CommandLine cl = Main.commandLine();
        GenerateCommand g = cl.getSubcommands().get("generate").getCommand();
        g.stopAfter = stopAfter;
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("generate", "--input", in.toString(), "--out", out.toString(), "--format", format,
                "--workers", String.valueOf(workers), "--per-image", "10", "--no-progress");
        assertThat(code).as(err.toString()).isZero();
        return QaDataset.readAll(out, ExportFormat.fromKey(format));
    }

    /** Each image's QA as "image|id|question|answer" lines: what must not change across layouts and resumes. */
    private static Set<String> contents(List<ImageQa> dataset) {
        Set<String> out = new HashSet<>();
        for (ImageQa q : dataset) {
            for (QaPair p : q.pairs()) {
                assertThat(out.add(q.image() + "|" + p.id() + "|" + p.question() + "|" + p.answer())).isTrue();
            }
        }
        return out.stream().collect(Collectors.toSet());
    }

    /** Complete lines (ending in a newline) in {@code file}, 0 when it does not exist yet. */
    static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(file);
        long n = 0;
        for (byte x : b) {
            n += x == '\n' ? 1 : 0;
        }
        return n;
    }
}
