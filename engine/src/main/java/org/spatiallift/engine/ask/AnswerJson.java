package org.spatiallift.engine.ask;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.qa.export.QaJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One answer as JSON. {@link #contract} is exactly the contract of {@code spatiallift ask --json}: {"intent", "objects":
 * [{"id", "description"}], "answer", "value", "unit", "interval": [lo, hi], "steps": [{"question", "answer",
 * "value"}], "clarification": {"question", "candidates": [{"id", "description"}]}, "vlm": {"answer", "value", "unit",
 * "agrees"}}, absent parts null. {@link #node} adds what a stored chat and the app's copy keep besides: each step's
 * "unit", the model's "explanation", "short_answer" and "how_measured". Values in the unit named (lengths in metres).
 * {@link #read} gives the answer back from the full form.
 */
public final class AnswerJson {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerJson.class);

    private AnswerJson() {
    }

    /** The answer with everything it holds: the contract and its additions. */
    public static ObjectNode node(Answer a) {
        return node(a, true);
    }

    /** Exactly the {@code ask --json} contract. */
    public static ObjectNode contract(Answer a) {
        return node(a, false);
    }

    private static ObjectNode node(Answer a, boolean full) {
        ObjectNode n = QaJson.MAPPER.createObjectNode();
        n.put("intent", a.intent());
        n.set("objects", objects(a.objects()));
        n.put("answer", a.answer());
        n.put("value", a.value());
        n.put("unit", a.unit());
        if (a.interval() == null) {
            n.putNull("interval");
        } else {
            n.putArray("interval").add(a.interval().lo()).add(a.interval().hi());
        }
        ArrayNode steps = n.putArray("steps");
        for (AnswerStep s : a.steps()) {
            ObjectNode step = steps.addObject().put("question", s.question()).put("answer", s.answer())
                    .put("value", s.value());
            if (full) {
                step.put("unit", s.unit());
            }
        }
        if (a.clarification() == null) {
            n.putNull("clarification");
        } else {
            ObjectNode c = n.putObject("clarification");
            c.put("question", a.clarification().question());
            c.set("candidates", objects(a.clarification().candidates()));
        }
        VlmAnswer v = a.vlm();
        if (v == null) {
            n.putNull("vlm");
        } else {
            ObjectNode vlm = n.putObject("vlm").put("answer", v.answer()).put("value", v.value()).put("unit", v.unit())
                    .put("agrees", v.agrees());
            if (full) {
                vlm.put("explanation", v.explanation());
            }
        }
        if (full) {
            n.put("short_answer", a.shortAnswer());
            n.put("how_measured", a.howMeasured());
        }
        return n;
    }

    /** {@link #node} as text. */
    public static String write(Answer a) {
        try {
            return QaJson.MAPPER.writeValueAsString(node(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }

    /** The answer {@link #write} wrote. */
    public static Answer read(String json) throws IOException {
        JsonNode n = QaJson.MAPPER.readTree(json);
        if (n == null || !n.isObject() || !n.path("answer").isTextual()) {
            throw new IOException("not an answer: no \"answer\" text");
        }
        List<AnswerStep> steps = new ArrayList<>();
        for (JsonNode s : n.path("steps")) {
            steps.add(new AnswerStep(s.path("question").asText(), s.path("answer").asText(), number(s.path("value")),
                    text(s.path("unit"))));
        }
        JsonNode c = n.path("clarification");
        Clarification clarification = c.isObject()
                ? new Clarification(c.path("question").asText(), objects(c.path("candidates"))) : null;
        JsonNode v = n.path("vlm");
        VlmAnswer vlm = v.isObject() ? new VlmAnswer(v.path("answer").asText(), number(v.path("value")),
                text(v.path("unit")), v.path("agrees").isBoolean() ? v.path("agrees").asBoolean() : null,
                text(v.path("explanation"))) : null;
        JsonNode i = n.path("interval");
        Interval interval = i.isArray() && i.size() == 2 ? new Interval(i.get(0).asDouble(), i.get(1).asDouble()) : null;
        return new Answer(text(n.path("intent")), objects(n.path("objects")), n.path("answer").asText(),
                text(n.path("short_answer")), number(n.path("value")), text(n.path("unit")), interval, steps,
                clarification, text(n.path("how_measured")), vlm);
    }

    /** The answer {@link #write} wrote, or null (logged) when the text is not one: a stored chat stays readable. */
    public static Answer readOrNull(String json) {
        try {
            return read(json);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("a stored answer could not be read ({}); its text is shown as it was", e.getMessage());
            return null;
        }
    }

    private static ArrayNode objects(List<AnswerObject> objects) {
        ArrayNode list = QaJson.MAPPER.createArrayNode();
        for (AnswerObject o : objects) {
            list.addObject().put("id", o.id()).put("description", o.description());
        }
        return list;
    }

    private static List<AnswerObject> objects(JsonNode list) {
        List<AnswerObject> out = new ArrayList<>();
        for (JsonNode o : list) {
            out.add(new AnswerObject(o.path("id").asInt(), o.path("description").asText()));
        }
        return out;
    }

    private static Double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }
}
