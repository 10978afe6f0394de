package org.spatiallift.cli;

import org.spatiallift.engine.ask.Answer;
import org.spatiallift.engine.ask.AnswerObject;
import org.spatiallift.engine.ask.AnswerStep;
import org.spatiallift.engine.ask.VlmAnswer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of one answer, exactly the contract of {@code ask --json}: {"intent", "objects": [{"id", "description"}],
 * "answer", "value", "unit", "interval": [lo, hi], "steps": [{"question", "answer", "value"}], "clarification":
 * {"question", "candidates": [{"id", "description"}]}, "vlm": {"answer", "value", "unit", "agrees"}}, absent parts
 * null. Values in the unit named (lengths in metres).
 */
final class AskJson {

    private AskJson() {
    }

    static ObjectNode of(Answer a) {
        ObjectNode n = Json.MAPPER.createObjectNode();
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
            ObjectNode step = steps.addObject();
            step.put("question", s.question());
            step.put("answer", s.answer());
            step.put("value", s.value());
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
            ObjectNode vlm = n.putObject("vlm");
            vlm.put("answer", v.answer());
            vlm.put("value", v.value());
            vlm.put("unit", v.unit());
            vlm.put("agrees", v.agrees());
        }
        return n;
    }

    private static ArrayNode objects(java.util.List<AnswerObject> objects) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (AnswerObject o : objects) {
            list.addObject().put("id", o.id()).put("description", o.description());
        }
        return list;
    }
}
