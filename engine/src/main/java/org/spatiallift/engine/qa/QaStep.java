package org.spatiallift.engine.qa;

/**
 * One direct question of a chain of thought, with its answer.
 *
 * @param category the direct category asked ("centre_distance")
 * @param question its question
 * @param answer   its answer
 * @param value    the measured value (null for a yes/no step)
 * @param unit     the unit of {@code value} (null for a yes/no step)
 */
public record QaStep(String category, String question, String answer, Double value, String unit) {

    public QaStep {
        if (category == null || question == null || answer == null) {
            throw new IllegalArgumentException("a reasoning step needs a category, a question and an answer");
        }
        if ((value == null) != (unit == null)) {
            throw new IllegalArgumentException("a step's value and unit go together, got " + value + " and " + unit);
        }
    }
}
