package org.spatiallift.engine.vlm;

import java.util.List;
import java.util.Objects;

/**
 * The measured answer a model's answer is compared with.
 *
 * @param value      the measured value (metres for lengths; a ratio, a clock hour or a count otherwise); NaN when the
 *                   answer is not a number
 * @param unit       the value's unit as the QA categories name it ("m", "ratio", "o'clock", "count"), or null
 * @param yes        the yes/no answer, or null
 * @param chosen     the index in {@code candidates} of the chosen object, or −1
 * @param candidates the objects to choose between, by description; empty unless the question chooses
 */
public record GeometricAnswer(double value, String unit, Boolean yes, int chosen, List<String> candidates) {

    public GeometricAnswer {
        candidates = List.copyOf(candidates);
        if (chosen >= candidates.size()) {
            throw new IllegalArgumentException("chosen object " + chosen + " is not one of " + candidates.size()
                    + " candidates");
        }
    }

    /** A measured quantity: {@code value} in {@code unit} ("m", "ratio", "o'clock", "count"). */
    public static GeometricAnswer quantity(double value, String unit) {
        Objects.requireNonNull(unit, "unit");
        return new GeometricAnswer(value, unit, null, -1, List.of());
    }

    public static GeometricAnswer yesNo(boolean yes) {
        return new GeometricAnswer(Double.NaN, null, yes, -1, List.of());
    }

    /** The object {@code candidates.get(chosen)} chosen among {@code candidates}. */
    public static GeometricAnswer choice(int chosen, List<String> candidates) {
        if (chosen < 0) {
            throw new IllegalArgumentException("a choice needs the chosen object's index, got " + chosen);
        }
        return new GeometricAnswer(Double.NaN, null, null, chosen, candidates);
    }
}
