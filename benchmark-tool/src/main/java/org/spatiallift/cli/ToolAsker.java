package org.spatiallift.cli;

import java.io.PrintWriter;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.io.TerminalText;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.vlm.ConversationResult;
import org.spatiallift.engine.vlm.ImagePayload;
import org.spatiallift.engine.vlm.ToolConversation;
import org.spatiallift.engine.vlm.ToolStep;
import org.spatiallift.engine.vlm.VlmClient;
import org.spatiallift.engine.vlm.VlmException;
import org.spatiallift.engine.vlm.VlmSettings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ask --tools}: a language model with function calling answers free-form questions through SpatialLift's
 * read-only geometric tools (list objects, distance, size, offset, elevation, distance from the camera: the QA
 * categories' own code); every tool call and its result is printed with the answer. Nothing the model returns runs
 * beyond those tools.
 */
final class ToolAsker {

    /** Requests per question at most (each may call several tools). */
    static final int MAX_TURNS = 8;

    private final ToolConversation conversation;
    private final QaScene scene;
    private final ImagePayload image;

    ToolAsker(VlmSettings settings, QaScene scene, ImagePayload image) {
        this.conversation = new ToolConversation(VlmClient.connect(settings), MAX_TURNS);
        this.scene = scene;
        this.image = image;
    }

    void ask(String question, boolean json, PrintWriter out) throws InputException, JsonProcessingException {
        ConversationResult r;
        try {
            r = conversation.ask(scene, Margins.defaults(), question, image);
        } catch (VlmException e) {
            throw InputException.forValue("--vlm-url", e.getMessage(), e.advice());
        }
        if (json) {
            ObjectNode n = Json.MAPPER.createObjectNode();
            n.put("question", question);
            n.put("answer", r.answer());
            ArrayNode steps = n.putArray("tool_calls");
            for (ToolStep s : r.steps()) {
                steps.addObject().put("tool", s.tool()).put("arguments", s.arguments()).put("result", s.result())
                        .put("error", s.error());
            }
            n.put("turns", r.turns());
            n.put("stopped", r.stopped());
            out.println(Json.MAPPER.writeValueAsString(n));
        } else {
            for (ToolStep s : r.steps()) {
                out.println(TerminalText.escape("  → " + s.tool() + "(" + s.arguments() + ") = " + s.result()
                        + (s.error() ? "  [refused]" : "")));
            }
            out.println(TerminalText.escape(r.answered() ? r.answer() : "No answer: " + r.stopped()));
        }
        out.flush();
    }
}
