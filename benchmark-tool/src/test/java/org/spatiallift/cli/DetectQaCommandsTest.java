package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.qa.QaPair;
import org.spatiallift.engine.qa.export.ExportFormat;
import org.spatiallift.engine.qa.export.ImageQa;
import org.spatiallift.engine.qa.export.QaDataset;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * {@code qa --detect} and {@code generate --detect} on the real frames of ../shared/data/rgbd with the real detector.
 * The generate list holds the TUM frame and its mirror image (written to a temporary folder: the same real scene seen
 * left-right reversed, so a second frame with several objects; the NYU frame's chairs are ambiguous among weaker
 * detections and give no QA), a Redwood frame (one armchair: fewer than two usable objects), an unreadable image and an
 * image whose depth file is missing.
 */
class DetectQaCommandsTest {

    private static final String K = "intrinsics=525,525,319.5,239.5";
    @TempDir
    static Path dir;
    private static Path list;
    private static String modelsDir;
    private static Path rgbd;
    private static Path mirror;

    @BeforeAll
    static void writeList() throws IOException {
        modelsDir = TestModels.detector().folder().getParent().toString();
        rgbd = SharedData.rgbd();
        Files.write(dir.resolve("bad.png"), new byte[] {1, 2, 3, 4, 5});
        Files.copy(rgbd.resolve("color/00000.jpg"), dir.resolve("no_depth.jpg"));
        mirror = Files.createDirectories(dir.resolve("mirror"));
        for (String f : List.of("TUM_color.png", "TUM_depth.png")) {
            mirrorLeftRight(rgbd.resolve("other_formats").resolve(f), mirror.resolve(f));
        }
        list = Files.writeString(dir.resolve("list.txt"), String.join("\n",
                shared("other_formats/TUM_color.png") + " " + shared("other_formats/TUM_depth.png") + " format=tum " + K,
                mirror + "/TUM_color.png " + mirror + "/TUM_depth.png format=tum " + K,
                shared("color/00000.jpg") + " " + shared("depth/00000.png") + " format=png16 " + K,
                "bad.png " + shared("depth/00000.png") + " " + K,
                "no_depth.jpg missing_depth.png " + K) + "\n");
    }

    /**
     * Writes {@code from} (8-bit colour or 16-bit depth PNG) left-right reversed to {@code to}, sample for sample; with
     * cx at the image's centre (319.5 of 640) the intrinsics stay the same.
     */
    private static void mirrorLeftRight(Path from, Path to) throws IOException {
        BufferedImage in = ImageIO.read(from.toFile());
        BufferedImage out = new BufferedImage(in.getColorModel(), in.getRaster().createCompatibleWritableRaster(),
                in.isAlphaPremultiplied(), null);
        Raster src = in.getRaster();
        WritableRaster dst = out.getRaster();
        for (int x = 0; x < in.getWidth(); x++) {
            dst.setDataElements(in.getWidth() - 1 - x, 0, 1, in.getHeight(),
                    src.getDataElements(x, 0, 1, in.getHeight(), null));
        }
        if (!ImageIO.write(out, "png", to.toFile())) {
            throw new IOException("no PNG writer for " + from);
        }
    }

    /** Absolute path of a shared frame (the list's paths may be absolute; the frames are never copied). */
    private static String shared(String relative) {
        return rgbd.resolve(relative).toAbsolutePath().toString();
    }

    @Test
    void qaDetectPrintsCheckableQaAboutDetectedObjectsOnTheTumFrame() throws IOException {
        CliRun run = CliRun.of("qa", "--image", shared("other_formats/TUM_color.png"), "--depth",
                shared("other_formats/TUM_depth.png"), "--depth-format", "tum", "--intrinsics", "525,525,319.5,239.5",
                "--max-depth", "4", "--detect", "--models-dir", modelsDir, "--per-image", "30", "--seed", "3", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertThat(list.size()).isEqualTo(30);
        Set<String> categories = new HashSet<>();
        Map<Integer, String> names = new TreeMap<>();
        for (JsonNode q : list) {
            categories.add(q.path("category").asText());
            assertThat(q.path("value").isNull()).isEqualTo(q.path("unit").isNull());
            for (JsonNode o : q.path("objects")) {
                String before = names.putIfAbsent(o.path("id").asInt(), o.path("description").asText());
                assertThat(before == null || before.equals(o.path("description").asText())).as("%s", o).isTrue();
            }
            JsonNode p = q.path("provenance");
            assertThat(p.path("objects_from").asText()).isEqualTo("detector");
            assertThat(p.path("models").get(0).path("id").asText()).isEqualTo("centernet-mobilenetv3-coco");
            assertThat(p.path("models").get(0).path("sha256").asText()).matches("[0-9a-f]{64}");
        }
        assertThat(categories).hasSizeGreaterThanOrEqualTo(8);
        assertThat(names.values()).doesNotHaveDuplicates().allMatch(d -> d.startsWith("the "));
        // the bottles are not named: weaker bottle detections leave no colour, side or size that picks one out
        assertThat(names.values()).anyMatch(d -> d.contains("chair")).anyMatch(d -> d.contains("book"));
        assertThat(CliRun.of("qa", "--image", shared("other_formats/TUM_color.png"), "--depth",
                shared("other_formats/TUM_depth.png"), "--depth-format", "tum", "--intrinsics", "525,525,319.5,239.5",
                "--max-depth", "4", "--detect", "--models-dir", modelsDir, "--per-image", "30", "--seed", "3", "--json")
                .out()).as("same seed, same QA").isEqualTo(run.out());
    }

    @Test
    void qaDetectOnAFrameWithOneObjectSaysWhyThereIsNoQa() {
        CliRun run = CliRun.of("qa", "--image", shared("color/00000.jpg"), "--depth", shared("depth/00000.png"),
                "--intrinsics", "525,525,319.5,239.5", "--detect", "--models-dir", modelsDir, "--json");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("00000.jpg").contains("fewer than two usable objects").contains("--threshold");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void generateDetectCountsBadInputsAndGoesOn() throws IOException {
        Path out = dir.resolve("summary");
        CliRun r = CliRun.of("generate", "--list", list.toString(), "--out", out.toString(), "--detect", "--models-dir",
                modelsDir, "--workers", "2", "--per-image", "12", "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertThat(s.path("images_found").asInt()).isEqualTo(5);
        assertThat(s.path("images_generated").asInt()).isEqualTo(2);
        assertThat(s.path("qa_generated").asInt()).isEqualTo(2 * 12);
        Map<String, String> reasons = new TreeMap<>();
        s.path("skipped").forEach(k -> reasons.put(k.path("image").asText(), k.path("reason").asText()));
        assertThat(reasons).containsOnlyKeys(shared("color/00000.jpg"), "bad.png", "no_depth.jpg");
        assertThat(reasons.get(shared("color/00000.jpg"))).startsWith("scene filter (rules): rejected: 1 usable object");
        assertThat(reasons.get("bad.png")).contains("bad.png");
        assertThat(reasons.get("no_depth.jpg")).contains("missing_depth.png");
        JsonNode lift = s.path("lift_stage_ms_per_image");
        assertThat(lift.path("detect").asDouble()).isPositive();
        assertThat(lift.path("masks").asDouble()).isPositive();
        assertThat(lift.path("describe").asDouble()).isPositive();
        List<ImageQa> dataset = QaDataset.readAll(out, ExportFormat.LLAVA);
        assertThat(dataset).extracting(ImageQa::image).containsExactlyInAnyOrder(
                shared("other_formats/TUM_color.png"), mirror.resolve("TUM_color.png").toString());
        for (ImageQa image : dataset) {
            for (QaPair p : image.pairs()) {
                assertThat(p.provenance().source().objects()).isEqualTo("detector");
                assertThat(p.provenance().source().models()).singleElement()
                        .satisfies(m -> assertThat(m.sha256()).matches("[0-9a-f]{64}"));
            }
        }
    }

    @Test
    void interruptedDetectRunResumesWithoutDuplicatesOrGaps() throws IOException {
        Set<String> clean = contents(run(dir.resolve("clean"), n -> false));
        Path out = dir.resolve("interrupted");
        assertThat(run(out, n -> n >= 1)).hasSize(1);

        List<ImageQa> resumed = run(out, n -> false);

        assertThat(resumed).extracting(ImageQa::image).doesNotHaveDuplicates().hasSize(2);
        assertThat(contents(resumed)).isEqualTo(clean);
    }

    @Test
    void killedDetectProcessResumesWithoutDuplicatesOrGaps() throws Exception {
        // the two frames with QA far apart in the list, so the process is killed between their lines
        StringBuilder apart = new StringBuilder(shared("other_formats/TUM_color.png") + " "
                + shared("other_formats/TUM_depth.png") + " format=tum " + K + "\n");
        for (int i = 0; i < 5; i++) {
            apart.append(shared("color/0000" + i + ".jpg")).append(' ').append(shared("depth/0000" + i + ".png"))
                    .append(" format=png16 ").append(K).append('\n');
        }
        apart.append(mirror.resolve("TUM_color.png")).append(' ').append(mirror.resolve("TUM_depth.png"))
                .append(" format=tum ").append(K).append('\n');
        Path apartList = Files.writeString(dir.resolve("apart.txt"), apart.toString());
        Set<String> clean = contents(run(dir.resolve("apart-clean"), apartList, 1, n -> false));
        Path out = dir.resolve("killed");
        Path file = out.resolve("qa.llava.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "generate", "--list", apartList.toString(), "--out", out.toString(), "--detect", "--models-dir",
                modelsDir, "--workers", "1", "--per-image", "15", "--no-progress")
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (GenerateCommandTest.lines(file) < 1 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        boolean aliveAtKill = p.isAlive();
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(aliveAtKill).as("killed while still running (%s)", Files.readString(dir.resolve("killed.log")))
                .isTrue();
        assertThat(GenerateCommandTest.lines(file)).isEqualTo(1);

        List<ImageQa> resumed = run(out, apartList, 1, n -> false);

        assertThat(resumed).extracting(ImageQa::image).doesNotHaveDuplicates().hasSize(2);
        assertThat(contents(resumed)).isEqualTo(clean);
    }

    @Test
    void benchGenerateReportsImagesPerSecondAndTheMedianTimeOfEveryStage() throws IOException {
        CliRun r = CliRun.of("bench", "generate", "--list", list.toString(), "--detect", "--models-dir", modelsDir,
                "--workers", "2", "--rounds", "1", "--warmup", "0", "--per-image", "5", "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode b = new ObjectMapper().readTree(r.out());
        assertThat(b.path("images").asInt()).isEqualTo(5);
        assertThat(b.path("images_with_qa").asInt()).isEqualTo(2);
        assertThat(b.path("qa_per_round").asInt()).isEqualTo(10);
        assertThat(b.path("skipped").size()).isEqualTo(3);
        assertThat(b.path("images_per_s").asDouble()).isPositive();
        assertThat(b.path("objects_from").path("model").asText()).isEqualTo("centernet-mobilenetv3-coco");
        assertThat(b.path("objects_from").path("detectors").asInt()).isEqualTo(2);
        JsonNode median = b.path("median_ms_per_image");
        for (String stage : List.of("load", "lift.back_project", "lift.planes", "lift.detect", "lift.masks",
                "lift.describe", "lift", "qa", "write")) {
            assertThat(median.path(stage).isNumber()).as(stage + " in %s", median).isTrue();
        }
        assertThat(b.path("load_average_1min_before").isNumber()).isTrue();
    }

    /** generate --detect over the list in-process, with {@code stopAfter}; returns the dataset afterwards. */
    private static List<ImageQa> run(Path out, IntPredicate stopAfter) throws IOException {
        return run(out, list, 2, stopAfter);
    }

    private static List<ImageQa> run(Path out, Path inputList, int workers, IntPredicate stopAfter) throws IOException {
        CommandLine cl = Main.commandLine();
        GenerateCommand g = cl.getSubcommands().get("generate").getCommand();
        g.stopAfter = stopAfter;
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("generate", "--list", inputList.toString(), "--out", out.toString(), "--detect",
                "--models-dir", modelsDir, "--workers", Integer.toString(workers), "--per-image", "15", "--no-progress");
        assertThat(code).as(err.toString()).isZero();
        return QaDataset.readAll(out, ExportFormat.LLAVA);
    }

    /** Each image's QA as "image|id|question|answer" lines. */
    private static Set<String> contents(List<ImageQa> dataset) {
        List<String> out = new ArrayList<>();
        for (ImageQa q : dataset) {
            for (QaPair p : q.pairs()) {
                out.add(q.image() + "|" + p.id() + "|" + p.question() + "|" + p.answer());
            }
        }
        assertThat(out).doesNotHaveDuplicates();
        return new HashSet<>(out);
    }
}
