package org.spatiallift.engine.scene;

import java.util.List;

/**
 * How an object is described to people and in questions: its label, measured attributes in a caption, and either a
 * referring expression that picks it out alone in the scene or the reason why none does (then the object is
 * ambiguous and must be left out of question–answer data).
 *
 * @param label               what it is ("chair"), from the detector or the label map's names
 * @param color               its dominant colour name ("red"), or null when no colour has a clear majority
 * @param colorShare          share of its (well-lit) pixels that carry that colour, in [0, 1]; 0 without a colour
 * @param caption             label plus measured attributes ("red chair, larger of 2 chairs, left of centre, 2.3 m
 *                            away, on the floor")
 * @param referringExpression a unique expression ("the red chair on the left"), or null when ambiguous
 * @param ambiguityReason     why no expression picks it out alone, or null when one does
 * @param alternatives        other expressions that also pick it out alone, in order of preference ("the chair on the
 *                            left" when the referring expression is "the red chair"); questions use one of them when
 *                            the referring expression would state what they ask. Empty when ambiguous.
 */
public record ObjectDescription(String label, String color, double colorShare, String caption,
                                String referringExpression, String ambiguityReason, List<String> alternatives) {

    public ObjectDescription {
        if ((referringExpression == null) == (ambiguityReason == null)) {
            throw new IllegalArgumentException("a description has either a referring expression or an ambiguity reason, "
                    + "got " + referringExpression + " and " + ambiguityReason);
        }
        alternatives = referringExpression == null || alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** A description without alternative expressions. */
    public ObjectDescription(String label, String color, double colorShare, String caption, String referringExpression,
                             String ambiguityReason) {
        this(label, color, colorShare, caption, referringExpression, ambiguityReason, List.of());
    }

    /** True when no expression picks the object out alone: it must not appear in questions. */
    public boolean ambiguous() {
        return ambiguityReason != null;
    }
}
