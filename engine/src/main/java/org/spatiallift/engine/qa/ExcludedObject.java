package org.spatiallift.engine.qa;

/** An object no question may use, and why ("two objects are called chair and ..."). */
public record ExcludedObject(int id, String name, String reason) {

    public ExcludedObject {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an excluded object needs a reason");
        }
    }
}
