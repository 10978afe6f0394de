package org.spatiallift.engine.plausibility;

import java.util.List;

import org.spatiallift.engine.scene.SceneObject;

/**
 * A scene's objects after a check, and what the check did (one warning per object dropped or rejected).
 *
 * @param objects  the objects, in their order (dropped ones left out, rejected ones marked)
 * @param warnings one line per object the check dropped or rejected
 */
public record CheckedObjects(List<SceneObject> objects, List<String> warnings) {

    public CheckedObjects {
        objects = List.copyOf(objects);
        warnings = List.copyOf(warnings);
    }
}
