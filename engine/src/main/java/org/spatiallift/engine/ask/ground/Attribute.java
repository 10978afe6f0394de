package org.spatiallift.engine.ask.ground;

/**
 * A word in a mention that picks one object among several of a kind by where it is or how big it is ("the chair on
 * the left", "the big box"): the object with the largest score, by the QA margins. Scores are read from the canonical
 * boxes: c the centre, e the extents, s the cube root of the oriented box volume.
 */
public enum Attribute {
    /** Smallest c.x. */
    LEFT,
    /** Largest c.x. */
    RIGHT,
    /** Smallest c.y (nearest the camera along the floor). */
    FRONT,
    /** Largest c.y. */
    BACK,
    /** c.x nearest the median of the candidates. */
    MIDDLE,
    /** Largest c.z. */
    HIGH,
    /** Smallest c.z. */
    LOW,
    /** Largest s. */
    BIG,
    /** Smallest s. */
    SMALL,
    /** Largest e.z. */
    TALL,
    /** Smallest e.z. */
    SHORT,
    /** Largest e.x. */
    WIDE,
    /** Smallest e.x. */
    NARROW;

    /** True for attributes of position (compared by the position margin), false for sizes (the size margin). */
    public boolean position() {
        return ordinal() <= LOW.ordinal();
    }
}
