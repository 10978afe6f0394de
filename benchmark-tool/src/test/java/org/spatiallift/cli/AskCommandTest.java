package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ask} on the built-in sample room, questions read by the shipped question reader: the JSON contract, unknown objects, units, the terminal chat with "it"
 * across turns, the image inputs, and usage errors.
 */
class AskCommandTest {

    private static final List<String> KEYS = List.of("intent", "objects", "answer", "value", "unit", "interval", "steps",
            "clarification", "vlm");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeSample() throws IOException {
        SampleSceneWriter.write(SampleScenes.builtIn(), dir);
    }

    @Test
    void jsonAnswerHasExactlyTheContractsKeysWithAMeasuredValueAndInterval() throws IOException {
        CliRun run = CliRun.of("ask", "--sample", "--json", "How tall is the cabinet?");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode a = JSON.readTree(run.out());
        List<String> keys = new ArrayList<>();
        a.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(KEYS);
        assertThat(a.path("intent").asText()).isEqualTo("height");
        assertThat(a.path("objects")).hasSize(1);
        assertThat(a.path("objects").get(0).path("id").asInt()).isEqualTo(3);
        assertThat(a.path("objects").get(0).path("description").asText()).isEqualTo("the cabinet");
        double value = a.path("value").asDouble();
        assertThat(value).isBetween(0.97, 1.03); // the sample cabinet is 1.0 m tall
        assertThat(a.path("unit").asText()).isEqualTo("m");
        assertThat(a.path("interval").get(0).asDouble()).isLessThanOrEqualTo(value);
        assertThat(a.path("interval").get(1).asDouble()).isGreaterThanOrEqualTo(value);
        assertThat(a.path("answer").asText()).contains("1 meter");
        assertThat(a.path("steps")).isEmpty();
        assertThat(a.path("clarification").isNull()).isTrue();
        assertThat(a.path("vlm").isNull()).isTrue();
    }

    @Test
    void multiObjectAnswersCarryTheirStepsAndUnknownObjectsAreNamed() throws IOException {
        CliRun closest = CliRun.of("ask", "--sample", "--json", "--units", "imperial",
                "Which of the chair, the ball or the cabinet is closest to the table?");
        CliRun piano = CliRun.of("ask", "--sample", "--json", "How tall is the piano?");

        assertThat(closest.exitCode()).as(closest.err()).isZero();
        JsonNode c = JSON.readTree(closest.out());
        assertThat(c.path("intent").asText()).isEqualTo("closest_to");
        assertThat(c.path("objects").get(0).path("description").asText()).isEqualTo("the table");
        assertThat(c.path("steps")).hasSize(3);
        assertThat(c.path("steps").get(0).path("answer").asText()).contains("feet");
        assertThat(c.path("steps").get(0).path("value").asDouble()).isPositive();
        JsonNode p = JSON.readTree(piano.out());
        assertThat(p.path("value").isNull()).isTrue();
        assertThat(p.path("answer").asText()).startsWith("I see no piano; I see: ").contains("the cabinet");
    }

    @Test
    void terminalChatKeepsHistorySoItReferstoTheLastObject() {
        CliRun run = withStdin("How tall is the cabinet?\nHow far is it from the table?\nwho owns the chair?\nquit\n"
                + "How wide is the ball?\n", "ask", "--sample");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Ask about 9 objects")
                .contains("Measured: the box from its bottom face to its top face along gravity")
                .contains("the cabinet").contains("interval [")
                .contains("I can't measure that.")
                .doesNotContain("from side to side") // "quit" ended the chat before the last question
                .contains("Measured: the straight line between the two box centres")
                .containsPattern("The cabinet is about [0-9.]+ meters? from the table\\."); // "it" was the cabinet
    }

    @Test
    void jsonLinesFromStandardInputWithoutAQuestion() throws IOException {
        CliRun run = withStdin("How tall is the cabinet?\nHow wide is it?\n", "ask", "--sample", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode second = JSON.readTree(lines[1]);
        assertThat(second.path("intent").asText()).isEqualTo("width");
        assertThat(second.path("objects").get(0).path("description").asText()).isEqualTo("the cabinet");
    }

    @Test
    void anImageWithItsLabelMapIsLiftedAndAsked() throws IOException {
        String intrinsics = Files.readString(dir.resolve("intrinsics.txt")).trim();
        CliRun run = CliRun.of("ask", "--image", dir.resolve("rgb.png").toString(), "--depth",
                dir.resolve("depth.png").toString(), "--intrinsics", intrinsics, "--labels",
                dir.resolve("labels.png").toString(), "--names", dir.resolve("names.txt").toString(), "--json",
                "How far is the mug from the table?");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode a = JSON.readTree(run.out());
        assertThat(a.path("intent").asText()).isEqualTo("centre_distance");
        assertThat(a.path("objects")).extracting(o -> o.path("description").asText()).containsExactly("the mug",
                "the table");
        assertThat(a.path("value").asDouble()).isBetween(0.3, 0.7);
    }

    @Test
    void theSceneMustComeFromTheSampleOrAnImageNotBoth() {
        CliRun none = CliRun.of("ask", "--json", "How tall is the cabinet?");
        CliRun both = CliRun.of("ask", "--sample", "--image", "x.png", "--json", "How tall is the cabinet?");
        CliRun detect = CliRun.of("ask", "--sample", "--detect", "--json", "How tall is the cabinet?");

        assertThat(none.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(both.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(detect.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(detect.err()).contains("--sample comes with its own label map");
    }

    private static CliRun withStdin(String text, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }
}
