package org.spatiallift.engine.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.qa.export.QaJson;

import com.fasterxml.jackson.databind.JsonNode;

/** The ask --json contract: every field of the issue, absent parts null, and the answer read back whole. */
class AnswerJsonTest {

    private static final Answer FULL = new Answer("closest_to", List.of(new AnswerObject(3, "the lamp"),
            new AnswerObject(5, "the chair")), "The chair is closest to the lamp.", "the chair", null, null, null,
            List.of(new AnswerStep("How far is the chair from the lamp?", "About 1.2 meters.", 1.2, "m"),
                    new AnswerStep("Is the chair near the lamp?", "Yes.", null, null)),
            null, "centre distances between the boxes, canonical frame", new VlmAnswer("The chair.", null, null, true,
            "model chose the chair, measured the chair"));

    @Test
    void writesEveryFieldOfTheContract() throws Exception {
        JsonNode n = QaJson.MAPPER.readTree(AnswerJson.write(FULL));

        assertThat(n.fieldNames()).toIterable().contains("intent", "objects", "answer", "value", "unit", "interval",
                "steps", "clarification", "vlm");
        assertThat(n.path("objects").get(1).path("id").asInt()).isEqualTo(5);
        assertThat(n.path("value").isNull()).isTrue();
        assertThat(n.path("interval").isNull()).isTrue();
        assertThat(n.path("clarification").isNull()).isTrue();
        assertThat(n.path("steps").get(0).path("value").asDouble()).isEqualTo(1.2);
        assertThat(n.path("vlm").path("agrees").asBoolean()).isTrue();
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Answer measured = new Answer("height", List.of(new AnswerObject(2, "the cabinet")), "About 1 meter.",
                "1 meter", 0.997, "m", new Interval(0.97, 1.02), List.of(), null, "top minus bottom face", null);
        Answer asked = Answer.clarify("height", List.of(), new Clarification("Which chair do you mean?",
                List.of(new AnswerObject(6, "the chair on the left"), new AnswerObject(10, "the chair on the right"))));

        for (Answer a : List.of(FULL, measured, asked)) {
            assertThat(AnswerJson.read(AnswerJson.write(a))).isEqualTo(a);
        }
    }

    @Test
    void somethingElseIsNotReadAsAnAnswer() {
        assertThatThrownBy(() -> AnswerJson.read("{\"question\": \"x\"}")).isInstanceOf(IOException.class)
                .hasMessageContaining("\"answer\"");
        assertThat(AnswerJson.readOrNull("not json")).isNull();
    }
}
