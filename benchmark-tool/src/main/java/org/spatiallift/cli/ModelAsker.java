package org.spatiallift.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.ask.Answer;
import org.spatiallift.engine.ask.ModelBeside;
import org.spatiallift.engine.ask.VlmAnswer;
import org.spatiallift.engine.vlm.ImagePayload;
import org.spatiallift.engine.vlm.VlmAsker;
import org.spatiallift.engine.vlm.VlmException;

/**
 * Puts a vision-language model's answer beside each measured one ({@code ask --vlm-url}). A model that cannot answer
 * (unreachable, blind to images, an error) leaves its reason in place of an answer; the measured answer stands.
 */
final class ModelAsker {

    /** No model: answers stay as measured. */
    static final ModelAsker NONE = new ModelAsker(null, null, null);
    private static final Logger LOG = LoggerFactory.getLogger(ModelAsker.class);

    private final VlmAsker asker;
    private final ImagePayload image;
    private final String model;

    ModelAsker(VlmAsker asker, ImagePayload image, String model) {
        this.asker = asker;
        this.image = image;
        this.model = model;
    }

    Answer beside(Answer measured, String question) {
        if (asker == null || measured.clarification() != null) {
            return measured;
        }
        try {
            return measured.withVlm(ModelBeside.compare(asker.ask(image, question), measured));
        } catch (VlmException e) {
            LOG.warn("model {} gave no answer: {}", model, e.getMessage());
            return measured.withVlm(new VlmAnswer("(no answer from " + model + ": " + e.problem() + ")", null, null,
                    null, e.advice()));
        }
    }
}
