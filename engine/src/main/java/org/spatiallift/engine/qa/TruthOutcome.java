package org.spatiallift.engine.qa;

/** Whether a QA's answer still holds when it is asked of other boxes of the same objects ({@link QaTruth}). */
public enum TruthOutcome {
    /** The same answer: equal for qualitative answers, within the band for quantities. */
    AGREES,
    /** A different answer. */
    DISAGREES,
    /** No clear answer on the other boxes (a near-tie, or a quantity too small to state). */
    UNCLEAR
}
