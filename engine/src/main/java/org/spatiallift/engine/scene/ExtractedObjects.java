package org.spatiallift.engine.scene;

import java.util.List;

/**
 * Objects lifted from a label map, sorted by id, and what the user should know about the ones left out.
 *
 * @param objects  one per instance with enough points
 * @param warnings one line per skipped instance
 */
public record ExtractedObjects(List<SceneObject> objects, List<String> warnings) {

    public ExtractedObjects {
        objects = List.copyOf(objects);
        warnings = List.copyOf(warnings);
    }
}
