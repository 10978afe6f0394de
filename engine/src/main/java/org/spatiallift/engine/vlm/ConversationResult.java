package org.spatiallift.engine.vlm;

import java.util.List;

/**
 * How a tool conversation ended.
 *
 * @param answer   the model's final answer, or null when it gave none within the bound
 * @param steps    every function call and its result, in order
 * @param turns    the model's turns (requests sent)
 * @param stopped  why there is no answer ("stopped after 8 turns"), or null when the model answered
 */
public record ConversationResult(String answer, List<ToolStep> steps, int turns, String stopped) {

    public ConversationResult {
        steps = List.copyOf(steps);
    }

    /** True when the model gave a final answer. */
    public boolean answered() {
        return answer != null;
    }
}
