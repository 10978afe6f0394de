package org.spatiallift.engine.ask;

/**
 * One direct question of a decomposed answer, with its answer: "How far is the lamp from the table?" "About 1.2
 * meters." then the conclusion.
 *
 * @param question the direct question
 * @param answer   its answer
 * @param value    the measured value in {@code unit}, or null for a yes/no step
 * @param unit     "m", "ratio", "o'clock" or "count", or null with {@code value}
 */
public record AnswerStep(String question, String answer, Double value, String unit) {

    public AnswerStep {
        if (question == null || answer == null) {
            throw new IllegalArgumentException("a step needs a question and an answer");
        }
        if ((value == null) != (unit == null)) {
            throw new IllegalArgumentException("a step's value and unit go together, got " + value + " and " + unit);
        }
    }
}
