package org.spatiallift.app.viewmodel;


/**
 * What the engine says about an object in words: where it came from, its colour and caption, and how questions refer
 * to it, or why they cannot (ambiguous) or must not (rejected).
 *
 * @param score               the detector's score in [0, 1], or NaN for an object from a label map or annotations
 * @param colour              its dominant colour name ("red"), or null when no colour has a clear majority
 * @param colourShare         share of its pixels with that colour, in [0, 1]
 * @param caption             label plus measured attributes, or null before the describe stage
 * @param referringExpression the expression that picks it out alone ("the leftmost chair"), or null
 * @param ambiguity           why no expression picks it out alone, or null
 * @param rejection           why it is left out of QA though it stays in the scene (its box contradicts its label),
 *                            or null
 */
public record ObjectWords(double score, String colour, double colourShare, String caption,
                          String referringExpression, String ambiguity, String rejection) {

    /** Not described (hand-built markers). */
    public static final ObjectWords NONE = new ObjectWords(Double.NaN, null, 0, null, null, null, null);

    /** True when it comes from a detection. */
    public boolean detected() {
        return !Double.isNaN(score);
    }

    /** True when no expression picks it out alone: questions leave it out. */
    public boolean ambiguous() {
        return ambiguity != null;
    }

    /** "score 0.62", or "" without a detector score. */
    public String scoreText() {
        return detected() ? Formats.format("score %.2f", score) : "";
    }

    /**
     * How questions refer to it, one line: the referring expression in quotes, "ambiguous: reason", and "left out of
     * QA: reason" when rejected; "" when not described.
     */
    public String referenceText() {
        String ref = referringExpression != null ? "“" + referringExpression + "”"
                : ambiguity != null ? "ambiguous: " + ambiguity : "";
        if (rejection == null) {
            return ref;
        }
        return (ref.isEmpty() ? "" : ref + "; ") + "left out of QA: " + rejection;
    }
}
