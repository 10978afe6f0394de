package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code categories} and {@code qa} on the built-in sample scene written to files. */
class QaCommandsTest {

    @TempDir
    static Path dir;
    private static String intrinsics;

    @BeforeAll
    static void writeSample() throws IOException {
        SampleSceneWriter.write(SampleScenes.builtIn(), dir);
        intrinsics = Files.readString(dir.resolve("intrinsics.txt")).trim();
    }

    private static String[] qaArgs(String... more) {
        String[] base = {"qa", "--image", dir.resolve("rgb.png").toString(), "--depth", dir.resolve("depth.png").toString(),
            "--intrinsics", intrinsics, "--labels", dir.resolve("labels.png").toString(), "--names",
            dir.resolve("names.txt").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void categoriesJsonListsEveryCategoryWithItsContract() throws IOException {
        CliRun run = CliRun.of("categories", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertThat(list.size()).isGreaterThanOrEqualTo(40);
        for (JsonNode c : list) {
            assertThat(c.path("name").asText()).matches("[a-z_]+");
            assertThat(c.path("kind").asText()).isIn("yes_no", "choice", "quantitative", "multi_object");
            assertThat(c.path("question_templates").asInt()).isGreaterThanOrEqualTo(20);
            assertThat(c.path("answer_templates").asInt()).isGreaterThanOrEqualTo(10);
            assertThat(c.path("definition").asText()).isNotBlank();
        }
    }

    @Test
    void sceneFilterOptionChoosesTheRulesOrRefusesAModelOfAnotherRole() throws IOException {
        CliRun rules = CliRun.of(qaArgs("--per-image", "5", "--scene-filter", "rules", "--models-dir",
                dir.resolve("no-models").toString(), "--json"));
        CliRun wrong = CliRun.of(qaArgs("--per-image", "5", "--scene-filter", "mobilesam-box-segmenter", "--json"));

        assertThat(rules.exitCode()).as(rules.err()).isZero();
        JsonNode first = new ObjectMapper().readTree(rules.out()).get(0);
        assertThat(first.path("provenance").path("objects_from").asText()).isEqualTo("labels");
        assertThat(first.path("provenance").path("models")).as("the rules are no model").isEmpty();
        assertThat(wrong.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(wrong.err()).contains("mobilesam-box-segmenter").contains("not image_text_embedding");
    }

    @Test
    void qaJsonPrintsTheRequestedQaWithValuesUnitsAndObjects() throws IOException {
        CliRun run = CliRun.of(qaArgs("--per-image", "25", "--seed", "4", "--json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertThat(list.size()).isEqualTo(25);
        boolean quantitative = false;
        for (JsonNode q : list) {
            assertThat(q.path("category").asText()).isNotBlank();
            assertThat(q.path("question").asText()).isNotBlank();
            assertThat(q.path("answer").asText()).isNotBlank();
            assertThat(q.has("value") && q.has("unit")).isTrue();
            assertThat(q.path("value").isNull()).isEqualTo(q.path("unit").isNull());
            quantitative |= q.path("value").isNumber();
            assertThat(q.path("objects").size()).isPositive();
            assertThat(q.path("objects").get(0).path("description").asText()).startsWith("the ");
        }
        assertThat(quantitative).isTrue();
        assertThat(CliRun.of(qaArgs("--per-image", "25", "--seed", "4", "--json")).out()).as("same seed, same QA")
                .isEqualTo(run.out());
    }

    @Test
    void qaTextShowsQuestionsAndAnswersInTheChosenUnits() {
        CliRun run = CliRun.of(qaArgs("--per-image", "12", "--units", "imperial", "--categories", "width,height,depth",
                "--category-weights", "depth=0"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("[width]").contains("[height]").doesNotContain("[depth]")
                .containsPattern("(feet|inches)").doesNotContain("meters");
        assertThat(run.out().lines().filter(l -> l.startsWith("[")).count()).isEqualTo(12);
    }

    @Test
    void qaRefusesDetectorWithLabelsAndNoObjectSourceNamingTheRemedy() {
        CliRun both = CliRun.of(qaArgs("--detect", "--json"));
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--detect and --labels are mutually exclusive");

        CliRun none = CliRun.of("qa", "--image", dir.resolve("rgb.png").toString(), "--depth",
                dir.resolve("depth.png").toString(), "--json");
        assertThat(none.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(none.err()).contains("no label map").contains("--labels PNG --names TXT").contains("--detect");

        CliRun threshold = CliRun.of(qaArgs("--threshold", "0.5"));
        assertThat(threshold.exitCode()).isEqualTo(2);
        assertThat(threshold.err()).contains("--threshold").contains("needs --detect");
    }

    @Test
    void qaRejectsUnknownCategoryWeightsAndBadUnits() {
        CliRun weights = CliRun.of(qaArgs("--category-weights", "heigth=2"));
        assertThat(weights.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(weights.err()).contains("unknown category \"heigth\"").contains("spatiallift categories");

        CliRun units = CliRun.of(qaArgs("--units", "furlongs"));
        assertThat(units.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(units.err()).contains("--units");
    }

    @Test
    void tiesAreSkippedByDefaultAnsweredOnRequestAndRecordedInTheProvenance() throws IOException {
        String[] sizes = {"--per-image", "1000", "--categories", "taller,shorter,choose_taller,choose_shorter,wider,"
                + "thinner,choose_wider,choose_thinner,bigger,smaller,choose_bigger,choose_smaller", "--json"};
        CliRun skip = CliRun.of(qaArgs(sizes));
        CliRun answer = CliRun.of(qaArgs(java.util.stream.Stream.concat(java.util.Arrays.stream(sizes),
                java.util.stream.Stream.of("--ties", "answer")).toArray(String[]::new)));
        CliRun bad = CliRun.of(qaArgs("--ties", "maybe"));

        assertThat(skip.exitCode()).as(skip.err()).isZero();
        assertThat(answer.exitCode()).as(answer.err()).isZero();
        JsonNode skipped = new ObjectMapper().readTree(skip.out());
        JsonNode answered = new ObjectMapper().readTree(answer.out());
        assertThat(skipped.get(0).path("provenance").path("settings").path("ties").asText()).isEqualTo("skip");
        assertThat(answered.get(0).path("provenance").path("settings").path("ties").asText()).isEqualTo("answer");
        assertThat(skip.out()).doesNotContain("about the same");
        assertThat(answer.out()).contains("about the same");
        assertThat(answered.size()).as("ties add questions (every pair asked)").isGreaterThan(skipped.size());
        assertThat(bad.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(bad.err()).contains("--ties").contains("skip").contains("answer");
    }

    @Test
    void benchQaReportsQaPerCpuSecond() throws IOException {
        CliRun run = CliRun.of("bench", "qa", "--seconds", "0.5", "--warmup", "0.2", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("qa_per_cpu_s").asLong()).isPositive();
        assertThat(json.path("qa").asLong()).isPositive();
        assertThat(json.path("objects").asInt()).isEqualTo(9);
    }

    @Test
    void labelsCompleteWithTheDetectorIsBadUsage() {
        CliRun run = CliRun.of("qa", "--image", "rgb.png", "--depth", "depth.png", "--detect", "--labels-complete");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--labels-complete").contains("--detect");
    }
}
