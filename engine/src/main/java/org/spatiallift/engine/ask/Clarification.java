package org.spatiallift.engine.ask;

import java.util.List;

/**
 * What an answer asks back when a description fits several objects: the question ("Which chair do you mean?") and
 * the objects it could be, never a guess among them.
 */
public record Clarification(String question, List<AnswerObject> candidates) {

    public Clarification {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("a clarification needs a question");
        }
        candidates = List.copyOf(candidates);
    }
}
