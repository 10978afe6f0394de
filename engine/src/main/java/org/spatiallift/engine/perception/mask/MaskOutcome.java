package org.spatiallift.engine.perception.mask;

/** A box's mask before overlaps are resolved, or why it has none. */
record MaskOutcome(BoxMask mask, String reason) {

    static MaskOutcome none(String reason) {
        return new MaskOutcome(null, reason);
    }
}
