package org.spatiallift.engine.qa.category;

/** What swapping the two objects of a two-object category does to its answer (checked by property tests). */
public enum SwapRule {
    /** The decided answer flips: yes ↔ no, the same object is chosen, the direction word is the opposite one. */
    ANTISYMMETRIC,
    /** The same answer (distances, "near"). */
    SYMMETRIC,
    /** A yes for (A, B) means a no for (B, A) (A rests on B); a no says nothing about the swap. */
    ONE_WAY,
    /** The value becomes its reciprocal (ratios). */
    RECIPROCAL,
    /** The clock hour turns by 6. */
    OPPOSITE_HOUR,
    /** Not a two-object category. */
    NONE
}
