package org.spatiallift.engine.scene;

import java.util.List;

/**
 * Objects lifted from a label map, sorted by id, and what the user should know about the ones left out.
 *
 * @param objects  one per instance with enough points
 * @param warnings one line per skipped instance
 * @param leftOut  the skipped instances, each with its reason
 */
public record ExtractedObjects(List<SceneObject> objects, List<String> warnings, List<LeftOutObject> leftOut) {

    public ExtractedObjects {
        objects = List.copyOf(objects);
        warnings = List.copyOf(warnings);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    }

    /** Nothing recorded as left out but the warnings. */
    public ExtractedObjects(List<SceneObject> objects, List<String> warnings) {
        this(objects, warnings, List.of());
    }
}
