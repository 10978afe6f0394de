package org.spatiallift.engine.validate;

/** How one of the pipeline's objects compares with the ground truth. */
public enum Verdict {
    /** Overlaps an annotated object of a compatible class, and is the best such match. */
    CORRECT,
    /** Overlaps an annotated object (IoU at least the match bar) of a class its label cannot be. */
    WRONG_CLASS,
    /** A correct match of an annotated object that another object matches better. */
    DUPLICATE,
    /** Overlaps no annotated object enough: the annotations may be incomplete, so it is neither right nor wrong. */
    NOT_JUDGED
}
