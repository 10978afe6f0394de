package org.spatiallift.engine.qa;

import java.util.List;
import java.util.Objects;

/**
 * One question and its answer, with everything needed to check, train on and reproduce it.
 *
 * @param id          stable id: the same image, category, objects and templates always give the same id
 *                    (16 hex digits)
 * @param category    the category's name ("left_of")
 * @param kind        its kind
 * @param question    the question text
 * @param answer      the answer text
 * @param shortAnswer the answer alone: "yes"/"no", the chosen object's description, the objects in order, or the
 *                    stated quantity ("1.2 meters")
 * @param value       the measured value in {@code unit}, before noise and rounding (null for qualitative QA)
 * @param statedValue the value the answer text rounds, after the optional noise (null for qualitative QA)
 * @param unit        "m", "ratio", "o'clock" or "count" (null for qualitative QA)
 * @param objects     the objects asked about, in the order the category names them (A, B, ... or X first)
 * @param reasoning   chain of thought (direct questions and answers) for multi-object QA when asked for, else empty
 * @param provenance  what produced it
 * @param thresholdM  a distance the question states ("within 1.5 meters"), metres; null when it states none
 */
public record QaPair(String id, String category, QaKind kind, String question, String answer, String shortAnswer,
                     Double value, Double statedValue, String unit, List<QaObject> objects, List<QaStep> reasoning,
                     Provenance provenance, Double thresholdM) {

    /** A QA whose question states no distance. */
    public QaPair(String id, String category, QaKind kind, String question, String answer, String shortAnswer,
                  Double value, Double statedValue, String unit, List<QaObject> objects, List<QaStep> reasoning,
                  Provenance provenance) {
        this(id, category, kind, question, answer, shortAnswer, value, statedValue, unit, objects, reasoning, provenance,
                null);
    }

    public QaPair {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenance, "provenance");
        if (question == null || question.isBlank() || answer == null || answer.isBlank() || shortAnswer == null) {
            throw new IllegalArgumentException("QA " + id + " (" + category + ") needs a question and an answer");
        }
        if ((value == null) != (unit == null) || (value == null) != (statedValue == null)) {
            throw new IllegalArgumentException("QA " + id + " (" + category + "): value, stated value and unit go "
                    + "together, got " + value + ", " + statedValue + " and " + unit);
        }
        objects = List.copyOf(objects);
        reasoning = List.copyOf(reasoning);
    }

    /** True when the answer is a number with a unit: quantitative QA, and counts of multi-object QA. */
    public boolean quantitative() {
        return value != null;
    }
}
