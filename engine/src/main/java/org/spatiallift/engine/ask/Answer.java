package org.spatiallift.engine.ask;

import java.util.List;

/**
 * The answer to one question about one scene.
 *
 * @param intent        the category asked ("centre_distance"), "within" or "summary", or null when the question is
 *                      not one geometry answers
 * @param objects       the objects it is about, in the order the category names them
 * @param answer        the answer text, lengths in the units asked
 * @param shortAnswer   the answer alone, to compare with another answer: "yes" or "no", the chosen object's description,
 *                      the objects in order, "about the same", or the stated quantity ("1.2 meters"); null when the
 *                      question was not answered (a clarification, an unknown object, an undecided comparison)
 * @param value         the measured value in {@code unit} (lengths always in metres), or null for qualitative answers
 * @param unit          "m", "ratio", "o'clock" or "count", or null with {@code value}
 * @param interval      where the value may lie given the measurement's uncertainty (same unit), or null
 * @param steps         the direct questions a multi-object answer was decomposed into, in order, then the conclusion
 *                      is {@code answer}
 * @param clarification what is asked back when a description fits several objects (then there is no value), or null
 * @param howMeasured   one line: what was measured (which box faces or centres) in which frame, and the uncertainty
 *                      the interval comes from; null when nothing was measured
 * @param vlm           a vision-language model's answer beside this one, or null
 */
public record Answer(String intent, List<AnswerObject> objects, String answer, String shortAnswer, Double value,
                     String unit, Interval interval, List<AnswerStep> steps, Clarification clarification,
                     String howMeasured, VlmAnswer vlm) {

    public Answer {
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("an answer needs text");
        }
        if ((value == null) != (unit == null)) {
            throw new IllegalArgumentException("value and unit go together, got " + value + " and " + unit);
        }
        if (interval != null && value == null) {
            throw new IllegalArgumentException("an interval needs a value");
        }
        objects = List.copyOf(objects);
        steps = List.copyOf(steps);
    }

    /** A plain answer with no value (unsupported questions, unknown objects, undecided comparisons). */
    public static Answer text(String intent, List<AnswerObject> objects, String text) {
        return new Answer(intent, objects, text, null, null, null, null, List.of(), null, null, null);
    }

    /** A clarification: the question asked back is the answer text. */
    public static Answer clarify(String intent, List<AnswerObject> objects, Clarification c) {
        return new Answer(intent, objects, c.question(), null, null, null, null, List.of(), c, null, null);
    }

    /** The same answer with a vision-language model's answer beside it. */
    public Answer withVlm(VlmAnswer v) {
        return new Answer(intent, objects, answer, shortAnswer, value, unit, interval, steps, clarification, howMeasured,
                v);
    }
}
