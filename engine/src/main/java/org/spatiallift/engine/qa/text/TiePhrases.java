package org.spatiallift.engine.qa.text;

import org.spatiallift.engine.qa.geometry.Relation;

/**
 * The answer to a comparison that is a near-tie (within the margins), when ties are answered: "They are about the same
 * height." A yes/no question gets "No, they are about the same height.", a choice the sentence alone. As VQASynth and
 * SpatialRGPT do, so that a model learns ties too.
 */
public final class TiePhrases {

    /** The short answer of a choice answered as a tie. */
    public static final String CHOICE_SHORT_ANSWER = "about the same";

    private TiePhrases() {
    }

    /** "they are about the same height" for {@code r} (lower case, no full stop); throws for a relation without ties. */
    public static String of(Relation r) {
        return switch (r) {
            case LEFT -> "they are about level from left to right";
            case FRONT -> "they are about level from front to back";
            case TALLER -> "they are about the same height";
            case WIDER -> "they are about the same width";
            case BIGGER -> "they are about the same size";
            case ABOVE -> throw new IllegalArgumentException("a near-tie of \"above\" is not \"about the same\"");
        };
    }

    /** "No, they are about the same height." */
    public static String yesNoAnswer(Relation r) {
        return "No, " + of(r) + ".";
    }

    /** "They are about the same height." */
    public static String choiceAnswer(Relation r) {
        String s = of(r);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }
}
