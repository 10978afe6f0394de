package org.spatiallift.engine.qa.category;

/** Which objects a category names, and how many the scene needs. */
public enum Arity {
    /** One object, A. */
    ONE(1, "A"),
    /** Two objects, A and B. */
    TWO(2, "A, B"),
    /** Three objects. */
    THREE(3, "three objects"),
    /** A reference object X and 2 to 4 others. */
    TARGET_AND_CANDIDATES(3, "X and 2 to 4 others"),
    /** A reference object X and every other usable object (at least 2). */
    TARGET_AND_ALL(3, "X and every other object");

    private final int minObjects;
    private final String description;

    Arity(int minObjects, String description) {
        this.minObjects = minObjects;
        this.description = description;
    }

    /** Usable objects a scene needs for this arity. */
    public int minObjects() {
        return minObjects;
    }

    public String description() {
        return description;
    }

    /** True when the first object is a reference X and the rest are the objects compared against it. */
    public boolean hasTarget() {
        return this == TARGET_AND_CANDIDATES || this == TARGET_AND_ALL;
    }
}
