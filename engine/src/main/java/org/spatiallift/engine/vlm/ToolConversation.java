package org.spatiallift.engine.vlm;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaScene;

/**
 * A free-form spatial question answered by a model that calls SpatialLift's geometric queries ({@link SceneTools}) as
 * functions, as a chain of thought with tools: the model asks for measurements, gets them back as tool messages, and
 * answers. The question and everything the model returns are data: only the listed read-only functions run, with
 * arguments checked; an unknown function or a bad argument is answered with an error message to the model. The loop
 * ends when the model answers, or after {@code maxTurns} requests; every call and result is returned for display.
 */
public final class ToolConversation {

    private static final Logger LOG = LoggerFactory.getLogger(ToolConversation.class);
    /** At most this many function calls are run per model turn; more are answered with an error. */
    static final int MAX_CALLS_PER_TURN = 16;
    static final String SYSTEM = "You answer spatial questions about one scene. Measure with the functions; do not "
            + "estimate from the picture. Call list_objects first to learn the object ids. All positions and sizes are "
            + "in the " + SceneTools.FRAME + ". When a function gives no value, say that it could not be measured and "
            + "why. Answer in one or two sentences with the measured numbers and their units.";

    private final ChatModel model;
    private final int maxTurns;

    /** A conversation with {@code model}, at most {@code maxTurns} requests per question. */
    public ToolConversation(ChatModel model, int maxTurns) {
        if (maxTurns < 1) {
            throw new IllegalArgumentException("a tool conversation needs at least one turn, got " + maxTurns);
        }
        this.model = model;
        this.maxTurns = maxTurns;
    }

    /**
     * Asks {@code question} about {@code scene} (and {@code image}, when not null: the picture the scene was lifted
     * from, for models that see).
     */
    public ConversationResult ask(QaScene scene, Margins margins, String question, ImagePayload image)
            throws VlmException {
        SceneTools tools = new SceneTools(scene, margins);
        List<ToolSpec> specs = SceneTools.specs();
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(SYSTEM));
        messages.add(image == null ? ChatMessage.user(question) : ChatMessage.user(question, image));
        List<ToolStep> steps = new ArrayList<>();
        for (int turn = 1; turn <= maxTurns; turn++) {
            ChatReply reply = model.complete(new ChatRequest(messages, specs));
            if (reply.toolCalls().isEmpty()) {
                String text = reply.text() == null ? "" : reply.text().strip();
                return new ConversationResult(text, steps, turn, null);
            }
            messages.add(ChatMessage.assistant(reply.text(), reply.toolCalls()));
            int n = 0;
            for (ToolCall call : reply.toolCalls()) {
                SceneTools.Outcome out = ++n > MAX_CALLS_PER_TURN
                        ? new SceneTools.Outcome("{\"error\":\"more than " + MAX_CALLS_PER_TURN + " calls in one turn;"
                        + " this one was not run\"}", true)
                        : tools.run(call);
                LOG.debug("tool {} ({} characters of arguments): {}", call.name(), call.arguments().length(),
                        out.error() ? "refused" : "answered");
                steps.add(new ToolStep(call.name(), call.arguments(), out.json(), out.error()));
                messages.add(ChatMessage.tool(call.id(), out.json()));
            }
        }
        return new ConversationResult(null, steps, maxTurns, "the model gave no answer within " + maxTurns
                + " turns");
    }
}
